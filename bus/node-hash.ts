import { hashString } from '../wire/hash.js';

/** The seed of node hashes carried in bus messages (any fixed value; the same everywhere). */
export const kNodeHashSeed = 0x0de5;

/**
 * The 32-bit name of one run of an ingest node in bus messages: its id and
 * start time, so that a node killed and restarted under the same id is a
 * different node to the gateways, and the windows the killed run owed are
 * reported as its gap rather than covered by the new run's ticks.
 */
export function nodeHash(id: string, startedAt: number): number {
  return hashString(`${id}|${startedAt}`, kNodeHashSeed);
}
