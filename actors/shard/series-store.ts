/**
 * A shard's interned series: one dense index per series, found by the key
 * hash the ingest computed and confirmed by comparing the key bytes. Keys live
 * in one byte arena; per-series fields are typed arrays (no object per
 * series).
 *
 * Eviction is two-step so that a window never holds two entries for one
 * series: `markEvicted` only flags the series; it is really removed when its
 * last open window has closed (`release`). A metric for a flagged series
 * revives it.
 */
import { HashSlots, grown } from '../../collections/hash-slots.js';
import { equalBytes } from '../../wire/bytes.js';
import { hash32, kNameHashSeed } from '../../wire/hash.js';

export class SeriesStore {
  hashLo: Int32Array;
  hashHi: Int32Array;
  nameHash: Uint32Array;
  kind: Uint8Array;
  flags: Uint16Array;
  keyOffset: Int32Array;
  keyLength: Uint16Array;
  /** Open windows (all resolutions) holding an accumulator of the series. */
  openWindows: Uint16Array;
  evicted: Uint8Array;
  /** Key bytes of all series, back to back. */
  keys: Uint8Array;
  #keysView: DataView;
  #keysUsed = 0;
  #keysDead = 0;

  readonly #slots = new HashSlots(2048);
  readonly #hashOf = (index: number): number => this.hashLo[index]!;
  #count = 0;
  #free: number[] = [];
  #live = 0;

  constructor(initialSeries = 1024) {
    this.hashLo = new Int32Array(initialSeries);
    this.hashHi = new Int32Array(initialSeries);
    this.nameHash = new Uint32Array(initialSeries);
    this.kind = new Uint8Array(initialSeries);
    this.flags = new Uint16Array(initialSeries);
    this.keyOffset = new Int32Array(initialSeries);
    this.keyLength = new Uint16Array(initialSeries);
    this.openWindows = new Uint16Array(initialSeries);
    this.evicted = new Uint8Array(initialSeries);
    this.keys = new Uint8Array(initialSeries * 64);
    this.#keysView = new DataView(this.keys.buffer);
  }

  /** Live series. */
  get size(): number {
    return this.#live;
  }

  /** Index capacity: per-series arrays elsewhere must be at least this long. */
  get capacity(): number {
    return this.hashLo.length;
  }

  /** Bytes held by this store (for the memory bench). */
  get byteLength(): number {
    return this.capacity * (4 + 4 + 4 + 1 + 2 + 4 + 2 + 2 + 1) + this.keys.byteLength + this.#slots.byteLength;
  }

  /**
   * The index of the series with this hash and key (`src[keyStart, keyStart +
   * keyLength)`, `srcView` a DataView on the same bytes), interning it if new. `onGrow` is called before the index
   * capacity grows, with the new capacity.
   */
  intern(hashLo: number, hashHi: number, src: Uint8Array, srcView: DataView, keyStart: number, keyLength: number,
    kind: number, flags: number, onGrow: (capacity: number) => void): number {
    const slots = this.#slots;
    let slot = slots.home(hashLo);
    for (;; slot = slots.next(slot)) {
      const index = slots.entryAt(slot);
      if (index < 0) break;
      if (this.hashLo[index] === (hashLo | 0) && this.hashHi[index] === (hashHi | 0) && this.#sameKey(index, srcView, keyStart, keyLength)) {
        if (this.evicted[index] === 1) this.evicted[index] = 0;
        return index;
      }
    }
    let index: number;
    if (this.#free.length > 0) index = this.#free.pop()!;
    else {
      if (this.#count === this.capacity) {
        const capacity = Math.ceil(this.capacity * 1.5);
        onGrow(capacity);
        this.#grow(capacity);
      }
      index = this.#count++;
    }
    this.hashLo[index] = hashLo;
    this.hashHi[index] = hashHi;
    this.kind[index] = kind;
    this.flags[index] = flags;
    this.openWindows[index] = 0;
    this.evicted[index] = 0;
    this.#storeKey(index, src, keyStart, keyLength);
    const nameLength = this.keys[this.keyOffset[index]!]! | (this.keys[this.keyOffset[index]! + 1]! << 8);
    const nameStart = this.keyOffset[index]! + 2;
    this.nameHash[index] = hash32(this.#keysView, nameStart, nameStart + nameLength, kNameHashSeed);
    slots.insertAt(slot, index, this.#hashOf);
    this.#live++;
    return index;
  }

  /** Flags every series with this hash for removal once its windows close. */
  markEvicted(hashLo: number, hashHi: number): void {
    const slots = this.#slots;
    for (let slot = slots.home(hashLo); ; slot = slots.next(slot)) {
      const index = slots.entryAt(slot);
      if (index < 0) return;
      if (this.hashLo[index] === (hashLo | 0) && this.hashHi[index] === (hashHi | 0)) {
        this.evicted[index] = 1;
        if (this.openWindows[index] === 0) {
          this.#remove(index);
          return; // the table shifted: a colliding twin, if any, stays (harmless)
        }
      }
    }
  }

  /** One open window of the series has closed. */
  release(index: number): void {
    if (--this.openWindows[index]! === 0 && this.evicted[index] === 1) this.#remove(index);
  }

  #remove(index: number): void {
    this.#slots.remove(index, this.#hashOf);
    this.#keysDead += this.keyLength[index]!;
    this.evicted[index] = 0;
    this.#free.push(index);
    this.#live--;
  }

  #sameKey(index: number, src: DataView, start: number, length: number): boolean {
    return this.keyLength[index] === length && equalBytes(this.#keysView, this.keyOffset[index]!, src, start, length);
  }

  #storeKey(index: number, src: Uint8Array, start: number, length: number): void {
    if (this.#keysUsed + length > this.keys.length) this.#makeKeyRoom(length);
    const keys = this.keys;
    const offset = this.#keysUsed;
    for (let i = 0; i < length; i++) keys[offset + i] = src[start + i]!;
    this.keyOffset[index] = offset;
    this.keyLength[index] = length;
    this.#keysUsed += length;
  }

  /** Compacts the arena when half of it is dead keys, else doubles it. */
  #makeKeyRoom(length: number): void {
    const needed = this.#keysUsed - this.#keysDead + length;
    // Compact in place when half the arena is dead keys; otherwise grow by
    // half (doubling left up to half the arena empty: 140 B per 65 B key).
    const size = this.#keysDead * 2 >= this.#keysUsed && needed <= this.keys.length
      ? this.keys.length
      : Math.max(Math.ceil(this.keys.length * 1.5), needed + 4096);
    const next = new Uint8Array(size);
    let used = 0;
    const freed = new Set(this.#free);
    for (let index = 0; index < this.#count; index++) {
      if (freed.has(index)) continue;
      const offset = this.keyOffset[index]!;
      const n = this.keyLength[index]!;
      next.set(this.keys.subarray(offset, offset + n), used);
      this.keyOffset[index] = used;
      used += n;
    }
    this.keys = next;
    this.#keysView = new DataView(next.buffer);
    this.#keysUsed = used;
    this.#keysDead = 0;
  }

  #grow(capacity: number): void {
    this.hashLo = grown(this.hashLo, capacity);
    this.hashHi = grown(this.hashHi, capacity);
    this.nameHash = grown(this.nameHash, capacity);
    this.kind = grown(this.kind, capacity);
    this.flags = grown(this.flags, capacity);
    this.keyOffset = grown(this.keyOffset, capacity);
    this.keyLength = grown(this.keyLength, capacity);
    this.openWindows = grown(this.openWindows, capacity);
    this.evicted = grown(this.evicted, capacity);
  }
}
