/**
 * Records a shard writes into its outbox, and the only code that knows
 * their byte layout: one write and one read function per record. A WINDOW
 * record is a closed window of one series at one resolution: grouped per
 * topic by the broadcaster, carried unchanged on the bus (between nodes
 * that may run different versions: change it only by adding at the end),
 * and turned into JSON by the gateway only for topics someone watches.
 * Offsets are from the record start (u32 length first, as MessageWriter).
 *
 *   WINDOW  u32 length, u8 type, u8 kind, u16 flags, u32 resolutionMs, u32 nameHash,
 *           f64 start, f64 count, f64 sum, f64 min, f64 max, f64 last, f64 lastTs,
 *           [histograms: 4 × f64 quantiles (p50, p90, p99, p999)],
 *           series key (wire/series-key.ts),
 *           [histograms: the DDSketch (collections/quantile-sketch.ts `write`) to the end,
 *            so that partial windows from several ingest nodes can be merged]
 *   CLOSED  u32 length, u8 type, u8 0, u16 0, f64 watermark
 *   STATS   u32 length, u8 type, u8 0, u16 0, u32 liveSeries, u32 0, f64 stateBytes
 */
import { HISTOGRAM } from './metric-kind.js';
import type { RecordWriter } from './record-writer.js';
import { seriesKeyLength } from './series-key.js';

export const kOutWindow = 1;
/** The shard has emitted every window with end <= watermark. */
export const kOutClosed = 2;
/** The shard's size after a watermark. */
export const kOutStats = 3;

const kOffType = 4;         // u8
const kOffKind = 5;         // u8 MetricKind
const kOffFlags = 6;        // u16 (kFlagOverflow from mailbox-records)
const kOffResolution = 8;   // u32 window length, ms
const kOffNameHash = 12;    // u32 hash of the name bytes (topic lookup)
const kOffStart = 16;       // f64 window start, ms (epoch-aligned)
const kOffCount = 24;       // f64
const kOffSum = 32;         // f64
const kOffMin = 40;         // f64
const kOffMax = 48;         // f64
const kOffLast = 56;        // f64 value with the greatest timestamp
const kOffLastTs = 64;      // f64 its timestamp
const kOffQuantiles = 72;   // histograms only
const kWindowHeaderBytes = 72;
const kOffWatermark = 8;    // CLOSED: f64
const kOffLiveSeries = 8;   // STATS: u32
const kOffStateBytes = 16;  // STATS: f64

export const quantiles = [0.5, 0.9, 0.99, 0.999] as const;
export const quantileNames = ['p50', 'p90', 'p99', 'p999'] as const;

/** The type of the record at `pos`. */
export function recordType(bytes: Uint8Array, pos: number): number {
  return bytes[pos + kOffType]!;
}

/** Bytes of a WINDOW record before its series key. */
export function windowHeaderBytes(kind: number): number {
  return kind === HISTOGRAM ? kWindowHeaderBytes + quantiles.length * 8 : kWindowHeaderBytes;
}

/** The aggregate of one series in one window, as a WINDOW record carries it. */
export interface WindowRecord {
  kind: number;
  flags: number;
  resolution: number;
  nameHash: number;
  start: number;
  count: number;
  sum: number;
  min: number;
  max: number;
  last: number;
  lastTs: number;
}

/**
 * Writes a WINDOW record's header at `at` of `view` (room for `size` bytes
 * already ensured) with `quantileValues` for a histogram; the caller writes
 * the series key at the returned offset, then (histograms) the sketch.
 */
export function writeWindowHeader(view: DataView, at: number, size: number, w: Readonly<WindowRecord>,
  quantileValues: ArrayLike<number> | null): number {
  view.setUint32(at, size, true);
  view.setUint8(at + kOffType, kOutWindow);
  view.setUint8(at + kOffKind, w.kind);
  view.setUint16(at + kOffFlags, w.flags, true);
  view.setUint32(at + kOffResolution, w.resolution, true);
  view.setUint32(at + kOffNameHash, w.nameHash, true);
  view.setFloat64(at + kOffStart, w.start, true);
  view.setFloat64(at + kOffCount, w.count, true);
  view.setFloat64(at + kOffSum, w.sum, true);
  view.setFloat64(at + kOffMin, w.min, true);
  view.setFloat64(at + kOffMax, w.max, true);
  view.setFloat64(at + kOffLast, w.last, true);
  view.setFloat64(at + kOffLastTs, w.lastTs, true);
  if (w.kind === HISTOGRAM) {
    for (let q = 0; q < quantiles.length; q++) view.setFloat64(at + kOffQuantiles + q * 8, quantileValues![q]!, true);
  }
  return at + windowHeaderBytes(w.kind);
}

/** A WINDOW record read in place: its aggregate and where its parts are. */
export interface WindowRecordView extends WindowRecord {
  /** Offset of the record. */
  at: number;
  /** Offset of the series key, and its length. */
  keyAt: number;
  keyLength: number;
  /** Offset of the sketch (histograms), or of the record's end when it has none. */
  sketchAt: number;
  /** Offset just past the record. */
  end: number;
}

export function newWindowRecord(): WindowRecordView {
  return { at: 0, kind: 0, flags: 0, resolution: 0, nameHash: 0, start: 0, count: 0, sum: 0, min: 0, max: 0, last: 0, lastTs: 0, keyAt: 0, keyLength: 0, sketchAt: 0, end: 0 };
}

/** Reads the WINDOW record at `pos` into `into` (the bytes of `view` must be `bytes`). */
export function readWindow(bytes: Uint8Array, view: DataView, pos: number, into: WindowRecordView): void {
  const kind = view.getUint8(pos + kOffKind);
  into.at = pos;
  into.kind = kind;
  into.flags = view.getUint16(pos + kOffFlags, true);
  into.resolution = view.getUint32(pos + kOffResolution, true);
  into.nameHash = view.getUint32(pos + kOffNameHash, true);
  into.start = view.getFloat64(pos + kOffStart, true);
  into.count = view.getFloat64(pos + kOffCount, true);
  into.sum = view.getFloat64(pos + kOffSum, true);
  into.min = view.getFloat64(pos + kOffMin, true);
  into.max = view.getFloat64(pos + kOffMax, true);
  into.last = view.getFloat64(pos + kOffLast, true);
  into.lastTs = view.getFloat64(pos + kOffLastTs, true);
  into.keyAt = pos + windowHeaderBytes(kind);
  into.keyLength = seriesKeyLength(bytes, into.keyAt);
  into.sketchAt = into.keyAt + into.keyLength;
  into.end = pos + view.getUint32(pos, true);
}

/** The quantiles a histogram WINDOW record carries, into `out` (p50, p90, p99, p999). */
export function readQuantiles(view: DataView, pos: number, out: Float64Array): void {
  for (let q = 0; q < quantiles.length; q++) out[q] = view.getFloat64(pos + kOffQuantiles + q * 8, true);
}

/** Only the fields a router needs, without reading the rest. */
export function windowResolution(view: DataView, pos: number): number {
  return view.getUint32(pos + kOffResolution, true);
}

export function windowStart(view: DataView, pos: number): number {
  return view.getFloat64(pos + kOffStart, true);
}

export function windowCount(view: DataView, pos: number): number {
  return view.getFloat64(pos + kOffCount, true);
}

export function windowNameHash(view: DataView, pos: number): number {
  return view.getUint32(pos + kOffNameHash, true);
}

/** Offset of the series key of the WINDOW record at `pos`. */
export function windowKeyAt(bytes: Uint8Array, pos: number): number {
  return pos + windowHeaderBytes(bytes[pos + kOffKind]!);
}

/** CLOSED: the shard has emitted every window with end <= watermark. */
export function writeClosed(w: RecordWriter, watermark: number): void {
  const start = w.begin();
  w.u8(kOutClosed); w.u8(0); w.u16(0); w.f64(watermark);
  w.end(start);
}

export function readClosed(view: DataView, pos: number): number {
  return view.getFloat64(pos + kOffWatermark, true);
}

/** STATS: the shard's live series and state bytes after a watermark. */
export function writeStats(w: RecordWriter, liveSeries: number, stateBytes: number): void {
  const start = w.begin();
  w.u8(kOutStats); w.u8(0); w.u16(0); w.u32(liveSeries); w.u32(0); w.f64(stateBytes);
  w.end(start);
}

export function readStats(view: DataView, pos: number): { liveSeries: number; stateBytes: number } {
  return { liveSeries: view.getUint32(pos + kOffLiveSeries, true), stateBytes: view.getFloat64(pos + kOffStateBytes, true) };
}
