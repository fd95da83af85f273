/**
 * A fast non-cryptographic 64-bit hash (two 32-bit lanes, cyrb53-style
 * finalizer) over a byte range, read four bytes at a time. It never allocates:
 * the two halves land in `hashOut`.
 *
 * The seed is random per process (see `randomSeed`), so a producer cannot
 * pick series names that collide on purpose; routing is per process anyway.
 */
export const hashOut = new Uint32Array(2);

export function hash64(view: DataView, start: number, end: number, seed: number): void {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  let p = start;
  for (const last = end - 4; p <= last; p += 4) {
    const k = view.getUint32(p, true);
    h1 = Math.imul(h1 ^ k, 2654435761);
    h1 = (h1 << 13) | (h1 >>> 19);
    h2 = Math.imul(h2 ^ k, 1597334677);
    h2 = (h2 << 17) | (h2 >>> 15);
  }
  for (; p < end; p++) {
    const b = view.getUint8(p);
    h1 = Math.imul(h1 ^ b, 2654435761);
    h2 = Math.imul(h2 ^ b, 1597334677);
  }
  h1 ^= end - start;
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  hashOut[0] = h1;
  hashOut[1] = h2;
}

/** 32-bit hash of a byte range (names, topics). */
export function hash32(view: DataView, start: number, end: number, seed: number): number {
  hash64(view, start, end, seed);
  return hashOut[0]!;
}

export function randomSeed(): number {
  return (Math.random() * 0x100000000) >>> 0;
}
