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
  kMetricHeaderBytes, kOffFlags, kOffHashHi, kOffHashLo, kOffKind, kOffTimestamp, kOffType, kOffValue,
  kOffWatermark, kRecEvict, kRecHistogram, kRecMetric, kRecWatermark,
} from '../../wire/mailbox-records.js';
import { HistogramRecordReader } from '../../wire/histogram-record.js';
import { HISTOGRAM } from '../../wire/metric-kind.js';
import { kOutClosed, kOutStats, kOutWindow, kWindowHeaderBytes, quantiles } from '../../wire/window-records.js';
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
  readonly #histogramRecord = new HistogramRecordReader();
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
      const type = message[pos + kOffType];
      if (type === kRecMetric) this.#metric(message, view, pos, length);
      else if (type === kRecWatermark) this.#advance(view.getFloat64(pos + kOffWatermark, true));
      else if (type === kRecHistogram) this.#histogram(message, view, pos);
      else if (type === kRecEvict) this.series.markEvicted(view.getUint32(pos + kOffHashLo, true), view.getUint32(pos + kOffHashHi, true));
      else throw new Error(`unknown mailbox record type ${type}`);
      pos += length;
    }
  }

  /** The mailbox is closed: close whatever is still open so nothing is lost. */
  stop(): void {
    this.#advance(Number.POSITIVE_INFINITY);
  }

  #metric(message: Uint8Array, view: DataView, pos: number, length: number): void {
    const timestamp = view.getFloat64(pos + kOffTimestamp, true);
    const series = this.series;
    const index = series.intern(
      view.getUint32(pos + kOffHashLo, true), view.getUint32(pos + kOffHashHi, true),
      message, view, pos + kMetricHeaderBytes, length - kMetricHeaderBytes,
      message[pos + kOffKind]!, view.getUint16(pos + kOffFlags, true), this.#onGrow,
    );
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
    table.add(row, view.getFloat64(pos + kOffValue, true), timestamp, series.kind[index]!);
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
    const out = this.#out;
    let start = out.begin();
    out.u8(kOutClosed);
    out.u8(0);
    out.u16(0);
    out.f64(watermark);
    out.end(start);
    start = out.begin();
    out.u8(kOutStats);
    out.u8(0);
    out.u16(0);
    out.u32(this.series.size);
    out.u32(0);
    out.f64(this.byteLength);
    out.end(start);
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
    const headerBytes = kind === HISTOGRAM ? kWindowHeaderBytes + quantiles.length * 8 : kWindowHeaderBytes;
    const size = headerBytes + keyLength + (sketch === null ? 0 : sketch.serializedSize());
    out.ensure(size);
    const view = out.view;
    const bytes = out.bytes;
    const at = out.length;
    view.setUint32(at, size, true);
    bytes[at + 4] = kOutWindow;
    bytes[at + 5] = kind;
    view.setUint16(at + 6, series.flags[index]!, true);
    view.setUint32(at + 8, table.resolution, true);
    view.setUint32(at + 12, series.nameHash[index]!, true);
    view.setFloat64(at + 16, table.start, true);
    view.setFloat64(at + 24, table.count[row]!, true);
    view.setFloat64(at + 32, table.sum[row]!, true);
    view.setFloat64(at + 40, table.min[row]!, true);
    view.setFloat64(at + 48, table.max[row]!, true);
    view.setFloat64(at + 56, table.last[row]!, true);
    view.setFloat64(at + 64, table.lastTs(row), true);
    if (sketch !== null) {
      for (let q = 0; q < quantiles.length; q++) view.setFloat64(at + kWindowHeaderBytes + q * 8, sketch.quantile(quantiles[q]!), true);
    }
    const keys = series.keys;
    const offset = series.keyOffset[index]!;
    for (let i = 0, o = at + headerBytes; i < keyLength; i++) bytes[o + i] = keys[offset + i]!;
    if (sketch !== null) sketch.write(view, at + headerBytes + keyLength);
    out.length = at + size;
    out.records++;
  }
}
