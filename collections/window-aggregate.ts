/**
 * The aggregate of one series in one window, and the one rule for merging
 * two partial aggregates of it: a shard rolling finer windows up into
 * coarser ones (actors/shard/window-table.ts) and a gateway merging the
 * parts of several ingest nodes (gateway/window-json.ts) both use it, so
 * the two can never disagree. Histogram sketches merge beside it
 * (collections/quantile-sketch.ts `merge`).
 */
export interface Aggregate {
  count: number;
  sum: number;
  min: number;
  max: number;
  /** The value with the greatest timestamp… */
  last: number;
  /** …and that timestamp, ms. */
  lastTs: number;
}

export function emptyAggregate(): Aggregate {
  return { count: 0, sum: 0, min: Number.POSITIVE_INFINITY, max: Number.NEGATIVE_INFINITY, last: 0, lastTs: Number.NEGATIVE_INFINITY };
}

/**
 * Merges `from` into `into`: counts and sums add, min and max combine, and
 * `last` is the one with the greatest timestamp (on a tie, `from`'s: the
 * part merged later stands for the later arrival).
 */
export function mergeAggregate(into: Aggregate, from: Readonly<Aggregate>): void {
  if (into.count === 0 || from.lastTs >= into.lastTs) {
    into.last = from.last;
    into.lastTs = from.lastTs;
  }
  into.count += from.count;
  into.sum += from.sum;
  if (from.min < into.min) into.min = from.min;
  if (from.max > into.max) into.max = from.max;
}
