/**
 * The accumulators of one open window at one resolution: one row per series
 * that has data in it, columns as typed arrays. `rowOf` maps a series index
 * to its row through a per-window array (0 = no row), so a metric costs one
 * array read to find its accumulator. Tables are recycled, not collected.
 */
import { grown } from '../../collections/hash-slots.js';
import { HISTOGRAM } from '../../wire/metric-kind.js';
import { createSketch, releaseSketch, type QuantileSketch } from '../../collections/quantile-sketch.js';
import { emptyAggregate, mergeAggregate, type Aggregate } from '../../collections/window-aggregate.js';

/** Scratch aggregates for `merge` (a row's columns in and out of the shared merge rule). */
const kInto = emptyAggregate();
const kFrom = emptyAggregate();

export class WindowTable {
  start = 0;
  end = 0;
  resolution = 0;
  /** Rows in use. */
  size = 0;
  series: Int32Array;
  /** Metrics per row (a u32: four billion per series per window is plenty). */
  count: Uint32Array;
  sum: Float64Array;
  min: Float64Array;
  max: Float64Array;
  last: Float64Array;
  /** Timestamp of `last`, as ms after the window start (fits a u32 for windows under 49 days). */
  lastAt: Uint32Array;
  /** Histogram rows only (a gauge table never touches it). */
  sketches: Array<QuantileSketch | undefined> = [];
  /** series index → row + 1 (0: none). */
  #rowOf: Int32Array;

  constructor(seriesCapacity: number, rows = 256) {
    this.#rowOf = new Int32Array(seriesCapacity);
    this.series = new Int32Array(rows);
    this.count = new Uint32Array(rows);
    this.sum = new Float64Array(rows);
    this.min = new Float64Array(rows);
    this.max = new Float64Array(rows);
    this.last = new Float64Array(rows);
    this.lastAt = new Uint32Array(rows);
  }

  /** Bytes held by this table, sketches included (for the memory bench). */
  get byteLength(): number {
    let bytes = this.#rowOf.byteLength + this.series.length * (4 + 4 + 4 * 8 + 4);
    for (let row = 0; row < this.size; row++) bytes += this.sketches[row]?.byteLength ?? 0;
    return bytes;
  }

  open(start: number, resolution: number): void {
    this.start = start;
    this.end = start + resolution;
    this.resolution = resolution;
  }

  /** Makes the series→row map cover `capacity` series. */
  growSeries(capacity: number): void {
    if (capacity > this.#rowOf.length) this.#rowOf = grown(this.#rowOf, capacity);
  }

  /** The row of `seriesIndex`, or -1. */
  rowOf(seriesIndex: number): number {
    return this.#rowOf[seriesIndex]! - 1;
  }

  /** Adds an empty row for `seriesIndex` (which must have none). */
  addRow(seriesIndex: number): number {
    if (this.size === this.series.length) this.#growRows();
    const row = this.size++;
    this.series[row] = seriesIndex;
    this.count[row] = 0;
    this.sum[row] = 0;
    this.min[row] = Number.POSITIVE_INFINITY;
    this.max[row] = Number.NEGATIVE_INFINITY;
    this.last[row] = 0;
    this.lastAt[row] = 0;
    this.#rowOf[seriesIndex] = row + 1;
    return row;
  }

  /** Timestamp of `last` in row `row` (ms). */
  lastTs(row: number): number {
    return this.start + this.lastAt[row]!;
  }

  add(row: number, value: number, timestamp: number, kind: number): void {
    const at = timestamp - this.start;
    // GAUGE `last`: greatest timestamp wins; on a tie, the later arrival.
    if (this.count[row] === 0 || at >= this.lastAt[row]!) {
      this.last[row] = value;
      this.lastAt[row] = at;
    }
    this.count[row]!++;
    this.sum[row]! += value;
    if (value < this.min[row]!) this.min[row] = value;
    if (value > this.max[row]!) this.max[row] = value;
    if (kind === HISTOGRAM) (this.sketches[row] ??= createSketch()).add(value);
  }

  /** Row `row` as an aggregate, into `out`. */
  read(row: number, out: Aggregate): Aggregate {
    out.count = this.count[row]!;
    out.sum = this.sum[row]!;
    out.min = this.min[row]!;
    out.max = this.max[row]!;
    out.last = this.last[row]!;
    out.lastTs = this.lastTs(row);
    return out;
  }

  /** Merges `from` (a partial aggregate of this window) into row `row`, by the one merge rule. */
  #mergeInto(row: number, from: Readonly<Aggregate>): void {
    const into = this.read(row, kInto);
    mergeAggregate(into, from);
    this.count[row] = into.count;
    this.sum[row] = into.sum;
    this.min[row] = into.min;
    this.max[row] = into.max;
    this.last[row] = into.last;
    this.lastAt[row] = into.lastTs - this.start;
  }

  /**
   * Adds a pre-aggregated histogram point: `count` observations summing to
   * `sum`, within [min, max] when known (±Infinity otherwise). It has no
   * single last observation, so `last` becomes NaN (shown as null). Returns
   * the row's sketch, for the caller to add the point's buckets to.
   */
  addAggregate(row: number, count: number, sum: number, min: number, max: number, timestamp: number): QuantileSketch {
    kFrom.count = count;
    kFrom.sum = sum;
    kFrom.min = min;
    kFrom.max = max;
    kFrom.last = Number.NaN;
    kFrom.lastTs = timestamp;
    this.#mergeInto(row, kFrom);
    return (this.sketches[row] ??= createSketch());
  }

  /** Merges row `fromRow` of `from` (a finer window inside this one) into `row`. */
  merge(row: number, from: WindowTable, fromRow: number): void {
    this.#mergeInto(row, from.read(fromRow, kFrom));
    const sketch = from.sketches[fromRow];
    if (sketch !== undefined) (this.sketches[row] ??= createSketch()).merge(sketch);
  }

  /** Empties the table for reuse. */
  clear(): void {
    const rowOf = this.#rowOf;
    const sketches = this.sketches;
    for (let row = 0; row < this.size; row++) {
      rowOf[this.series[row]!] = 0;
      const sketch = sketches[row];
      if (sketch !== undefined) releaseSketch(sketch);
    }
    sketches.length = 0;
    this.size = 0;
  }

  #growRows(): void {
    const n = Math.ceil(this.series.length * 1.5);
    this.series = grown(this.series, n);
    this.count = grown(this.count, n);
    this.sum = grown(this.sum, n);
    this.min = grown(this.min, n);
    this.max = grown(this.max, n);
    this.last = grown(this.last, n);
    this.lastAt = grown(this.lastAt, n);
  }
}
