/**
 * ShardAggregator: the actor that owns every series hashed to one shard and
 * aggregates them in epoch-aligned, half-open windows `[start, end)`.
 *
 * It runs on a pool thread (engine/actor-host.ts) and reads its mailbox ring:
 *   METRIC     → intern the series, add the value to its finest window;
 *   WATERMARK  → close every window with end <= watermark, finest first,
 *                merging each closed fine window into the coarser ones, then
 *                emit CLOSED(watermark) so the broadcaster knows this shard
 *                has nothing more for those windows;
 *   EVICT      → forget an idle series once its open windows have closed.
 * The shard has no clock: windows close only on the ingest's watermarks, so a
 * metric the ingest accepted can never arrive after its window closed.
 */
import type { Actor, ActorContext } from '../../engine/actor.js';
import type { MessageWriter } from '../../engine/message-writer.js';
import {
  evictHashHi, evictHashLo, HistogramRecordReader, kRecEvict, kRecHistogram, kRecMetric, kRecWatermark, newMetricRecord, readMetric, readWatermark,
  recordType,
} from '../../wire/mailbox-records.js';
import { HISTOGRAM } from '../../wire/metric-kind.js';
import { newWindowRecord, quantiles, windowHeaderBytes, writeClosed, writeStats, writeWindowHeader } from '../../wire/window-records.js';
import { SeriesStore } from './series-store.js';
import { WindowTable } from './window-table.js';

export interface ShardInit {
  shard: number;
  /** Window lengths in ms, ascending; the first is the finest, each divides the next. */
  resolutions: number[];
}

export function createActor(ctx: ActorContext<ShardInit>): Actor {
  return new ShardAggregator(ctx.init, ctx.out);
}

export class ShardAggregator implements Actor {
  readonly series = new SeriesStore();
  readonly #resolutions: number[];
  readonly #out: MessageWriter;
  /** Open windows per resolution level, sorted by start. */
  readonly #open: WindowTable[][];
  readonly #spare: WindowTable[] = [];
  /** The finest window the last metric went to (most metrics share it). */
  #current: WindowTable | null = null;
  #watermark = Number.NEGATIVE_INFINITY;
  /** Scratch records, reused: one metric read, one window written at a time. */
  readonly #metricRecord = newMetricRecord();
  readonly #histogramRecord = new HistogramRecordReader();
  readonly #windowRecord = newWindowRecord();
  readonly #quantiles = new Float64Array(quantiles.length);
  readonly #onGrow = (capacity: number): void => {
    for (const level of this.#open) for (const table of level) table.growSeries(capacity);
    for (const table of this.#spare) table.growSeries(capacity);
  };

  constructor(init: ShardInit, out: MessageWriter) {
    this.#resolutions = init.resolutions;
    this.#out = out;
    this.#open = init.resolutions.map(() => []);
  }

  /** Bytes of window state and series state (for the memory bench). */
  get byteLength(): number {
    let bytes = this.series.byteLength;
    for (const level of this.#open) for (const table of level) bytes += table.byteLength;
    for (const table of this.#spare) bytes += table.byteLength;
    return bytes;
  }

  receive(message: Uint8Array): void {
    const view = new DataView(message.buffer, message.byteOffset, message.byteLength);
    for (let pos = 0; pos < message.length;) {
      const length = view.getUint32(pos, true);
      const type = recordType(message, pos);
      if (type === kRecMetric) this.#metric(message, view, pos, length);
      else if (type === kRecWatermark) this.#advance(readWatermark(view, pos));
      else if (type === kRecHistogram) this.#histogram(message, view, pos);
      else if (type === kRecEvict) this.series.markEvicted(evictHashLo(view, pos), evictHashHi(view, pos));
      else throw new Error(`unknown mailbox record type ${type}`);
      pos += length;
    }
  }

  /** The mailbox is closed: close whatever is still open so nothing is lost. */
  stop(): void {
    this.#advance(Number.POSITIVE_INFINITY);
  }

  #metric(message: Uint8Array, view: DataView, pos: number, length: number): void {
    const metric = this.#metricRecord;
    readMetric(view, pos, length, metric);
    const timestamp = metric.timestamp;
    const series = this.series;
    const index = series.intern(metric.hashLo, metric.hashHi, message, view, metric.keyAt, metric.keyLength, metric.kind, metric.flags, this.#onGrow);
    let table = this.#current;
    if (table === null || timestamp < table.start || timestamp >= table.end) {
      const resolution = this.#resolutions[0]!;
      table = this.#table(0, Math.floor(timestamp / resolution) * resolution);
      this.#current = table;
    }
    let row = table.rowOf(index);
    if (row < 0) {
      row = table.addRow(index);
      series.openWindows[index]!++;
    }
    table.add(row, metric.value, timestamp, series.kind[index]!);
  }

  /** A pre-aggregated histogram point (OTLP): count, sum, min, max and buckets at once. */
  #histogram(message: Uint8Array, view: DataView, pos: number): void {
    const record = this.#histogramRecord;
    record.read(view, pos);
    const series = this.series;
    const index = series.intern(record.hashLo, record.hashHi, message, view, record.keyStart, record.keyLength,
      HISTOGRAM, record.flags, this.#onGrow);
    const resolution = this.#resolutions[0]!;
    const table = this.#table(0, Math.floor(record.timestamp / resolution) * resolution);
    let row = table.rowOf(index);
    if (row < 0) {
      row = table.addRow(index);
      series.openWindows[index]!++;
    }
    const sketch = table.addAggregate(row, record.count, record.sum, record.min, record.max, record.timestamp);
    for (let i = 0; i < record.pairs; i++) sketch.addMany(record.value(i), record.countAt(i));
  }

  /** The open table of `level` starting at `start`, opened if needed. */
  #table(level: number, start: number): WindowTable {
    const open = this.#open[level]!;
    let i = open.length;
    while (i > 0 && open[i - 1]!.start > start) i--;
    if (i > 0 && open[i - 1]!.start === start) return open[i - 1]!;
    const table = this.#spare.pop() ?? new WindowTable(this.series.capacity);
    table.growSeries(this.series.capacity);
    table.open(start, this.#resolutions[level]!);
    open.splice(i, 0, table);
    return table;
  }

  #advance(watermark: number): void {
    if (watermark > this.#watermark) this.#watermark = watermark;
    const levels = this.#open.length;
    for (let level = 0; level < levels; level++) {
      const open = this.#open[level]!;
      while (open.length > 0 && open[0]!.end <= watermark) {
        const table = open.shift()!;
        this.#close(table, level);
      }
    }
    writeClosed(this.#out, watermark);
    writeStats(this.#out, this.series.size, this.byteLength);
  }

  /** Emits every row of a closed table, merges it upward, recycles it. */
  #close(table: WindowTable, level: number): void {
    if (this.#current === table) this.#current = null;
    const series = this.series;
    const coarser = level + 1 < this.#open.length;
    for (let row = 0; row < table.size; row++) {
      const index = table.series[row]!;
      this.#emit(table, row, index);
      this.#out.spillIfLarge();
      if (coarser) {
        // Each level feeds the next one only (1 s → 10 s → 60 s).
        const resolution = this.#resolutions[level + 1]!;
        const target = this.#table(level + 1, Math.floor(table.start / resolution) * resolution);
        let targetRow = target.rowOf(index);
        if (targetRow < 0) {
          targetRow = target.addRow(index);
          series.openWindows[index]!++;
        }
        target.merge(targetRow, table, row);
      }
      series.release(index);
    }
    table.clear();
    this.#spare.push(table);
  }

  #emit(table: WindowTable, row: number, index: number): void {
    const series = this.series;
    const out = this.#out;
    const kind = series.kind[index]!;
    const keyLength = series.keyLength[index]!;
    const sketch = kind === HISTOGRAM ? table.sketches[row]! : null;
    const headerBytes = windowHeaderBytes(kind);
    const size = headerBytes + keyLength + (sketch === null ? 0 : sketch.serializedSize());
    out.ensure(size);
    const view = out.view;
    const bytes = out.bytes;
    const at = out.length;
    const w = this.#windowRecord;
    w.kind = kind;
    w.flags = series.flags[index]!;
    w.resolution = table.resolution;
    w.nameHash = series.nameHash[index]!;
    w.start = table.start;
    w.count = table.count[row]!;
    w.sum = table.sum[row]!;
    w.min = table.min[row]!;
    w.max = table.max[row]!;
    w.last = table.last[row]!;
    w.lastTs = table.lastTs(row);
    const q = this.#quantiles;
    if (sketch !== null) for (let i = 0; i < quantiles.length; i++) q[i] = sketch.quantile(quantiles[i]!);
    const keyAt = writeWindowHeader(view, at, size, w, sketch === null ? null : q);
    const keys = series.keys;
    const offset = series.keyOffset[index]!;
    for (let i = 0; i < keyLength; i++) bytes[keyAt + i] = keys[offset + i]!;
    if (sketch !== null) sketch.write(view, keyAt + keyLength);
    out.length = at + size;
    out.records++;
  }
}
