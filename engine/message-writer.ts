import type { Ring } from './ring.js';

/**
 * A growable little-endian byte buffer that stages length-prefixed records
 * before they go into a ring, so a thread can build many records with plain
 * (non-shared) writes and publish them with one copy.
 *
 * A record is `u32 totalLength` followed by its fields; `begin()` reserves the
 * length and `end()` fills it in. `flushTo()` pushes whole records only, in
 * messages no larger than the ring allows, so a reader never sees half of one.
 */
export class MessageWriter {
  bytes: Uint8Array;
  view: DataView;
  /** Bytes staged so far. */
  length = 0;
  /** Records staged so far (since the last reset). */
  records = 0;
  /** Staged bytes already pushed by a partial `flushTo`. */
  #flushed = 0;
  /**
   * Optional: hands staged records on early (e.g. a non-blocking push into a
   * ring), so a long burst of output does not have to sit in this buffer.
   * Called by `spillIfLarge` only, which the writer's user calls between
   * records.
   */
  spill: (() => void) | null = null;
  spillBytes = 1024 * 1024;

  constructor(initialBytes = 64 * 1024) {
    this.bytes = new Uint8Array(initialBytes);
    this.view = new DataView(this.bytes.buffer);
  }

  ensure(extra: number): void {
    const needed = this.length + extra;
    if (needed <= this.bytes.length) return;
    let size = this.bytes.length * 2;
    while (size < needed) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
    this.view = new DataView(grown.buffer);
  }

  /** Starts a record; returns its start offset for `end()`. */
  begin(): number {
    this.ensure(4);
    const start = this.length;
    this.length += 4;
    return start;
  }

  end(start: number): void {
    this.view.setUint32(start, this.length - start, true);
    this.records++;
  }

  /** Drops the record begun at `start` and everything after it. */
  rollback(start: number): void {
    this.length = start;
  }

  u8(value: number): void {
    this.ensure(1);
    this.bytes[this.length++] = value;
  }

  u16(value: number): void {
    this.ensure(2);
    this.view.setUint16(this.length, value, true);
    this.length += 2;
  }

  u32(value: number): void {
    this.ensure(4);
    this.view.setUint32(this.length, value, true);
    this.length += 4;
  }

  f64(value: number): void {
    this.ensure(8);
    this.view.setFloat64(this.length, value, true);
    this.length += 8;
  }

  copy(src: Uint8Array, start: number, end: number): void {
    const n = end - start;
    this.ensure(n);
    this.bytes.set(src.subarray(start, end), this.length);
    this.length += n;
  }

  /** At a record boundary: spills if more than `spillBytes` are staged. */
  spillIfLarge(): void {
    if (this.length - this.#flushed > this.spillBytes && this.spill !== null) this.spill();
  }

  /** Staged bytes not yet pushed. */
  pending(): number {
    return this.length - this.#flushed;
  }

  reset(): void {
    this.length = 0;
    this.records = 0;
    this.#flushed = 0;
  }

  /**
   * Pushes staged records into `ring`, as many messages of whole records as
   * fit now. Returns true when everything was pushed (and the writer reset),
   * false when the ring is full; call again once it has room. `wake`:
   * 'now' wakes a sleeping consumer, 'lazy' pushes with `Ring.tryPushLazy`.
   */
  flushTo(ring: Ring, maxMessage = ring.maxPayload, wake: 'now' | 'lazy' = 'now'): boolean {
    const limit = Math.min(maxMessage, ring.maxPayload);
    while (this.#flushed < this.length) {
      let end = this.#flushed;
      // Gather whole records up to the message limit (a single record larger
      // than the limit is a bug in the caller: records are small).
      while (end < this.length) {
        const size = this.view.getUint32(end, true);
        if (end + size - this.#flushed > limit) break;
        end += size;
      }
      if (end === this.#flushed) throw new Error(`record of ${this.view.getUint32(end, true)} bytes exceeds message limit ${limit}`);
      const pushed = wake === 'now'
        ? ring.tryPush(this.bytes, this.#flushed, end - this.#flushed)
        : ring.tryPushLazy(this.bytes, this.#flushed, end - this.#flushed);
      if (!pushed) return false;
      this.#flushed = end;
    }
    this.reset();
    return true;
  }

  /** Size of the next message `flushTo` would try to push. */
  nextMessageBytes(ring: Ring, maxMessage = ring.maxPayload): number {
    const limit = Math.min(maxMessage, ring.maxPayload);
    let end = this.#flushed;
    while (end < this.length) {
      const size = this.view.getUint32(end, true);
      if (end + size - this.#flushed > limit) break;
      end += size;
    }
    return end - this.#flushed;
  }
}
