/**
 * The canonical series key: the bytes that identify a series everywhere
 * inside Sluice (mailbox records, window records, the bus). Labels are sorted
 * by key bytes, so one series has exactly one key whatever order a producer
 * sent its labels in.
 *
 *   u16 nameLength, name bytes, u8 labelCount,
 *   labelCount × (u16 keyLength, key bytes, u16 valueLength, value bytes)
 *
 * Every length is explicit, so two different series never share a key.
 */
import { copyBytes } from './bytes.js';

/** Encodes a key from strings (slow path: tests, tools, overflow series). */
export function encodeSeriesKey(name: string, labels: Readonly<Record<string, string>>): Uint8Array {
  const encoder = new TextEncoder();
  const parts: Array<[Uint8Array, Uint8Array]> = Object.entries(labels)
    .map(([k, v]) => [encoder.encode(k), encoder.encode(v)] as [Uint8Array, Uint8Array])
    .sort((a, b) => compareBytes(a[0], 0, a[0].length, b[0], 0, b[0].length));
  const nameBytes = encoder.encode(name);
  let size = 2 + nameBytes.length + 1;
  for (const [k, v] of parts) size += 4 + k.length + v.length;
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  let pos = 0;
  view.setUint16(pos, nameBytes.length, true); pos += 2;
  out.set(nameBytes, pos); pos += nameBytes.length;
  out[pos++] = parts.length;
  for (const [k, v] of parts) {
    view.setUint16(pos, k.length, true); pos += 2;
    out.set(k, pos); pos += k.length;
    view.setUint16(pos, v.length, true); pos += 2;
    out.set(v, pos); pos += v.length;
  }
  return out;
}

/**
 * Byte length of the key of a name of `nameLength` bytes and `labelCount`
 * labels given as byte ranges (`ranges[4i…4i+3]`: key start, key end, value
 * start, value end, in some source buffer).
 */
export function seriesKeyLengthOfRanges(nameLength: number, ranges: Int32Array, labelCount: number): number {
  let length = 2 + nameLength + 1;
  for (let s = 0, end = labelCount * 4; s < end; s += 4) length += 4 + (ranges[s + 1]! - ranges[s]!) + (ranges[s + 3]! - ranges[s + 2]!);
  return length;
}

/**
 * Writes the key straight from byte ranges of `src` (the decoder's batch:
 * no string is made) into `out` at `at`, labels in `order` (already sorted
 * by key bytes); returns the offset after the key.
 */
export function writeSeriesKeyFromRanges(src: DataView, nameStart: number, nameEnd: number, ranges: Int32Array,
  order: Int32Array, labelCount: number, out: DataView, at: number): number {
  out.setUint16(at, nameEnd - nameStart, true);
  let o = copyBytes(src, nameStart, nameEnd, out, at + 2);
  out.setUint8(o++, labelCount);
  for (let n = 0; n < labelCount; n++) {
    const s = order[n]! * 4;
    const ks = ranges[s]!, ke = ranges[s + 1]!, vs = ranges[s + 2]!, ve = ranges[s + 3]!;
    out.setUint16(o, ke - ks, true);
    o = copyBytes(src, ks, ke, out, o + 2);
    out.setUint16(o, ve - vs, true);
    o = copyBytes(src, vs, ve, out, o + 2);
  }
  return o;
}

export interface DecodedSeriesKey {
  name: string;
  labels: Record<string, string>;
}

const decoder = new TextDecoder();

/** Decodes the key at `bytes[offset…]` (once per series, not per metric). */
export function decodeSeriesKey(bytes: Uint8Array, offset: number): DecodedSeriesKey {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let pos = offset;
  const nameLength = view.getUint16(pos, true); pos += 2;
  const name = decoder.decode(bytes.subarray(pos, pos + nameLength)); pos += nameLength;
  const count = bytes[pos++]!;
  // No prototype: a label key `__proto__` (valid at ingest) must be an own key, not a prototype swap.
  const labels: Record<string, string> = Object.create(null) as Record<string, string>;
  for (let i = 0; i < count; i++) {
    const kl = view.getUint16(pos, true); pos += 2;
    const k = decoder.decode(bytes.subarray(pos, pos + kl)); pos += kl;
    const vl = view.getUint16(pos, true); pos += 2;
    labels[k] = decoder.decode(bytes.subarray(pos, pos + vl)); pos += vl;
  }
  return { name, labels };
}

/** Where the name bytes of the key at `bytes[offset]` start and end. */
export function seriesKeyNameStart(offset: number): number {
  return offset + 2;
}

export function seriesKeyNameEnd(bytes: Uint8Array, offset: number): number {
  return offset + 2 + (bytes[offset]! | (bytes[offset + 1]! << 8));
}

/** Byte length of the key starting at `bytes[offset]`. */
export function seriesKeyLength(bytes: Uint8Array, offset: number): number {
  let pos = offset;
  pos += 2 + (bytes[pos]! | (bytes[pos + 1]! << 8));
  const count = bytes[pos++]!;
  for (let i = 0; i < count; i++) {
    pos += 2 + (bytes[pos]! | (bytes[pos + 1]! << 8));
    pos += 2 + (bytes[pos]! | (bytes[pos + 1]! << 8));
  }
  return pos - offset;
}

/** memcmp: negative, zero or positive, like Buffer.compare. */
export function compareBytes(a: Uint8Array, aStart: number, aEnd: number, b: Uint8Array, bStart: number, bEnd: number): number {
  const n = Math.min(aEnd - aStart, bEnd - bStart);
  for (let i = 0; i < n; i++) {
    const d = a[aStart + i]! - b[bStart + i]!;
    if (d !== 0) return d;
  }
  return (aEnd - aStart) - (bEnd - bStart);
}
