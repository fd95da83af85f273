/**
 * Records the ingest actor writes into a shard's mailbox ring, and the only
 * code that knows their byte layout: one write and one read function per
 * record. Each record starts with the u32 length written by MessageWriter;
 * offsets below are from the record start. Only the ingest writes a
 * mailbox, so the order of records in it is the order of the ingest's
 * decisions: a watermark record is always behind every metric accepted
 * before it.
 *
 *   METRIC     u32 length, u8 type, u8 kind, u16 flags, u32 hashLo, u32 hashHi,
 *              f64 timestamp, f64 value, series key (wire/series-key.ts)
 *   WATERMARK  u32 length, u8 type, u8 0, u16 0, f64 watermark
 *   EVICT      u32 length, u8 type, u8 0, u16 0, u32 hashLo, u32 hashHi
 *   HISTOGRAM  one pre-aggregated histogram point (from OTLP), added to its
 *              window whole; its first 32 bytes are laid out as a METRIC's:
 *              u32 length, u8 type, u8 kind (HISTOGRAM), u16 flags, u32 hashLo,
 *              u32 hashHi, f64 timestamp, f64 sum, f64 count,
 *              f64 min (+Infinity: unknown), f64 max (-Infinity: unknown),
 *              u16 keyLength, u16 pairs, u32 0, series key,
 *              pairs × (f64 representative value, f64 count)
 */
import { HISTOGRAM } from './metric-kind.js';
import type { GrowableRecordWriter, RecordWriter } from './record-writer.js';

export const kRecMetric = 1;
export const kRecWatermark = 2;
export const kRecEvict = 3;
export const kRecHistogram = 4;

const kOffType = 4;         // u8 record type
const kOffKind = 5;         // u8 MetricKind
const kOffFlags = 6;        // u16, kFlag*
const kOffHashLo = 8;       // u32 series-key hash, low half
const kOffHashHi = 12;      // u32 series-key hash, high half
const kOffTimestamp = 16;   // f64 event time, ms (receive time when the producer sent 0)
const kOffValue = 24;       // f64
const kOffWatermark = 8;    // f64 ms (Infinity at shutdown)
const kOffHistSum = 24;     // HISTOGRAM: f64
const kOffHistCount = 32;   // f64
const kOffHistMin = 40;     // f64
const kOffHistMax = 48;     // f64
const kOffHistKeyLength = 56; // u16
const kOffHistPairs = 58;   // u16
const kHistogramHeaderBytes = 64;

/** Bytes of a METRIC record before its series key. */
export const kMetricHeaderBytes = 32;
export const kWatermarkBytes = 16;
export const kEvictBytes = 16;

/** The series is the overflow series of its metric name (cardinality limit). */
export const kFlagOverflow = 1;

/** The type of the record at `pos`. */
export function recordType(bytes: Uint8Array, pos: number): number {
  return bytes[pos + kOffType]!;
}

/**
 * Writes a METRIC record's header at `at` of `view` (room for `size` bytes
 * already ensured); the caller copies the series key to the returned offset.
 * The decoder writes in place, not through a RecordWriter: its key bytes are
 * copied straight from the batch.
 */
export function writeMetricHeader(view: DataView, at: number, size: number, kind: number, flags: number,
  hashLo: number, hashHi: number, timestamp: number, value: number): number {
  view.setUint32(at, size, true);
  view.setUint8(at + kOffType, kRecMetric);
  view.setUint8(at + kOffKind, kind);
  view.setUint16(at + kOffFlags, flags, true);
  view.setUint32(at + kOffHashLo, hashLo, true);
  view.setUint32(at + kOffHashHi, hashHi, true);
  view.setFloat64(at + kOffTimestamp, timestamp, true);
  view.setFloat64(at + kOffValue, value, true);
  return at + kMetricHeaderBytes;
}

/** Writes a whole METRIC record from a series key already built (decoders that hold the key as bytes: OTLP). */
export function writeMetricRecord(w: GrowableRecordWriter, kind: number, flags: number, hashLo: number, hashHi: number,
  timestamp: number, value: number, key: Uint8Array): void {
  const size = kMetricHeaderBytes + key.length;
  w.ensure(size);
  const keyAt = writeMetricHeader(w.view, w.length, size, kind, flags, hashLo, hashHi, timestamp, value);
  w.bytes.set(key, keyAt);
  w.length += size;
  w.records++;
}

/** A METRIC record read in place (filled by `readMetric`; reuse one per reader). */
export interface MetricRecord {
  kind: number;
  flags: number;
  hashLo: number;
  hashHi: number;
  timestamp: number;
  value: number;
  /** Offset of the series key, and its length (to the record's end). */
  keyAt: number;
  keyLength: number;
}

export function newMetricRecord(): MetricRecord {
  return { kind: 0, flags: 0, hashLo: 0, hashHi: 0, timestamp: 0, value: 0, keyAt: 0, keyLength: 0 };
}

/** Reads the METRIC record at `pos` (of `length` bytes) into `into`. */
export function readMetric(view: DataView, pos: number, length: number, into: MetricRecord): void {
  into.kind = view.getUint8(pos + kOffKind);
  into.flags = view.getUint16(pos + kOffFlags, true);
  into.hashLo = view.getUint32(pos + kOffHashLo, true);
  into.hashHi = view.getUint32(pos + kOffHashHi, true);
  into.timestamp = view.getFloat64(pos + kOffTimestamp, true);
  into.value = view.getFloat64(pos + kOffValue, true);
  into.keyAt = pos + kMetricHeaderBytes;
  into.keyLength = length - kMetricHeaderBytes;
}

/** WATERMARK: every window whose end <= watermark may close. */
export function writeWatermark(w: RecordWriter, watermark: number): void {
  const start = w.begin();
  w.u8(kRecWatermark); w.u8(0); w.u16(0); w.f64(watermark);
  w.end(start);
}

export function readWatermark(view: DataView, pos: number): number {
  return view.getFloat64(pos + kOffWatermark, true);
}

/**
 * EVICT: forget the series (idle); its open windows still close normally.
 * It carries the series' hash only: the shard finds the series by it.
 */
export function writeEvict(w: RecordWriter, hashLo: number, hashHi: number): void {
  const start = w.begin();
  w.u8(kRecEvict); w.u8(0); w.u16(0); w.u32(hashLo); w.u32(hashHi);
  w.end(start);
}

/** The hash halves an EVICT record carries. */
export function evictHashLo(view: DataView, pos: number): number {
  return view.getUint32(pos + kOffHashLo, true);
}

export function evictHashHi(view: DataView, pos: number): number {
  return view.getUint32(pos + kOffHashHi, true);
}

/** Bucket pairs one HISTOGRAM record may carry (more are merged or refused by the writer's caller). */
export const kMaxHistogramPairs = 4096;

/** A histogram point as the ingest hands it to a shard. */
export interface HistogramPoint {
  count: number;
  sum: number;
  /** +Infinity when the point does not say. */
  min: number;
  /** -Infinity when the point does not say. */
  max: number;
  /** Bucket representative values and counts, `pairs` of them. */
  values: Float64Array;
  counts: Float64Array;
  pairs: number;
}

export function writeHistogramRecord(w: GrowableRecordWriter, flags: number, hashLo: number, hashHi: number,
  timestamp: number, point: HistogramPoint, key: Uint8Array): void {
  if (point.pairs > kMaxHistogramPairs) throw new RangeError(`histogram record with ${point.pairs} bucket pairs`);
  const size = kHistogramHeaderBytes + key.length + point.pairs * 16;
  w.ensure(size);
  const view = w.view;
  const at = w.length;
  view.setUint32(at, size, true);
  view.setUint8(at + kOffType, kRecHistogram);
  view.setUint8(at + kOffKind, HISTOGRAM);
  view.setUint16(at + kOffFlags, flags, true);
  view.setUint32(at + kOffHashLo, hashLo, true);
  view.setUint32(at + kOffHashHi, hashHi, true);
  view.setFloat64(at + kOffTimestamp, timestamp, true);
  view.setFloat64(at + kOffHistSum, point.sum, true);
  view.setFloat64(at + kOffHistCount, point.count, true);
  view.setFloat64(at + kOffHistMin, point.min, true);
  view.setFloat64(at + kOffHistMax, point.max, true);
  view.setUint16(at + kOffHistKeyLength, key.length, true);
  view.setUint16(at + kOffHistPairs, point.pairs, true);
  view.setUint32(at + kOffHistPairs + 2, 0, true);
  w.bytes.set(key, at + kHistogramHeaderBytes);
  let o = at + kHistogramHeaderBytes + key.length;
  for (let i = 0; i < point.pairs; i++, o += 16) {
    view.setFloat64(o, point.values[i]!, true);
    view.setFloat64(o + 8, point.counts[i]!, true);
  }
  w.length = at + size;
  w.records++;
}

/** The fields of one HISTOGRAM record, read in place (reused: one per reader). */
export class HistogramRecordReader {
  count = 0;
  sum = 0;
  min = 0;
  max = 0;
  timestamp = 0;
  flags = 0;
  hashLo = 0;
  hashHi = 0;
  /** Offset of the series key in the message, and its length. */
  keyStart = 0;
  keyLength = 0;
  pairs = 0;
  #view: DataView = new DataView(new ArrayBuffer(0));
  #pairsStart = 0;

  /** Reads the record at `pos` of `view`. */
  read(view: DataView, pos: number): void {
    this.#view = view;
    this.timestamp = view.getFloat64(pos + kOffTimestamp, true);
    this.flags = view.getUint16(pos + kOffFlags, true);
    this.hashLo = view.getUint32(pos + kOffHashLo, true);
    this.hashHi = view.getUint32(pos + kOffHashHi, true);
    this.sum = view.getFloat64(pos + kOffHistSum, true);
    this.count = view.getFloat64(pos + kOffHistCount, true);
    this.min = view.getFloat64(pos + kOffHistMin, true);
    this.max = view.getFloat64(pos + kOffHistMax, true);
    this.keyLength = view.getUint16(pos + kOffHistKeyLength, true);
    this.pairs = view.getUint16(pos + kOffHistPairs, true);
    this.keyStart = pos + kHistogramHeaderBytes;
    this.#pairsStart = this.keyStart + this.keyLength;
  }

  value(i: number): number {
    return this.#view.getFloat64(this.#pairsStart + i * 16, true);
  }

  countAt(i: number): number {
    return this.#view.getFloat64(this.#pairsStart + i * 16 + 8, true);
  }
}

/**
 * Metrics in a mailbox message (records back to back), as the ledger counts
 * them: one per METRIC record, a HISTOGRAM record's observations.
 */
export function countMetricRecords(message: Uint8Array): number {
  const view = new DataView(message.buffer, message.byteOffset, message.byteLength);
  let n = 0;
  for (let pos = 0; pos < message.length; pos += view.getUint32(pos, true)) {
    const type = message[pos + kOffType];
    if (type === kRecMetric) n++;
    else if (type === kRecHistogram) n += view.getFloat64(pos + kOffHistCount, true);
  }
  return n;
}
