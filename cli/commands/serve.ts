/** `sluice serve`: the server (what `npm start` runs). */
import { configTable } from '../../config/config.js';
import { runServer } from '../../roles/run-server.js';
import { startSluice } from '../../server.js';

export const summary = 'run the Sluice server (gRPC ingest, shards, SSE gateway)';

export function help(): string {
  return `sluice serve: ${summary}

Usage: sluice serve [flags]     (every flag also has an environment variable)

${configTable()}

Examples:
  sluice serve
  sluice serve --grpc-port 50051 --http-port 8080 --shards 4
  REDIS_URL=redis://127.0.0.1:6379 sluice serve --role gateway --http-port 8081
`;
}

export async function run(argv: string[]): Promise<void> {
  await runServer(startSluice, argv);
}
