/**
 * Reads a `sluice.v1.MetricBatch` in place, straight from the bytes gRPC
 * received, validates each metric, and stages one compact record per
 * accepted metric in the writer of the shard its series hashes to. No JS
 * object is made per metric: fields are read into locals, labels are ranges
 * into the buffer, the series key is built in a reused scratch buffer.
 *
 * Malformed protobuf (truncated, bad lengths, wrong wire types) is reported,
 * never thrown, and nothing of that batch stays staged.
 */
import type { MessageWriter } from '../../engine/message-writer.js';
import { hash64, hashOut } from '../../wire/hash.js';
import { kMetricHeaderBytes, kRecMetric } from '../../wire/mailbox-records.js';
import {
  kFuture, kInvalidLabel, kInvalidName, kInvalidValue, kLate, kTooManyLabels, reasonCodes,
} from './reasons.js';
import type { SeriesAdmission } from './series-admission.js';

export interface DecodeLimits {
  /** Metrics per batch; more refuses the whole batch. */
  maxMetrics: number;
  windowMs: number;
  /** How far past the receive time a timestamp may be. */
  futureSkewMs: number;
}

export const kMaxLabels = 32;
export const kMaxNameBytes = 256;
export const kMaxLabelBytes = 256;
/** First rejections listed in a PushAck; the rest are only counted. */
export const kMaxListedRejections = 100;

export type DecodeStatus = 'ok' | 'malformed' | 'too_many_metrics';

/** Byte values allowed in a metric name: [A-Za-z0-9_.:-]. */
const nameByte = new Uint8Array(256);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.:-') nameByte[c.charCodeAt(0)] = 1;

/** Largest series key: name, count, and 32 labels with 256-byte keys and values. */
const kMaxKeyBytes = 2 + kMaxNameBytes + 1 + kMaxLabels * (4 + 2 * kMaxLabelBytes);

export class BatchDecoder {
  // ---- results of the last decode()
  metrics = 0;
  accepted = 0;
  rejected = 0;
  /** Rejections per reason code index (see reasons.ts). */
  readonly rejectedByReason = new Uint32Array(reasonCodes.length);
  /** Accepted metrics per shard. */
  readonly acceptedByShard: Uint32Array;
  readonly listedIndex: number[] = [];
  readonly listedReason: string[] = [];
  /** Byte range of the batch's `sequence` varint (echoed verbatim in the ack). */
  sequenceStart = 0;
  sequenceEnd = 0;
  /** Detail for a malformed batch. */
  error = '';

  readonly #writers: MessageWriter[];
  readonly #shards: number;
  readonly #seed: number;
  readonly #limits: DecodeLimits;
  readonly #admission: SeriesAdmission | null;
  // Parse cursor and the buffer being read.
  #buf: Uint8Array = new Uint8Array(0);
  #view: DataView = new DataView(new ArrayBuffer(0));
  #pos = 0;
  // Varint results too wide for a small integer: low and high 32 bits.
  #lo = 0;
  #hi = 0;
  // Label ranges of the current metric: keyStart, keyEnd, valueStart, valueEnd.
  readonly #labels = new Int32Array(kMaxLabels * 4);
  readonly #order = new Int32Array(kMaxLabels);
  // The series key being built.
  readonly #key = new Uint8Array(kMaxKeyBytes + 8);
  readonly #keyView = new DataView(this.#key.buffer);

  constructor(writers: MessageWriter[], seed: number, limits: DecodeLimits, admission: SeriesAdmission | null = null) {
    this.#writers = writers;
    this.#shards = writers.length;
    this.#seed = seed;
    this.#limits = limits;
    this.#admission = admission;
    this.acceptedByShard = new Uint32Array(writers.length);
  }

  /**
   * Decodes `buf`. On 'ok' the shard writers hold this batch's records (the
   * caller commits or discards them); otherwise they are left empty.
   * `watermark`: windows ending at or before it are closed (late metrics).
   */
  decode(buf: Uint8Array, now: number, watermark: number): DecodeStatus {
    this.metrics = 0;
    this.accepted = 0;
    this.rejected = 0;
    this.rejectedByReason.fill(0);
    this.acceptedByShard.fill(0);
    this.listedIndex.length = 0;
    this.listedReason.length = 0;
    this.sequenceStart = this.sequenceEnd = 0;
    this.error = '';
    this.#buf = buf;
    this.#view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    this.#pos = 0;
    this.#admission?.beginBatch();

    let status: DecodeStatus;
    try {
      status = this.#readBatch(buf.length, now, watermark);
    } catch (error) {
      for (const writer of this.#writers) writer.reset();
      this.#admission?.rollbackBatch();
      throw error;
    }
    if (status !== 'ok') {
      for (const writer of this.#writers) writer.reset();
      this.#admission?.rollbackBatch();
      this.accepted = this.rejected = 0;
    }
    this.#buf = new Uint8Array(0);
    return status;
  }

  #readBatch(end: number, now: number, watermark: number): DecodeStatus {
    while (this.#pos < end) {
      const tag = this.#varint32(end);
      if (tag < 0) return this.#malformed('truncated tag');
      const field = tag >>> 3;
      const wireType = tag & 7;
      if (field === 1) {
        if (wireType !== 2) return this.#malformed('metrics: wrong wire type');
        const length = this.#varint32(end);
        if (length < 0 || length > end - this.#pos) return this.#malformed('metrics: bad length');
        const metricEnd = this.#pos + length;
        if (++this.metrics > this.#limits.maxMetrics) return 'too_many_metrics';
        const result = this.#readMetric(metricEnd, now, watermark);
        if (result === kMalformed) return 'malformed';
        this.#pos = metricEnd;
      } else if (field === 2) {
        if (wireType !== 0) return this.#malformed('sequence: wrong wire type');
        this.sequenceStart = this.#pos;
        if (!this.#varint64(end)) return this.#malformed('sequence: truncated');
        this.sequenceEnd = this.#pos;
      } else if (!this.#skip(wireType, end)) {
        return this.#malformed(`field ${field}: bad wire type ${wireType} or length`);
      }
    }
    return 'ok';
  }

  /** Returns kMalformed, or the reason index of a rejection, or kAccepted. */
  #readMetric(end: number, now: number, watermark: number): number {
    let nameStart = -1;
    let nameEnd = -1;
    let labelCount = 0;
    let value = 0;
    let timestamp = 0;
    let kind = 0;
    const labels = this.#labels;

    while (this.#pos < end) {
      const tag = this.#varint32(end);
      if (tag < 0) return this.#fail('metric: truncated tag');
      const field = tag >>> 3;
      const wireType = tag & 7;
      switch (field) {
        case 1: { // name
          if (wireType !== 2) return this.#fail('metric.name: wrong wire type');
          const length = this.#varint32(end);
          if (length < 0 || length > end - this.#pos) return this.#fail('metric.name: bad length');
          nameStart = this.#pos;
          nameEnd = this.#pos += length;
          break;
        }
        case 2: { // labels
          if (wireType !== 2) return this.#fail('metric.labels: wrong wire type');
          const length = this.#varint32(end);
          if (length < 0 || length > end - this.#pos) return this.#fail('metric.labels: bad length');
          const labelEnd = this.#pos + length;
          if (labelCount < kMaxLabels) {
            if (!this.#readLabel(labelEnd, labelCount * 4)) return kMalformed;
          } else if (!this.#readLabel(labelEnd, -1)) {
            return kMalformed;
          }
          labelCount++;
          this.#pos = labelEnd;
          break;
        }
        case 3: // value
          if (wireType !== 1) return this.#fail('metric.value: wrong wire type');
          if (end - this.#pos < 8) return this.#fail('metric.value: truncated');
          value = this.#view.getFloat64(this.#pos, true);
          this.#pos += 8;
          break;
        case 4: // timestamp_ms (int64, two's complement varint)
          if (wireType !== 0) return this.#fail('metric.timestamp_ms: wrong wire type');
          if (!this.#varint64(end)) return this.#fail('metric.timestamp_ms: truncated');
          timestamp = this.#hi >= 0x80000000 ? -(((~this.#hi >>> 0) * 0x100000000) + ((~this.#lo >>> 0) + 1)) : this.#hi * 0x100000000 + this.#lo;
          break;
        case 5: // kind
          if (wireType !== 0) return this.#fail('metric.kind: wrong wire type');
          if (!this.#varint64(end)) return this.#fail('metric.kind: truncated');
          kind = this.#hi === 0 && this.#lo <= 0xff ? this.#lo : 0xff;
          break;
        default:
          if (!this.#skip(wireType, end)) return this.#fail(`metric field ${field}: bad wire type ${wireType} or length`);
      }
    }
    if (this.#pos !== end) return this.#fail('metric: overran its length');

    const index = this.metrics - 1;
    // ---- validation, cheapest first
    const nameLength = nameEnd - nameStart;
    if (nameStart < 0 || nameLength === 0) return this.#reject(index, kInvalidName, 'empty name');
    if (nameLength > kMaxNameBytes) return this.#reject(index, kInvalidName, `name longer than ${kMaxNameBytes} bytes`);
    const buf = this.#buf;
    for (let i = nameStart; i < nameEnd; i++) {
      if (nameByte[buf[i]!] === 0) return this.#reject(index, kInvalidName, 'name outside [A-Za-z0-9_.:-]');
    }
    if (!Number.isFinite(value)) return this.#reject(index, kInvalidValue, 'not finite');
    if (kind > 2) return this.#reject(index, kInvalidValue, `unknown kind ${kind}`);
    if (labelCount > kMaxLabels) return this.#reject(index, kTooManyLabels, `${labelCount} labels, at most ${kMaxLabels}`);
    const labelProblem = this.#checkAndSortLabels(labelCount);
    if (labelProblem !== null) return this.#reject(index, kInvalidLabel, labelProblem);
    if (timestamp === 0) timestamp = now;
    else if (timestamp > now + this.#limits.futureSkewMs) return this.#reject(index, kFuture, `more than ${this.#limits.futureSkewMs} ms ahead`);
    const windowMs = this.#limits.windowMs;
    if (Math.floor(timestamp / windowMs) * windowMs + windowMs <= watermark) {
      return this.#reject(index, kLate, 'window already closed');
    }

    // ---- the series key, its hash, the shard
    const keyLength = this.#buildKey(nameStart, nameEnd, labelCount);
    hash64(this.#keyView, 0, keyLength, this.#seed);
    const hashLo = hashOut[0]!;
    const hashHi = hashOut[1]!;
    let flags = 0;
    if (this.#admission !== null) {
      const admitted = this.#admission.admit(hashLo, hashHi, kind, this.#key, keyLength, timestamp);
      if (admitted < 0) return this.#reject(index, -admitted - 1, this.#admission.detail);
      flags = admitted;
    }
    let shardHash = hashLo;
    let recordKeyLength = keyLength;
    let recordHashLo = hashLo;
    let recordHashHi = hashHi;
    if (flags !== 0) {
      // Folded into its name's overflow series: route and key by that series.
      const overflow = this.#admission!.overflowKey;
      recordKeyLength = overflow.length;
      this.#key.set(overflow, 0);
      recordHashLo = this.#admission!.overflowHashLo;
      recordHashHi = this.#admission!.overflowHashHi;
      shardHash = recordHashLo;
    }
    const shard = (shardHash >>> 0) % this.#shards;

    // ---- the record
    const writer = this.#writers[shard]!;
    const size = kMetricHeaderBytes + recordKeyLength;
    writer.ensure(size);
    const out = writer.bytes;
    const view = writer.view;
    const at = writer.length;
    view.setUint32(at, size, true);
    out[at + 4] = kRecMetric;
    out[at + 5] = kind;
    view.setUint16(at + 6, flags, true);
    view.setUint32(at + 8, recordHashLo, true);
    view.setUint32(at + 12, recordHashHi, true);
    view.setFloat64(at + 16, timestamp, true);
    view.setFloat64(at + 24, value, true);
    const key = this.#key;
    for (let i = 0, o = at + kMetricHeaderBytes; i < recordKeyLength; i++) out[o + i] = key[i]!;
    writer.length = at + size;
    writer.records++;
    this.accepted++;
    this.acceptedByShard[shard]!++;
    return kAccepted;
  }

  /** Reads one Label into slot `slot` of #labels (or only checks it, slot -1). */
  #readLabel(end: number, slot: number): boolean {
    let keyStart = -1, keyEnd = -1, valueStart = -1, valueEnd = -1;
    while (this.#pos < end) {
      const tag = this.#varint32(end);
      if (tag < 0) { this.#malformed('label: truncated tag'); return false; }
      const field = tag >>> 3;
      const wireType = tag & 7;
      if (field === 1 || field === 2) {
        if (wireType !== 2) { this.#malformed('label: wrong wire type'); return false; }
        const length = this.#varint32(end);
        if (length < 0 || length > end - this.#pos) { this.#malformed('label: bad length'); return false; }
        if (field === 1) { keyStart = this.#pos; keyEnd = this.#pos + length; }
        else { valueStart = this.#pos; valueEnd = this.#pos + length; }
        this.#pos += length;
      } else if (!this.#skip(wireType, end)) {
        this.#malformed('label: bad field'); return false;
      }
    }
    if (this.#pos !== end) { this.#malformed('label: overran its length'); return false; }
    if (slot >= 0) {
      const labels = this.#labels;
      labels[slot] = keyStart; labels[slot + 1] = keyEnd;
      // An absent value is the empty string.
      labels[slot + 2] = valueStart < 0 ? 0 : valueStart; labels[slot + 3] = valueStart < 0 ? 0 : valueEnd;
    }
    return true;
  }

  /** Validates labels and sorts them by key bytes into #order; null if fine. */
  #checkAndSortLabels(count: number): string | null {
    const labels = this.#labels;
    const order = this.#order;
    const buf = this.#buf;
    for (let i = 0; i < count; i++) {
      const s = i * 4;
      const keyStart = labels[s]!, keyEnd = labels[s + 1]!;
      if (keyStart < 0 || keyEnd === keyStart) return 'empty label key';
      if (keyEnd - keyStart > kMaxLabelBytes) return `label key longer than ${kMaxLabelBytes} bytes`;
      if (labels[s + 3]! - labels[s + 2]! > kMaxLabelBytes) return `label value longer than ${kMaxLabelBytes} bytes`;
      if (!isUtf8(buf, keyStart, keyEnd) || !isUtf8(buf, labels[s + 2]!, labels[s + 3]!)) return 'label not valid UTF-8';
      // Insertion sort by key bytes (at most 32 labels).
      let j = i;
      while (j > 0) {
        const t = order[j - 1]! * 4;
        const c = compareRanges(buf, labels[t]!, labels[t + 1]!, keyStart, keyEnd);
        if (c === 0) return 'duplicate label key';
        if (c < 0) break;
        order[j] = order[j - 1]!;
        j--;
      }
      order[j] = i;
    }
    return null;
  }

  /** Writes the canonical series key (wire/series-key.ts) into #key. */
  #buildKey(nameStart: number, nameEnd: number, labelCount: number): number {
    const key = this.#key;
    const buf = this.#buf;
    const labels = this.#labels;
    const order = this.#order;
    let p = 0;
    const nameLength = nameEnd - nameStart;
    key[p++] = nameLength & 0xff; key[p++] = nameLength >>> 8;
    for (let i = nameStart; i < nameEnd; i++) key[p++] = buf[i]!;
    key[p++] = labelCount;
    for (let n = 0; n < labelCount; n++) {
      const s = order[n]! * 4;
      const ks = labels[s]!, ke = labels[s + 1]!, vs = labels[s + 2]!, ve = labels[s + 3]!;
      key[p++] = (ke - ks) & 0xff; key[p++] = (ke - ks) >>> 8;
      for (let i = ks; i < ke; i++) key[p++] = buf[i]!;
      key[p++] = (ve - vs) & 0xff; key[p++] = (ve - vs) >>> 8;
      for (let i = vs; i < ve; i++) key[p++] = buf[i]!;
    }
    return p;
  }

  #reject(index: number, reason: number, detail: string): number {
    this.rejected++;
    this.rejectedByReason[reason]!++;
    if (this.listedIndex.length < kMaxListedRejections) {
      this.listedIndex.push(index);
      this.listedReason.push(detail === '' ? reasonCodes[reason]! : `${reasonCodes[reason]}: ${detail}`);
    }
    return reason;
  }

  #fail(detail: string): number {
    if (this.error === '') this.error = detail;
    return kMalformed;
  }

  #malformed(detail: string): 'malformed' {
    if (this.error === '') this.error = detail;
    return 'malformed';
  }

  // ---- protobuf primitives. Each returns a failure value instead of throwing.

  /** A varint that must fit in 32 bits (tags, lengths); -1 if truncated or wider. */
  #varint32(end: number): number {
    const buf = this.#buf;
    let pos = this.#pos;
    if (pos >= end) return -1;
    let b = buf[pos++]!;
    if (b < 0x80) { this.#pos = pos; return b; }
    let value = b & 0x7f;
    for (let shift = 7; shift < 35; shift += 7) {
      if (pos >= end) return -1;
      b = buf[pos++]!;
      value += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) {
        this.#pos = pos;
        return value <= 0x7fffffff ? value : -1;
      }
    }
    return -1;
  }

  /** A varint of up to 64 bits into #lo/#hi; false if truncated or over 10 bytes. */
  #varint64(end: number): boolean {
    const buf = this.#buf;
    let pos = this.#pos;
    let lo = 0, hi = 0;
    for (let i = 0; i < 10; i++) {
      if (pos >= end) return false;
      const b = buf[pos++]!;
      if (i < 4) lo |= (b & 0x7f) << (i * 7);
      else if (i === 4) { lo |= (b & 0x0f) << 28; hi |= (b & 0x7f) >>> 4; }
      else hi |= (b & 0x7f) << (i * 7 - 32);
      if (b < 0x80) {
        this.#lo = lo >>> 0;
        this.#hi = hi >>> 0;
        this.#pos = pos;
        return true;
      }
    }
    return false;
  }

  /** Skips an unknown field; false on a group wire type or a bad length. */
  #skip(wireType: number, end: number): boolean {
    switch (wireType) {
      case 0: return this.#varint64(end);
      case 1: if (end - this.#pos < 8) return false; this.#pos += 8; return true;
      case 2: {
        const length = this.#varint32(end);
        if (length < 0 || length > end - this.#pos) return false;
        this.#pos += length;
        return true;
      }
      case 5: if (end - this.#pos < 4) return false; this.#pos += 4; return true;
      default: return false;
    }
  }
}

const kAccepted = -1;
const kMalformed = -2;

function compareRanges(buf: Uint8Array, aStart: number, aEnd: number, bStart: number, bEnd: number): number {
  const n = Math.min(aEnd - aStart, bEnd - bStart);
  for (let i = 0; i < n; i++) {
    const d = buf[aStart + i]! - buf[bStart + i]!;
    if (d !== 0) return d;
  }
  return (aEnd - aStart) - (bEnd - bStart);
}

/** Strict UTF-8 check (no overlongs, no surrogates); ASCII is the fast path. */
export function isUtf8(buf: Uint8Array, start: number, end: number): boolean {
  let i = start;
  while (i < end) {
    const b = buf[i]!;
    if (b < 0x80) { i++; continue; }
    let need: number, min: number;
    if (b >= 0xc2 && b <= 0xdf) { need = 1; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { need = 2; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; min = 0x10000; }
    else return false;
    if (i + need >= end) return false;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = buf[i + k]!;
      if ((c & 0xc0) !== 0x80) return false;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return false;
    i += need + 1;
  }
  return true;
}
