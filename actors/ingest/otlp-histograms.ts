/**
 * OTLP histogram points (explicit buckets, exponential, summary) as Sluice
 * reads them: checked, turned into increments against a cumulative stream's
 * last point, and written as (representative value, count) pairs for the
 * window's DDSketch.
 *
 * Accuracy: a count and a sum are exact. A bucket's observations are added
 * to the sketch at the bucket's midpoint (explicit: between its bounds,
 * clamped to the point's min and max; exponential: between base^i and
 * base^(i+1)), so a quantile is off by at most half the width of the bucket
 * it falls in, plus the sketch's 1%. min and max are exact when a DELTA
 * point carries them; otherwise they are the outer bounds of the outermost
 * non-empty buckets.
 */
import { kMaxHistogramPairs, type HistogramPoint } from '../../wire/mailbox-records.js';

/** A count Sluice's windows can hold per point. */
export const kMaxPointCount = 2 ** 31;

type Long = { toNumber(): number };
export type Int64 = number | Long | null | undefined;

export function toNumber(value: Int64): number {
  if (value == null) return 0;
  return typeof value === 'number' ? value : value.toNumber();
}

/** Running totals of a histogram-like point (what a cumulative stream keeps). */
export interface Buckets {
  count: number;
  sum: number;
  /** ±Infinity when unknown. */
  min: number;
  max: number;
  /** min/max are this point's own (a DELTA point's), not a lifetime's. */
  exactMinMax: boolean;
  /** Explicit: the bounds. Exponential: empty. Summary: empty. */
  bounds: readonly number[];
  /** Explicit: bounds.length + 1 counts (or none). Exponential: positive buckets from `offset`. */
  counts: Float64Array;
  /** Exponential only. */
  scale: number;
  offset: number;
  zero: number;
  negativeOffset: number;
  negative: Float64Array;
  exponential: boolean;
}

const none = new Float64Array(0);

function buckets(count: number, sum: number, min: number, max: number, exact: boolean): Buckets {
  return {
    count, sum, min, max, exactMinMax: exact, bounds: [], counts: none,
    scale: 0, offset: 0, zero: 0, negativeOffset: 0, negative: none, exponential: false,
  };
}

interface ExplicitPointLike {
  count?: Int64; sum?: number | null; min?: number | null; max?: number | null;
  bucketCounts?: Int64[] | null; explicitBounds?: number[] | null;
}

function countsOf(values: Int64[] | null | undefined): Float64Array | string {
  const list = values ?? [];
  if (list.length > kMaxHistogramPairs) return `more than ${kMaxHistogramPairs} buckets`;
  const out = new Float64Array(list.length);
  for (let i = 0; i < list.length; i++) {
    const n = toNumber(list[i]);
    if (n > kMaxPointCount) return `bucket count over ${kMaxPointCount}`;
    out[i] = n;
  }
  return out;
}

function checkTotals(count: number, sum: number | null | undefined, min: number | null | undefined, max: number | null | undefined): string | null {
  if (count > kMaxPointCount) return `count over ${kMaxPointCount}`;
  if (sum == null) return count === 0 ? null : 'histogram without sum';
  if (!Number.isFinite(sum)) return 'sum not finite';
  if ((min != null && !Number.isFinite(min)) || (max != null && !Number.isFinite(max))) return 'min or max not finite';
  return null;
}

/** An explicit-bucket point, checked; a string says why it is refused. */
export function readExplicit(point: ExplicitPointLike, delta: boolean): Buckets | string {
  const count = toNumber(point.count);
  const problem = checkTotals(count, point.sum, point.min, point.max);
  if (problem !== null) return problem;
  const counts = countsOf(point.bucketCounts);
  if (typeof counts === 'string') return counts;
  const bounds = point.explicitBounds ?? [];
  if (counts.length !== 0 && counts.length !== bounds.length + 1) return `${counts.length} bucket counts for ${bounds.length} bounds`;
  for (let i = 0; i < bounds.length; i++) {
    if (!Number.isFinite(bounds[i]!) || (i > 0 && !(bounds[i]! > bounds[i - 1]!))) return 'explicit bounds not finite and increasing';
  }
  let total = 0;
  for (let i = 0; i < counts.length; i++) total += counts[i]!;
  if (counts.length > 0 && total !== count) return `bucket counts add up to ${total}, count is ${count}`;
  const out = buckets(count, point.sum ?? 0, point.min ?? Number.POSITIVE_INFINITY, point.max ?? Number.NEGATIVE_INFINITY, delta);
  out.bounds = bounds;
  out.counts = counts;
  return out;
}

interface ExponentialPointLike extends ExplicitPointLike {
  scale?: number | null; zeroCount?: Int64;
  positive?: { offset?: number | null; bucketCounts?: Int64[] | null } | null;
  negative?: { offset?: number | null; bucketCounts?: Int64[] | null } | null;
}

/** An exponential-bucket point, checked; a string says why it is refused. */
export function readExponential(point: ExponentialPointLike, delta: boolean): Buckets | string {
  const count = toNumber(point.count);
  const problem = checkTotals(count, point.sum, point.min, point.max);
  if (problem !== null) return problem;
  const scale = point.scale ?? 0;
  if (scale < -10 || scale > 20) return `scale ${scale} outside [-10, 20]`;
  const positive = countsOf(point.positive?.bucketCounts);
  if (typeof positive === 'string') return positive;
  const negative = countsOf(point.negative?.bucketCounts);
  if (typeof negative === 'string') return negative;
  const zero = toNumber(point.zeroCount);
  let total = zero;
  for (let i = 0; i < positive.length; i++) total += positive[i]!;
  for (let i = 0; i < negative.length; i++) total += negative[i]!;
  if (total !== count) return `bucket counts add up to ${total}, count is ${count}`;
  const out = buckets(count, point.sum ?? 0, point.min ?? Number.POSITIVE_INFINITY, point.max ?? Number.NEGATIVE_INFINITY, delta);
  out.exponential = true;
  out.scale = scale;
  out.zero = zero;
  out.offset = point.positive?.offset ?? 0;
  out.counts = positive;
  out.negativeOffset = point.negative?.offset ?? 0;
  out.negative = negative;
  return out;
}

/** A summary point: count and sum only (its quantiles cannot be merged). */
export function readSummary(point: { count?: Int64; sum?: number | null }): Buckets | string {
  const count = toNumber(point.count);
  const problem = checkTotals(count, point.sum ?? 0, null, null);
  if (problem !== null) return problem;
  return buckets(count, point.sum ?? 0, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, false);
}

/**
 * `current − previous` for two points of one cumulative stream, or null
 * when they cannot be compared or a count fell (a reset: count `current`
 * whole). min/max of the result are `current`'s lifetime ones, used only
 * to clamp.
 */
export function subtract(current: Buckets, previous: Buckets): Buckets | null {
  if (current.count < previous.count || current.exponential !== previous.exponential) return null;
  const out = buckets(current.count - previous.count, current.sum - previous.sum, current.min, current.max, false);
  out.bounds = current.bounds;
  if (!current.exponential) {
    if (current.counts.length !== previous.counts.length) return current.count === previous.count && current.counts.length === 0 ? out : null;
    for (let i = 0; i < current.bounds.length; i++) if (current.bounds[i] !== previous.bounds[i]) return null;
    const counts = new Float64Array(current.counts.length);
    for (let i = 0; i < counts.length; i++) {
      counts[i] = current.counts[i]! - previous.counts[i]!;
      if (counts[i]! < 0) return null;
    }
    out.counts = counts;
    return out;
  }
  // A cumulative exponential histogram only ever lowers its scale.
  if (previous.scale < current.scale) return null;
  const shift = previous.scale - current.scale;
  out.exponential = true;
  out.scale = current.scale;
  out.zero = current.zero - previous.zero;
  if (out.zero < 0) return null;
  const positive = subtractBuckets(current.counts, current.offset, previous.counts, previous.offset, shift);
  const negative = subtractBuckets(current.negative, current.negativeOffset, previous.negative, previous.negativeOffset, shift);
  if (positive === null || negative === null) return null;
  out.offset = current.offset;
  out.counts = positive;
  out.negativeOffset = current.negativeOffset;
  out.negative = negative;
  return out;
}

/** Buckets of `current` minus `previous` brought down to current's scale; null if one would be negative. */
function subtractBuckets(current: Float64Array, offset: number, previous: Float64Array, previousOffset: number, shift: number): Float64Array | null {
  const out = Float64Array.from(current);
  for (let i = 0; i < previous.length; i++) {
    const n = previous[i]!;
    if (n === 0) continue;
    const j = ((previousOffset + i) >> shift) - offset;
    if (j < 0 || j >= out.length) return null;
    out[j]! -= n;
    if (out[j]! < 0) return null;
  }
  return out;
}

/**
 * Fills `out` with `b`'s count, sum, min, max and (value, count) pairs.
 * Returns a refusal detail when a bucket lies outside the finite numbers.
 */
export function toPoint(b: Buckets, out: HistogramPoint): string | null {
  out.count = b.count;
  out.sum = b.sum;
  out.pairs = 0;
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  const clampLow = Number.isFinite(b.min) ? b.min : Number.NEGATIVE_INFINITY;
  const clampHigh = Number.isFinite(b.max) ? b.max : Number.POSITIVE_INFINITY;
  const add = (from: number, to: number, n: number): boolean => {
    if (n === 0) return true;
    const lo = Math.min(Math.max(from, clampLow), clampHigh);
    const hi = Math.max(Math.min(to, clampHigh), clampLow);
    const value = lo + (hi - lo) / 2;
    if (!Number.isFinite(value)) return false;
    if (out.pairs === out.values.length) grow(out);
    out.values[out.pairs] = value;
    out.counts[out.pairs++] = n;
    if (lo < low) low = lo;
    if (hi > high) high = hi;
    return true;
  };
  if (b.exponential) {
    if (b.zero > 0) add(0, 0, b.zero);
    const step = 2 ** -b.scale;
    for (let i = 0; i < b.counts.length; i++) {
      const index = b.offset + i;
      if (!add(2 ** (index * step), 2 ** ((index + 1) * step), b.counts[i]!)) return 'bucket outside the finite numbers';
    }
    for (let i = 0; i < b.negative.length; i++) {
      const index = b.negativeOffset + i;
      if (!add(-(2 ** ((index + 1) * step)), -(2 ** (index * step)), b.negative[i]!)) return 'bucket outside the finite numbers';
    }
  } else {
    const bounds = b.bounds;
    for (let i = 0; i < b.counts.length; i++) {
      // Bucket i holds (bounds[i-1], bounds[i]]; the outer ones end at the point's min/max, or at their bound.
      const from = i === 0 ? (Number.isFinite(b.min) ? b.min : bounds[0] ?? 0) : bounds[i - 1]!;
      const to = i === bounds.length ? (Number.isFinite(b.max) ? b.max : bounds[i - 1] ?? 0) : bounds[i]!;
      if (!add(from, to, b.counts[i]!)) return 'bucket outside the finite numbers';
    }
  }
  if (b.exactMinMax) {
    out.min = b.min;
    out.max = b.max;
  } else {
    out.min = out.pairs > 0 ? low : Number.POSITIVE_INFINITY;
    out.max = out.pairs > 0 ? high : Number.NEGATIVE_INFINITY;
  }
  return null;
}

function grow(out: HistogramPoint): void {
  const n = Math.max(64, out.values.length * 2);
  const values = new Float64Array(n);
  const counts = new Float64Array(n);
  values.set(out.values);
  counts.set(out.counts);
  out.values = values;
  out.counts = counts;
}
