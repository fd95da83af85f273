/**
 * One load against a server process, measured the way every ingest bench
 * counts it: the server's stats before and after the load, then idle until
 * every accepted metric is aggregated (the last windows close: window +
 * lateness; at most 4 s), then stopped (which closes the rest).
 */
import { ask, type Started } from './children.js';
import type { LoadResult } from './load-generator.js';
import type { ServerStats } from './server-process.js';

export interface MeasuredLoad {
  load: LoadResult;
  before: ServerStats;
  after: ServerStats;
  /** Once the accepted metrics were aggregated (or 4 s passed). */
  idle: ServerStats;
  /** After the stop. */
  final: ServerStats;
  /** Server CPU-s per million accepted metrics during the load. */
  cpuSecondsPerMillion: number;
  /** received = accepted + rejected, and accepted = aggregated + lost. */
  balanced: boolean;
}

/** `run` is the generator's `run` message (its spec and target); the generator must not have started. */
export async function measureLoad(srv: Started, gen: Started, run: object): Promise<MeasuredLoad> {
  await ask(gen.child, { type: 'run', ...run }, 'prepared');
  const before = await ask<ServerStats>(srv.child, { type: 'stats' }, 'stats');
  const load = await ask<LoadResult & { type: string }>(gen.child, { type: 'go' }, 'result');
  const after = await ask<ServerStats>(srv.child, { type: 'stats' }, 'stats');
  let idle = after;
  for (let i = 0; i < 40 && idle.aggregated + idle.lost < idle.accepted; i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    idle = await ask<ServerStats>(srv.child, { type: 'stats' }, 'stats');
  }
  const final = await ask<ServerStats>(srv.child, { type: 'stop' }, 'stopped');
  return {
    load, before, after, idle, final,
    cpuSecondsPerMillion: ((after.cpuSeconds - before.cpuSeconds) / Math.max(1, load.accepted)) * 1e6,
    balanced: final.received === final.accepted + final.rejected && final.accepted === final.aggregated + final.lost,
  };
}
