/**
 * Quantiles of histogram series: a DDSketch with 1% relative accuracy,
 * mergeable across windows.
 *
 * The algorithm, mapping and rank rules are @datadog/sketches-js's
 * `DDSketch` (LogarithmicMapping, unbounded dense stores), reimplemented on
 * typed arrays because of memory: a sketches-js sketch holds its bins in JS
 * arrays grown in chunks of 128: about 3.9 KB of heap for 20 values, against
 * about 760 B here (`npm run bench -- --only sketch-memory`); a series has
 * about four open sketches at once (a fine window or two, and one per
 * coarser resolution), so sketches-js alone would be ~15 KB per histogram
 * series against the 3 KB target. Here bins
 * are a Uint16Array (promoted to Uint32 when a bin passes 65,535) exactly as
 * wide as the keys seen. test/quantile-sketch.test.ts checks that quantiles
 * equal sketches-js's on the same data.
 *
 * One difference on purpose: sketches-js 2.1.1 `merge` ignores the negative
 * store (negative values are lost in merged sketches); this one merges it.
 */

export const kRelativeAccuracy = 0.01;

// LogarithmicMapping(0.01, offset 0), computed as sketches-js computes it.
const gammaMantissa = (2 * kRelativeAccuracy) / (1 - kRelativeAccuracy);
const gamma = 1 + gammaMantissa;
const multiplier = (1 / Math.log1p(gammaMantissa)) * Math.log(2);
const minPossible = 2.2250738585072014e-308 * gamma;
const valueFactor = 2 / (1 + gamma);

function keyOf(value: number): number {
  return Math.ceil(Math.log2(value) * multiplier);
}

function valueOf(key: number): number {
  return 2 ** (key / multiplier) * valueFactor;
}

/** Counts per key over [offset, offset + counts.length). */
class DenseBins {
  counts: Uint16Array | Uint32Array = new Uint16Array(0);
  offset = 0;
  minKey = Number.POSITIVE_INFINITY;
  maxKey = Number.NEGATIVE_INFINITY;
  total = 0;

  get byteLength(): number {
    return this.counts.byteLength;
  }

  add(key: number, n: number): void {
    if (key < this.offset || key >= this.offset + this.counts.length) this.#extend(key, key);
    const i = key - this.offset;
    const next = this.counts[i]! + n;
    if (next > 0xffff && this.counts instanceof Uint16Array) this.counts = Uint32Array.from(this.counts);
    this.counts[i] = next;
    this.total += n;
    if (key < this.minKey) this.minKey = key;
    if (key > this.maxKey) this.maxKey = key;
  }

  merge(other: DenseBins): void {
    if (other.total === 0) return;
    if (other.minKey < this.offset || other.maxKey >= this.offset + this.counts.length) this.#extend(other.minKey, other.maxKey);
    for (let key = other.minKey; key <= other.maxKey; key++) {
      const n = other.counts[key - other.offset]!;
      if (n !== 0) this.add(key, n);
    }
  }

  /** sketches-js DenseStore.keyAtRank. */
  keyAtRank(rank: number, lower: boolean): number {
    let running = 0;
    for (let key = this.minKey; key <= this.maxKey; key++) {
      running += this.counts[key - this.offset]!;
      if ((lower && running > rank) || (!lower && running >= rank + 1)) return key;
    }
    return this.maxKey;
  }

  /** Bytes `write` needs: offset and length, then a u32 per key in [minKey, maxKey]. */
  serializedSize(): number {
    return 8 + (this.total === 0 ? 0 : (this.maxKey - this.minKey + 1) * 4);
  }

  write(view: DataView, at: number): number {
    if (this.total === 0) {
      view.setInt32(at, 0, true);
      view.setUint32(at + 4, 0, true);
      return at + 8;
    }
    const length = this.maxKey - this.minKey + 1;
    view.setInt32(at, this.minKey, true);
    view.setUint32(at + 4, length, true);
    at += 8;
    for (let key = this.minKey; key <= this.maxKey; key++, at += 4) view.setUint32(at, this.counts[key - this.offset]!, true);
    return at;
  }

  /** Adds the bins written by `write` at `at`; returns the offset after them. */
  read(view: DataView, at: number): number {
    const first = view.getInt32(at, true);
    const length = view.getUint32(at + 4, true);
    at += 8;
    for (let i = 0; i < length; i++, at += 4) {
      const n = view.getUint32(at, true);
      if (n !== 0) this.add(first + i, n);
    }
    return at;
  }

  clear(): void {
    // Keep small arrays for reuse; let large ones go.
    if (this.counts.length > 512) this.counts = new Uint16Array(0);
    else this.counts.fill(0);
    this.minKey = Number.POSITIVE_INFINITY;
    this.maxKey = Number.NEGATIVE_INFINITY;
    this.total = 0;
  }

  /** Widens the bins to cover [low, high], with a little slack on the growing side. */
  #extend(low: number, high: number): void {
    const oldLow = this.offset;
    const oldHigh = this.offset + this.counts.length - 1;
    const empty = this.counts.length === 0;
    let newLow = empty ? low : Math.min(low, oldLow);
    let newHigh = empty ? high : Math.max(high, oldHigh);
    const slack = Math.max(4, (newHigh - newLow + 1) >> 2);
    if (empty || low < oldLow) newLow -= slack;
    if (empty || high > oldHigh) newHigh += slack;
    const counts = this.counts instanceof Uint32Array ? new Uint32Array(newHigh - newLow + 1) : new Uint16Array(newHigh - newLow + 1);
    if (!empty) counts.set(this.counts, oldLow - newLow);
    this.counts = counts;
    this.offset = newLow;
  }
}

export class QuantileSketch {
  #positive = new DenseBins();
  #negative: DenseBins | null = null;
  #zeros = 0;
  count = 0;

  /** Bytes held (for the memory bench). */
  get byteLength(): number {
    return this.#positive.byteLength + (this.#negative?.byteLength ?? 0);
  }

  add(value: number): void {
    if (value > minPossible) this.#positive.add(keyOf(value), 1);
    else if (value < -minPossible) (this.#negative ??= new DenseBins()).add(keyOf(-value), 1);
    else this.#zeros++;
    this.count++;
  }

  /**
   * Adds `n` observations of `value` at once (a pre-aggregated histogram
   * bucket); `n` a positive integer.
   */
  addMany(value: number, n: number): void {
    if (value > minPossible) this.#positive.add(keyOf(value), n);
    else if (value < -minPossible) (this.#negative ??= new DenseBins()).add(keyOf(-value), n);
    else this.#zeros += n;
    this.count += n;
  }

  merge(other: QuantileSketch): void {
    this.#positive.merge(other.#positive);
    if (other.#negative !== null) (this.#negative ??= new DenseBins()).merge(other.#negative);
    this.#zeros += other.#zeros;
    this.count += other.count;
  }

  /** The value at quantile q (rank q·(count−1)), as sketches-js getValueAtQuantile. */
  quantile(q: number): number {
    if (q < 0 || q > 1 || this.count === 0) return Number.NaN;
    const rank = q * (this.count - 1);
    const negatives = this.#negative?.total ?? 0;
    if (rank < negatives) return -valueOf(this.#negative!.keyAtRank(negatives - rank - 1, false));
    if (rank < this.#zeros + negatives) return 0;
    return valueOf(this.#positive.keyAtRank(rank - this.#zeros - negatives, true));
  }

  /** Bytes `write` needs. */
  serializedSize(): number {
    return 4 + this.#positive.serializedSize() + (this.#negative?.serializedSize() ?? 8);
  }

  /**
   * Writes the sketch (zero count, positive bins, negative bins) so that
   * another process can merge it: window records of histograms carry it, and
   * gateways merge the partial windows of several ingest nodes with it.
   */
  write(view: DataView, at: number): number {
    view.setUint32(at, this.#zeros, true);
    at = this.#positive.write(view, at + 4);
    if (this.#negative === null) {
      view.setInt32(at, 0, true);
      view.setUint32(at + 4, 0, true);
      return at + 8;
    }
    return this.#negative.write(view, at);
  }

  /** Merges a sketch written by `write` at `at` into this one; returns the offset after it. */
  mergeFrom(view: DataView, at: number): number {
    const zeros = view.getUint32(at, true);
    this.#zeros += zeros;
    const before = this.#positive.total + (this.#negative?.total ?? 0);
    at = this.#positive.read(view, at + 4);
    const negative = new DenseBins();
    at = negative.read(view, at);
    if (negative.total > 0) (this.#negative ??= new DenseBins()).merge(negative);
    this.count += zeros + this.#positive.total + (this.#negative?.total ?? 0) - before;
    return at;
  }

  clear(): void {
    this.#positive.clear();
    this.#negative = null;
    this.#zeros = 0;
    this.count = 0;
  }
}

/** Recycled sketches: a shard's histogram windows open and close every second. */
const pool: QuantileSketch[] = [];

export function createSketch(): QuantileSketch {
  return pool.pop() ?? new QuantileSketch();
}

export function releaseSketch(sketch: QuantileSketch): void {
  sketch.clear();
  if (pool.length < 4096) pool.push(sketch);
}
