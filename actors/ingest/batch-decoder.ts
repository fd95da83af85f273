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
import { orBytes, shardOf } from '../../wire/bytes.js';
import { hashKeyPieces, hashOut } from '../../wire/hash.js';
import { kMetricHeaderBytes, writeMetricHeader } from '../../wire/mailbox-records.js';
import { seriesKeyLengthOfRanges, writeSeriesKeyFromRanges } from '../../wire/series-key.js';
import {
  kFuture, kInvalidLabel, kInvalidName, kInvalidValue, kLate, kTooManyLabels, reasonCodes,
} from './reasons.js';
import { kSeriesNew, type SeriesAdmission } from './series-admission.js';

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
/** The same, for two bytes at once (a u16 read little-endian): half the loop. */
const namePair = new Uint8Array(65536);
for (let i = 0; i < 65536; i++) namePair[i] = nameByte[i & 0xff]! & nameByte[i >>> 8]!;


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
  // Per batch: timestamps above this are `future`, below that `late`.
  #futureAfter = 0;
  #lateBefore = 0;
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
    if (!(watermark > Number.NEGATIVE_INFINITY)) watermark = Number.MIN_SAFE_INTEGER;
    this.metrics = 0;
    this.accepted = 0;
    this.rejected = 0;
    this.rejectedByReason.fill(0);
    this.acceptedByShard.fill(0);
    this.listedIndex.length = 0;
    this.listedReason.length = 0;
    this.sequenceStart = this.sequenceEnd = 0;
    this.error = '';
    // A plain Uint8Array view (gRPC hands us a Buffer): one element kind and
    // one map on the hot path keeps V8's element loads monomorphic.
    this.#buf = buf.constructor === Uint8Array ? buf : new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
    this.#view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    this.#pos = 0;
    this.#futureAfter = now + this.#limits.futureSkewMs;
    this.#lateBefore = Math.floor(watermark / this.#limits.windowMs) * this.#limits.windowMs;
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
      const tag = this.#tag(end);
      if (tag < 0) return this.#malformed('truncated tag');
      const field = tag >>> 3;
      const wireType = tag & 7;
      if (field === 0) return this.#malformed('field number 0');
      if (field === 1) {
        if (wireType !== 2) return this.#malformed('metrics: wrong wire type');
        const length = this.#varint32(end);
        if (length < 0 || length > end - this.#pos) return this.#malformed('metrics: bad length');
        const metricEnd = this.#pos + length;
        if (++this.metrics > this.#limits.maxMetrics) return 'too_many_metrics';
        const result = this.#readMetric(this.#pos, metricEnd, now, watermark);
        if (result === kMalformed) return 'malformed';
        this.#pos = metricEnd;
      } else if (field === 2) {
        if (wireType !== 0) return this.#malformed('sequence: wrong wire type');
        this.sequenceStart = this.#pos;
        if (!this.#varint64(end)) return this.#malformed('sequence: truncated');
        this.sequenceEnd = this.#pos;
      } else if (!this.#skip(tag, end)) {
        return this.#malformed(`field ${field}: bad wire type ${wireType} or length`);
      }
    }
    return 'ok';
  }

  /**
   * Reads, validates and routes one Metric occupying `[start, end)`. Returns
   * kMalformed, the reason index of a rejection, or kAccepted. The parse
   * keeps its cursor in a local and takes the one-byte fast path for tags
   * and lengths; the helpers are only for longer varints.
   */
  #readMetric(start: number, end: number, now: number, watermark: number): number {
    const buf = this.#buf;
    const view = this.#view;
    const labels = this.#labels;
    let pos = start;
    let nameStart = -1;
    let nameEnd = -1;
    let labelCount = 0;
    let value = 0;
    let timestamp = 0;
    let kind = 0;

    while (pos < end) {
      let tag = buf[pos]!;
      if (tag < 0x80) pos++;
      else {
        this.#pos = pos;
        tag = this.#tag(end);
        if (tag < 0) return this.#fail('metric: truncated tag');
        pos = this.#pos;
      }
      if (tag === 0x12) { // labels (field 2, length-delimited)
        let length = pos < end ? buf[pos]! : -1;
        if (length >= 0 && length < 0x80) pos++;
        else { this.#pos = pos; length = this.#varint32(end); pos = this.#pos; }
        if (length < 0 || length > end - pos) return this.#fail('metric.labels: bad length');
        const labelEnd = pos + length;
        let keyStart = -1, keyEnd = -1, valueStart = 0, valueEnd = 0;
        // Fast path: `0a <len> key 12 <len> value` with one-byte lengths, the
        // way every encoder writes a Label. Anything else takes the loop.
        if (length >= 4 && buf[pos] === 0x0a && buf[pos + 1]! < 0x80) {
          const k = buf[pos + 1]!;
          const v = pos + 2 + k;
          if (v + 2 <= labelEnd && buf[v] === 0x12 && buf[v + 1]! < 0x80 && v + 2 + buf[v + 1]! === labelEnd) {
            keyStart = pos + 2; keyEnd = v;
            valueStart = v + 2; valueEnd = labelEnd;
            pos = labelEnd;
          }
        }
        while (pos < labelEnd) {
          let t = buf[pos]!;
          if (t < 0x80) pos++;
          else {
            this.#pos = pos;
            t = this.#tag(labelEnd);
            if (t < 0) return this.#fail('label: truncated tag');
            pos = this.#pos;
          }
          if (t === 0x0a || t === 0x12) {
            let n = pos < labelEnd ? buf[pos]! : -1;
            if (n >= 0 && n < 0x80) pos++;
            else { this.#pos = pos; n = this.#varint32(labelEnd); pos = this.#pos; }
            if (n < 0 || n > labelEnd - pos) return this.#fail('label: bad length');
            if (t === 0x0a) { keyStart = pos; keyEnd = pos + n; } else { valueStart = pos; valueEnd = pos + n; }
            pos += n;
          } else if ((t >>> 3) === 1 || (t >>> 3) === 2) {
            return this.#fail('label: wrong wire type');
          } else if (t < 8) {
            return this.#fail('label: field number 0');
          } else {
            this.#pos = pos;
            if (!this.#skip(t, labelEnd)) return this.#fail('label: bad field');
            pos = this.#pos;
          }
        }
        if (labelCount < kMaxLabels) {
          const s = labelCount * 4;
          labels[s] = keyStart; labels[s + 1] = keyEnd; labels[s + 2] = valueStart; labels[s + 3] = valueEnd;
        }
        labelCount++;
      } else if (tag === 0x0a) { // name
        let length = pos < end ? buf[pos]! : -1;
        if (length >= 0 && length < 0x80) pos++;
        else { this.#pos = pos; length = this.#varint32(end); pos = this.#pos; }
        if (length < 0 || length > end - pos) return this.#fail('metric.name: bad length');
        nameStart = pos;
        nameEnd = pos += length;
      } else if (tag === 0x19) { // value (double)
        if (end - pos < 8) return this.#fail('metric.value: truncated');
        value = view.getFloat64(pos, true);
        pos += 8;
      } else if (tag === 0x20) { // timestamp_ms (int64, two's complement varint)
        // Fast path: a positive timestamp of up to 49 bits (7 bytes: until
        // the year 19800) read with plain arithmetic.
        let t = 0;
        let scale = 1;
        let p = pos;
        for (; p < end && p < pos + 7; p++) {
          const b = buf[p]!;
          t += (b & 0x7f) * scale;
          scale *= 128;
          if (b < 0x80) break;
        }
        if (p < end && p < pos + 7) {
          timestamp = t;
          pos = p + 1;
          continue;
        }
        this.#pos = pos;
        if (!this.#varint64(end)) return this.#fail('metric.timestamp_ms: truncated');
        pos = this.#pos;
        const hi = this.#hi;
        timestamp = hi >= 0x80000000 ? -(((~hi >>> 0) * 0x100000000) + ((~this.#lo >>> 0) + 1)) : hi * 0x100000000 + this.#lo;
      } else if (tag === 0x28) { // kind (enum)
        const b = pos < end ? buf[pos]! : 0x80;
        if (b < 0x80) { kind = b; pos++; }
        else {
          this.#pos = pos;
          if (!this.#varint64(end)) return this.#fail('metric.kind: truncated');
          pos = this.#pos;
          kind = 0xff; // out of range either way (negative or > 127)
        }
      } else {
        const field = tag >>> 3;
        if (field === 0) return this.#fail('metric: field number 0');
        if (field >= 1 && field <= 5) return this.#fail(`metric field ${field}: wrong wire type ${tag & 7}`);
        this.#pos = pos;
        if (!this.#skip(tag, end)) return this.#fail(`metric field ${field}: bad wire type ${tag & 7} or length`);
        pos = this.#pos;
      }
    }
    if (pos !== end) return this.#fail('metric: overran its length');

    const index = this.metrics - 1;
    // ---- validation, cheapest first
    const nameLength = nameEnd - nameStart;
    if (nameStart < 0 || nameLength === 0) return this.#reject(index, kInvalidName, 'empty name');
    if (nameLength > kMaxNameBytes) return this.#reject(index, kInvalidName, `name longer than ${kMaxNameBytes} bytes`);
    if (!Number.isFinite(value)) return this.#reject(index, kInvalidValue, 'not finite');
    if (kind > 2) return this.#reject(index, kInvalidValue, `unknown kind ${kind === 0xff ? '(out of range)' : kind}`);
    if (labelCount > kMaxLabels) return this.#reject(index, kTooManyLabels, `${labelCount} labels, at most ${kMaxLabels}`);
    const labelProblem = this.#sortLabels(labelCount);
    if (labelProblem !== null) return this.#reject(index, kInvalidLabel, labelProblem);
    if (timestamp === 0) timestamp = now;
    else if (timestamp > this.#futureAfter) return this.#reject(index, kFuture, `more than ${this.#limits.futureSkewMs} ms ahead`);
    // Its window [floor(t/w)·w, +w) has closed iff it ends at or before the
    // watermark, i.e. iff t < floor(watermark/w)·w (#lateBefore, per batch).
    if (timestamp < this.#lateBefore) return this.#reject(index, kLate, 'window already closed');

    // ---- the series key's hash, fed straight from the protobuf bytes in
    // canonical order (same pieces as hashSeriesKey over a built key)
    const order = this.#order;
    hashKeyPieces(view, nameStart, nameEnd, labels, order, labelCount, this.#seed);
    let keyLength = seriesKeyLengthOfRanges(nameLength, labels, labelCount);
    let hashLo = hashOut[0]!;
    let hashHi = hashOut[1]!;
    // Name characters and label UTF-8 are checked once per series: a series
    // already admitted (same 64-bit hash of the same canonical bytes) passed
    // them when it was first seen.
    let flags = 0;
    const admission = this.#admission;
    let known = admission === null ? kSeriesNew : admission.lookup(hashLo, hashHi, kind, timestamp);
    if (known < 0) return this.#reject(index, -known - 1, admission!.detail);
    if (known === kSeriesNew) {
      if (!nameIsValid(buf, view, nameStart, nameEnd)) return this.#reject(index, kInvalidName, 'name outside [A-Za-z0-9_.:-]');
      if (!this.#labelsAreUtf8(labelCount)) return this.#reject(index, kInvalidLabel, 'label not valid UTF-8');
      if (admission !== null) {
        known = admission.admitNew(hashLo, hashHi, kind, buf, nameStart, nameEnd, timestamp);
        if (known < 0) return this.#reject(index, -known - 1, admission.detail);
        if (known !== 0) {
          // Folded into its name's overflow series: route and key by that series.
          flags = known;
          hashLo = admission.overflowHashLo;
          hashHi = admission.overflowHashHi;
          keyLength = admission.overflowKey.length;
        }
      }
    }
    const shard = shardOf(hashLo, this.#shards);

    // ---- the record, key bytes copied once, straight from the batch
    const writer = this.#writers[shard]!;
    const size = kMetricHeaderBytes + keyLength;
    writer.ensure(size);
    const out = writer.bytes;
    const outView = writer.view;
    const at = writer.length;
    let o = writeMetricHeader(outView, at, size, kind, flags, hashLo, hashHi, timestamp, value);
    if (flags !== 0) {
      const key = this.#admission!.overflowKey;
      for (let i = 0; i < key.length; i++) out[o++] = key[i]!;
    } else {
      writeSeriesKeyFromRanges(view, nameStart, nameEnd, labels, order, labelCount, outView, o);
    }
    writer.length = at + size;
    writer.records++;
    this.accepted++;
    this.acceptedByShard[shard]!++;
    return kAccepted;
  }

  /** Checks label sizes and sorts labels by key bytes into #order; null if fine. */
  #sortLabels(count: number): string | null {
    const labels = this.#labels;
    const order = this.#order;
    const buf = this.#buf;
    for (let i = 0; i < count; i++) {
      const s = i * 4;
      const keyStart = labels[s]!, keyEnd = labels[s + 1]!;
      if (keyStart < 0 || keyEnd === keyStart) return 'empty label key';
      if (keyEnd - keyStart > kMaxLabelBytes) return `label key longer than ${kMaxLabelBytes} bytes`;
      if (labels[s + 3]! - labels[s + 2]! > kMaxLabelBytes) return `label value longer than ${kMaxLabelBytes} bytes`;
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

  #labelsAreUtf8(count: number): boolean {
    const labels = this.#labels;
    const view = this.#view;
    for (let s = 0; s < count * 4; s += 4) {
      const ks = labels[s]!, ke = labels[s + 1]!, vs = labels[s + 2]!, ve = labels[s + 3]!;
      // ASCII fast path: only a byte >= 0x80 needs the full UTF-8 check.
      if (((orBytes(view, ks, ke) | orBytes(view, vs, ve)) & 0x80) !== 0 && (!isUtf8(this.#buf, ks, ke) || !isUtf8(this.#buf, vs, ve))) return false;
    }
    return true;
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

  /**
   * A tag: a varint of up to 32 bits (field numbers go up to 2^29 - 1, so a
   * tag can be as large as 2^32 - 1); -1 if truncated or wider.
   */
  #tag(end: number): number {
    const buf = this.#buf;
    let pos = this.#pos;
    let value = 0;
    for (let shift = 0; shift < 35; shift += 7) {
      if (pos >= end) return -1;
      const b = buf[pos++]!;
      value += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) {
        this.#pos = pos;
        return value <= 0xffffffff ? value : -1;
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

  /**
   * Skips an unknown field whose tag was just read; false on a bad wire type,
   * a bad length, or a group that does not end (or nests too deep).
   */
  #skip(tag: number, end: number): boolean {
    switch (tag & 7) {
      case 0: return this.#varint64(end);
      case 1: if (end - this.#pos < 8) return false; this.#pos += 8; return true;
      case 2: {
        const length = this.#varint32(end);
        if (length < 0 || length > end - this.#pos) return false;
        this.#pos += length;
        return true;
      }
      case 3: return this.#skipGroup(tag >>> 3, end);
      case 5: if (end - this.#pos < 4) return false; this.#pos += 4; return true;
      default: return false; // 4 (an end-group with no start) and 6, 7 (no such wire type)
    }
  }

  /**
   * Skips a (deprecated, proto2) group up to its end-group tag, iteratively:
   * nested groups are tracked by their field numbers, at most kMaxGroupDepth.
   */
  #skipGroup(field: number, end: number): boolean {
    const open = [field];
    while (open.length > 0) {
      const tag = this.#tag(end);
      if (tag < 0 || tag < 8) return false;
      const wireType = tag & 7;
      if (wireType === 4) {
        if (open.pop() !== tag >>> 3) return false;
      } else if (wireType === 3) {
        if (open.length >= kMaxGroupDepth) return false;
        open.push(tag >>> 3);
      } else if (!this.#skip(tag, end)) {
        return false;
      }
    }
    return true;
  }
}

const kAccepted = -1;
/** Groups nested deeper than this in an unknown field make a batch malformed. */
const kMaxGroupDepth = 64;

function nameIsValid(buf: Uint8Array, view: DataView, start: number, end: number): boolean {
  let ok = 1;
  let i = start;
  for (const last = end - 2; i <= last; i += 2) ok &= namePair[view.getUint16(i, true)]!;
  if (i < end) ok &= nameByte[buf[i]!]!;
  return ok === 1;
}
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
