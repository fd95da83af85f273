/**
 * HISTOGRAM mailbox record: one pre-aggregated histogram point (from OTLP),
 * added to its window whole: count and sum exact, min and max when known,
 * and the point's buckets as (value, count) pairs that the shard adds to the
 * window's DDSketch. Offsets from the record start (u32 length first, as
 * MessageWriter); the first 32 bytes are laid out as a METRIC record's, so
 * type, kind, flags, hash and timestamp sit where every record has them.
 *
 *   0  u32 length        4  u8 type (kRecHistogram)   5  u8 kind (HISTOGRAM)
 *   6  u16 flags         8  u32 hashLo               12  u32 hashHi
 *  16  f64 timestamp    24  f64 sum                  32  f64 count
 *  40  f64 min (+Infinity: unknown)                  48  f64 max (-Infinity: unknown)
 *  56  u16 key length   58  u16 bucket pairs         60  u32 reserved (0)
 *  64  series key (wire/series-key.ts)
 *      then bucket pairs × (f64 representative value, f64 count)
 */
import type { MessageWriter } from '../engine/message-writer.js';
import { kOffFlags, kOffHashHi, kOffHashLo, kOffKind, kOffTimestamp, kOffType, kRecHistogram } from './mailbox-records.js';
import { HISTOGRAM } from './metric-kind.js';

const kOffSum = 24;
const kOffCount = 32;
const kOffMin = 40;
const kOffMax = 48;
const kOffKeyLength = 56;
const kOffPairs = 58;
export const kHistogramHeaderBytes = 64;
/** Bucket pairs one record may carry (more are merged or refused by the writer's caller). */
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

export function writeHistogramRecord(writer: MessageWriter, flags: number, hashLo: number, hashHi: number,
  timestamp: number, point: HistogramPoint, key: Uint8Array): void {
  if (point.pairs > kMaxHistogramPairs) throw new RangeError(`histogram record with ${point.pairs} bucket pairs`);
  const size = kHistogramHeaderBytes + key.length + point.pairs * 16;
  writer.ensure(size);
  const view = writer.view;
  const at = writer.length;
  view.setUint32(at, size, true);
  writer.bytes[at + kOffType] = kRecHistogram;
  writer.bytes[at + kOffKind] = HISTOGRAM;
  view.setUint16(at + kOffFlags, flags, true);
  view.setUint32(at + kOffHashLo, hashLo, true);
  view.setUint32(at + kOffHashHi, hashHi, true);
  view.setFloat64(at + kOffTimestamp, timestamp, true);
  view.setFloat64(at + kOffSum, point.sum, true);
  view.setFloat64(at + kOffCount, point.count, true);
  view.setFloat64(at + kOffMin, point.min, true);
  view.setFloat64(at + kOffMax, point.max, true);
  view.setUint16(at + kOffKeyLength, key.length, true);
  view.setUint16(at + kOffPairs, point.pairs, true);
  view.setUint32(at + 60, 0, true);
  writer.bytes.set(key, at + kHistogramHeaderBytes);
  let o = at + kHistogramHeaderBytes + key.length;
  for (let i = 0; i < point.pairs; i++, o += 16) {
    view.setFloat64(o, point.values[i]!, true);
    view.setFloat64(o + 8, point.counts[i]!, true);
  }
  writer.length = at + size;
  writer.records++;
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
    this.sum = view.getFloat64(pos + kOffSum, true);
    this.count = view.getFloat64(pos + kOffCount, true);
    this.min = view.getFloat64(pos + kOffMin, true);
    this.max = view.getFloat64(pos + kOffMax, true);
    this.keyLength = view.getUint16(pos + kOffKeyLength, true);
    this.pairs = view.getUint16(pos + kOffPairs, true);
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

/** The observations a HISTOGRAM record at `pos` adds to its window (what the ledger counts). */
export function histogramRecordCount(view: DataView, pos: number): number {
  return view.getFloat64(pos + kOffCount, true);
}
