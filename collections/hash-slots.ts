/**
 * The slot array of an open-addressing hash table with linear probing, for
 * tables whose entries live in the caller's own typed arrays (struct of
 * arrays, no object per entry). A slot holds `entry + 1`; 0 is empty.
 *
 * The caller probes inline on the hot path:
 *
 *     for (let s = slots.home(h); ; s = slots.next(s)) {
 *       const e = slots.entryAt(s);
 *       if (e < 0) { slots.insertAt(s, newEntry, hashOf); break; }
 *       if (matches(e)) { …; break; }
 *     }
 *
 * and supplies `hashOf(entry)` for the rare work: growing and deleting.
 * Deletion shifts later entries back (no tombstones), so probe chains stay
 * as short as the load factor (kept at or under one half) allows.
 */
export class HashSlots {
  #slots: Int32Array;
  #mask: number;
  #size = 0;

  constructor(initialSlots = 1024) {
    let n = 16;
    while (n < initialSlots) n *= 2;
    this.#slots = new Int32Array(n);
    this.#mask = n - 1;
  }

  get size(): number {
    return this.#size;
  }

  /** Bytes held by the slot array. */
  get byteLength(): number {
    return this.#slots.byteLength;
  }

  home(hash: number): number {
    return hash & this.#mask;
  }

  next(slot: number): number {
    return (slot + 1) & this.#mask;
  }

  /** The entry in `slot`, or -1 if it is empty. */
  entryAt(slot: number): number {
    return this.#slots[slot]! - 1;
  }

  /** Puts `entry` into the empty `slot` found by probing; may grow the table. */
  insertAt(slot: number, entry: number, hashOf: (entry: number) => number): void {
    this.#slots[slot] = entry + 1;
    this.#size++;
    if (this.#size * 2 > this.#slots.length) this.#rehash(this.#slots.length * 2, hashOf);
  }

  /** Removes `entry`, whose hash is `hashOf(entry)`. No-op if absent. */
  remove(entry: number, hashOf: (entry: number) => number): void {
    const slots = this.#slots;
    const mask = this.#mask;
    let i = hashOf(entry) & mask;
    for (;;) {
      const e = slots[i]!;
      if (e === 0) return;
      if (e === entry + 1) break;
      i = (i + 1) & mask;
    }
    this.#size--;
    let j = i;
    for (;;) {
      slots[i] = 0;
      for (;;) {
        j = (j + 1) & mask;
        const e = slots[j]!;
        if (e === 0) return;
        const home = hashOf(e - 1) & mask;
        // The entry at j may move back to i unless its home lies cyclically in (i, j].
        const stays = i <= j ? home > i && home <= j : home > i || home <= j;
        if (!stays) break;
      }
      slots[i] = slots[j]!;
      i = j;
    }
  }

  #rehash(size: number, hashOf: (entry: number) => number): void {
    const old = this.#slots;
    const slots = new Int32Array(size);
    const mask = size - 1;
    for (let s = 0; s < old.length; s++) {
      const e = old[s]!;
      if (e === 0) continue;
      let i = hashOf(e - 1) & mask;
      while (slots[i] !== 0) i = (i + 1) & mask;
      slots[i] = e;
    }
    this.#slots = slots;
    this.#mask = mask;
  }
}

/** Returns a copy of `a` with room for `n` elements. */
export function grown<T extends Int32Array | Uint32Array | Uint16Array | Uint8Array | Float64Array>(a: T, n: number): T {
  const b = new (a.constructor as new (n: number) => T)(n);
  b.set(a);
  return b;
}
