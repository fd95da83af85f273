/**
 * Byte-range helpers for the hot paths, four bytes at a time through
 * DataViews (unaligned access is fine and fast in V8). They exist because
 * `dst.set(src.subarray(a, b))` allocates a view per call, and byte-by-byte
 * loops cost four times the iterations; measured in bench/decode.bench.ts.
 */

/** Copies `src[start, end)` to `dst[at…]`; returns the offset after the copy. */
export function copyBytes(src: DataView, start: number, end: number, dst: DataView, at: number): number {
  const n = end - start;
  if (n >= 4) {
    let p = start;
    for (const last = end - 4; p < last; p += 4, at += 4) dst.setUint32(at, src.getUint32(p, true), true);
    // The last word, overlapping what was already copied: no byte loop.
    const back = end - 4 - p;
    dst.setUint32(at + back, src.getUint32(end - 4, true), true);
    return at + back + 4;
  }
  for (let p = start; p < end; p++, at++) dst.setUint8(at, src.getUint8(p));
  return at;
}

/** Bitwise OR of every byte of `view[start, end)` (0x80 set = not ASCII). */
export function orBytes(view: DataView, start: number, end: number): number {
  let acc = 0;
  let p = start;
  for (const last = end - 4; p <= last; p += 4) acc |= view.getUint32(p, true);
  for (; p < end; p++) acc |= view.getUint8(p);
  return (acc | (acc >>> 8) | (acc >>> 16) | (acc >>> 24)) & 0xff;
}

/** The shard a series-key hash routes to (int32 modulus: fast and the same everywhere). */
export function shardOf(hashLo: number, shards: number): number {
  return (hashLo & 0x7fffffff) % shards;
}

/** Whether `a[aStart, +length)` and `b[bStart, +length)` hold the same bytes. */
export function equalBytes(a: DataView, aStart: number, b: DataView, bStart: number, length: number): boolean {
  if (length >= 4) {
    let i = 0;
    for (const last = length - 4; i < last; i += 4) if (a.getInt32(aStart + i, true) !== b.getInt32(bStart + i, true)) return false;
    return a.getInt32(aStart + length - 4, true) === b.getInt32(bStart + length - 4, true);
  }
  for (let i = 0; i < length; i++) if (a.getUint8(aStart + i) !== b.getUint8(bStart + i)) return false;
  return true;
}
