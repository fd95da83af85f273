/** `sluice bench`: the bench suite (see bench/README.md). */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const summary = 'run the bench suite (quick by default; --full for everything)';

export function help(): string {
  return `sluice bench: ${summary}

Usage: sluice bench [--full] [--only <name>]

Flags:
  --full           the long suite (the whole ingest grid, 10,000 dashboards)
  --only <name>    one bench: ring-vs-postmessage, decode, series-key, pool-hosting,
                   series-memory, encode-once, fanout, e2e

Results: bench/results/<date>-<commit>.json, .md and -latency.svg

Examples:
  sluice bench
  sluice bench --only fanout
`;
}

export async function run(argv: string[]): Promise<void> {
  const suite = fileURLToPath(new URL('../../bench/suite.js', import.meta.url));
  // The published package leaves the benches out (they need the dev tools:
  // tinybench, HDR histograms, the load client): say so rather than crash.
  if (!existsSync(suite)) {
    process.stderr.write('sluice bench: the bench suite is not in the installed package; it runs from a clone of the repository (npm ci && npm run bench)\n');
    process.exit(2);
  }
  const result = spawnSync(process.execPath, ['--expose-gc', suite, ...argv], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
