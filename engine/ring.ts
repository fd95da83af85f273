/**
 * A single-producer, single-consumer ring of variable-length messages over a
 * SharedArrayBuffer.
 *
 * One thread owns the producer side (`tryPush`), one thread owns the consumer
 * side (`drain`). Neither ever blocks: both return what they could do, and
 * the caller decides whether to wait (`waitForSpace` / `waitForData`, built on
 * `Atomics.waitAsync`, so an idle side costs no CPU).
 *
 * Layout (one SharedArrayBuffer):
 *   bytes [0, 128)   header, Int32 slots named below; the write and read
 *                    indices sit on different 64-byte cache lines so the two
 *                    threads do not false-share.
 *   bytes [128, …)   data, `capacity` bytes, a power of two.
 *
 * A message is a 4-byte little-endian length, then the payload, padded to a
 * multiple of 4 so the next length never straddles the end of the data. A
 * payload may wrap around the end; `drain` copies it out linearly.
 *
 * The indices are free-running unsigned 32-bit byte counters (stored in Int32
 * slots, read with `>>> 0`); `write - read` is the number of bytes in use.
 * The producer publishes with `Atomics.store(kWriteIndex)` after the bytes are
 * written; the consumer copies messages out, then publishes
 * `Atomics.store(kReadIndex)`. Atomics are sequentially consistent in JS, so
 * the plain byte writes before a store are visible after the matching load.
 */

import { SluiceError } from '../catalogue/errors.js';

/** Int32 slot indices in the header. */
const kWriteIndex = 0;
/** Set by the consumer before it sleeps, cleared by the producer's notify. */
const kConsumerWaiting = 1;
/** Set by the producer's `close()`: no more messages will come. */
const kClosed = 2;
const kReadIndex = 16;
/** Set by the producer before it sleeps waiting for space. */
const kProducerWaiting = 17;

const kHeaderBytes = 128;
const kLengthBytes = 4;

/** Result of a non-blocking wait: the caller should check the ring again. */
type Wake = Promise<unknown> | null;

/**
 * Every wait is `Atomics.waitAsync` raced against a plain libuv timer:
 *
 * - a pending `Atomics.waitAsync` does not keep Node's event loop alive
 *   (nodejs/node#44729), so a thread whose only work is waiting would exit;
 * - on Node 20 a notify can be lost: under CPU contention we saw
 *   `Atomics.notify` remove the waiter (a second notify woke 0 waiters) while
 *   the waiter's promise never resolved — the resolve task posted across
 *   threads never ran (14 of 25 runs of a 1M-record cross-thread test hung
 *   with two busy processes competing for the 2 cores; see
 *   engine/README.md).
 *
 * The timer bounds what a lost wake-up costs, and its ladder follows the
 * data rather than the clock. A side's first re-check after progress comes
 * after ten times as long as it last had to wait for that progress (at
 * least 1 ms, at most 1 s), then the delay doubles while it keeps finding
 * nothing, up to 1 s. So a busy ring (messages every millisecond) still pays
 * about 10 ms for a lost notify; a ring fed at a steady period (every 50 ms,
 * or a watermark every 100 ms) is woken by its notifies, not by the timer
 * racing them; an idle side wakes once a second. A lost notify costs at most
 * about 10 times as long as the ring had been quiet before the message, and
 * never more than 1 s.
 *
 * Why ten and not less: Node never disarms the libuv timer behind a cleared
 * `setTimeout`; it still wakes the thread when it falls due, finds nothing,
 * and re-arms for the next timer. A re-check of 1.5 periods, cleared by the
 * next notify, so woke the thread half a period after it: two wake-ups per
 * message (a shard fed a watermark every 100 ms slept 20 times a second).
 * At ten periods the cleared timers are replaced long before they fall due,
 * and libuv's one timer fires about once per nine periods. Messages pushed with
 * `tryPushLazy` are not progress a consumer waited for (no one woke it):
 * a re-check that finds only those keeps doubling. `lostWakeups` counts the
 * re-checks that found a message the other side had notified about (see
 * engine/README.md).
 */
const kMinRecheckMs = 1;
const kMaxRecheckMs = 1000;
/** First re-check after progress, as a multiple of how long that progress took to come. */
const kRecheckFactor = 10;
/** See `tryPushLazy`: at most this much waits unseen by a sleeping consumer. */
const kLazyWakeBytes = 64 * 1024;

/** The first re-check delay after a side waited `waitedMs` for progress. */
function firstRecheck(waitedMs: number): number {
  return Math.min(kMaxRecheckMs, Math.max(kMinRecheckMs, Math.round(waitedMs * kRecheckFactor)));
}

/**
 * One side's pending `Atomics.waitAsync`, kept across waits. It is started
 * with no timeout: on Node 20 a finite timeout is a V8 delayed task, which
 * wakes the thread when it falls due even if a notify already resolved the
 * wait (measured: ~1.9 wake-ups per notified wait with a 1 s timeout, 1.1
 * without). The re-check timer bounds each wait instead; when it fires the
 * waiter stays registered for the next wait, so waiters never pile up, and
 * only the current wait listens to it (no reaction per wait left on it).
 */
class PendingWait {
  settled = false;
  #listener: ((how: unknown) => void) | null = null;

  constructor(promise: Promise<unknown>) {
    void promise.then((how) => {
      this.settled = true;
      const listener = this.#listener;
      this.#listener = null;
      listener?.(how);
    });
  }

  /** Resolves with 'ok' when a notify reaches the waiter, or 'recheck' after `ms`. */
  wait(ms: number): Promise<unknown> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => { this.#listener = null; resolve('recheck'); }, ms);
      this.#listener = (how) => { clearTimeout(timer); resolve(how); };
    });
  }
}

export class RingError extends SluiceError {
  constructor(code: 'ERR_SLUICE_RING_CAPACITY' | 'ERR_SLUICE_RING_STORAGE' | 'ERR_SLUICE_RING_MESSAGE_TOO_LARGE', message: string) {
    super(code, message);
  }
}

/** Bytes a message of `payloadBytes` occupies in the ring, framing included. */
export function framedSize(payloadBytes: number): number {
  return kLengthBytes + ((payloadBytes + 3) & ~3);
}

/**
 * Allocates the shared storage for a ring with at least `capacity` data bytes
 * (rounded up to a power of two, minimum 64). Pass the returned buffer to
 * `new Ring()` on each side, in whichever thread.
 */
export function allocateRing(capacity: number): SharedArrayBuffer {
  if (!Number.isInteger(capacity) || capacity < 1 || capacity > 2 ** 30) {
    throw new RingError('ERR_SLUICE_RING_CAPACITY', `ring capacity must be an integer in [1, 2^30], got ${capacity}`);
  }
  let size = 64;
  while (size < capacity) size *= 2;
  return new SharedArrayBuffer(kHeaderBytes + size);
}

export class Ring {
  readonly storage: SharedArrayBuffer;
  readonly capacity: number;
  /** The largest payload a single message can carry. */
  readonly maxPayload: number;
  readonly #header: Int32Array;
  readonly #data: Uint8Array;
  readonly #dataView: DataView;
  readonly #mask: number;
  /** Consumer-side scratch that messages are copied into; grows on demand. */
  #scratch: Uint8Array = new Uint8Array(0);
  /** Current re-check delay of each side (see `PendingWait`). */
  #producerRecheckMs = kMinRecheckMs;
  #consumerRecheckMs = kMinRecheckMs;
  /** When each side began waiting for progress (NaN: it has not waited since). */
  #producerWaitingSince = Number.NaN;
  #consumerWaitingSince = Number.NaN;
  #lostWakeups = 0;
  /** Each side's pending `Atomics.waitAsync`, reused until a notify settles it. */
  #producerWait: PendingWait | null = null;
  #consumerWait: PendingWait | null = null;
  /** A lazy push wakes a sleeping consumer only once this many bytes wait. */
  readonly lazyWakeBytes: number;

  constructor(storage: SharedArrayBuffer) {
    const capacity = storage.byteLength - kHeaderBytes;
    if (capacity < 64 || (capacity & (capacity - 1)) !== 0) {
      throw new RingError('ERR_SLUICE_RING_STORAGE', 'ring storage must come from allocateRing()');
    }
    this.storage = storage;
    this.capacity = capacity;
    this.maxPayload = capacity - kLengthBytes;
    this.#header = new Int32Array(storage, 0, kHeaderBytes / 4);
    this.#data = new Uint8Array(storage, kHeaderBytes, capacity);
    this.#dataView = new DataView(storage, kHeaderBytes, capacity);
    this.#mask = capacity - 1;
    this.lazyWakeBytes = Math.min(kLazyWakeBytes, capacity / 4);
  }

  // ---------------------------------------------------------------- queries

  /**
   * Bytes in use, framing included. Exact when called by either side while
   * the other is idle; otherwise a snapshot that may already be stale: the
   * producer sees at most this much in use (the consumer can only free more),
   * the consumer sees at least this much (the producer can only add more).
   */
  usedBytes(): number {
    return (Atomics.load(this.#header, kWriteIndex) - Atomics.load(this.#header, kReadIndex)) >>> 0;
  }

  /**
   * Whether a message with `payloadBytes` fits now. Called by the producer the
   * answer stays true until it pushes (the consumer can only free space).
   */
  hasRoomFor(payloadBytes: number): boolean {
    return framedSize(payloadBytes) <= this.capacity - this.usedBytes();
  }

  /**
   * Re-checks (on this side's `Ring` object) that found progress the other
   * side had notified about: notifies lost, or that raced the re-check timer.
   */
  get lostWakeups(): number {
    return this.#lostWakeups;
  }

  /** Whether the producer has closed the ring. Once true, stays true. */
  isClosed(): boolean {
    return Atomics.load(this.#header, kClosed) === 1;
  }

  // --------------------------------------------------------------- producer

  /**
   * Appends one message holding `src[offset, offset + length)` and wakes the
   * consumer if it sleeps. Returns false, and changes nothing, when there is
   * not room for all of it. Producer only.
   */
  tryPush(src: Uint8Array, offset = 0, length = src.length - offset): boolean {
    return this.#push(src, offset, length, true);
  }

  /**
   * Like `tryPush`, but leaves a sleeping consumer asleep until
   * `lazyWakeBytes` are waiting or the producer calls `notifyConsumer()` (or
   * pushes with `tryPush`). For messages the consumer need not see at once:
   * a shard has nothing to say about its metrics until a watermark comes, so
   * a trickle of batches costs the shard one wake-up per watermark instead
   * of one per batch, and the producer no notify per batch. Producer only.
   */
  tryPushLazy(src: Uint8Array, offset = 0, length = src.length - offset): boolean {
    return this.#push(src, offset, length, false);
  }

  /** Wakes the consumer if it sleeps (or is about to). Producer only. */
  notifyConsumer(): void {
    const header = this.#header;
    if (Atomics.load(header, kConsumerWaiting) === 1) {
      Atomics.store(header, kConsumerWaiting, 0);
      Atomics.notify(header, kWriteIndex);
    }
  }

  #push(src: Uint8Array, offset: number, length: number, wake: boolean): boolean {
    if (length > this.maxPayload) {
      throw new RingError('ERR_SLUICE_RING_MESSAGE_TOO_LARGE', `message of ${length} bytes exceeds ring payload limit ${this.maxPayload}`);
    }
    const header = this.#header;
    const write = Atomics.load(header, kWriteIndex) >>> 0;
    const read = Atomics.load(header, kReadIndex) >>> 0;
    const framed = framedSize(length);
    if (framed > this.capacity - ((write - read) >>> 0)) return false;

    const mask = this.#mask;
    const at = write & mask;
    this.#dataView.setUint32(at, length, true);
    const start = (at + kLengthBytes) & mask;
    const firstPart = Math.min(length, this.capacity - start);
    this.#data.set(src.subarray(offset, offset + firstPart), start);
    if (firstPart < length) this.#data.set(src.subarray(offset + firstPart, offset + length), 0);

    Atomics.store(header, kWriteIndex, (write + framed) | 0);
    if (!Number.isNaN(this.#producerWaitingSince)) {
      this.#producerRecheckMs = firstRecheck(performance.now() - this.#producerWaitingSince);
      this.#producerWaitingSince = Number.NaN;
    }
    if (wake || ((write + framed - read) >>> 0) >= this.lazyWakeBytes) this.notifyConsumer();
    return true;
  }

  /**
   * Resolves once at least `payloadBytes` could be pushed (or immediately if
   * they can now). Producer only. Spurious wake-ups are possible: check
   * `hasRoomFor` again.
   */
  waitForSpace(payloadBytes: number, timeoutMs = Infinity): Promise<unknown> {
    return this.#waitForSpace(payloadBytes, timeoutMs) ?? Promise.resolve();
  }

  #waitForSpace(payloadBytes: number, timeoutMs: number): Wake {
    const header = this.#header;
    const read = Atomics.load(header, kReadIndex);
    Atomics.store(header, kProducerWaiting, 1);
    // Re-check after announcing: the consumer either sees the flag or we see
    // its new read index (both sides use sequentially consistent atomics).
    if (this.hasRoomFor(payloadBytes)) {
      Atomics.store(header, kProducerWaiting, 0);
      return null;
    }
    const ms = Math.min(timeoutMs, this.#producerRecheckMs);
    this.#producerRecheckMs = Math.min(kMaxRecheckMs, this.#producerRecheckMs * 2);
    let pending = this.#producerWait;
    if (pending === null || pending.settled) {
      const result = Atomics.waitAsync(header, kReadIndex, read);
      if (!result.async) return null;
      pending = this.#producerWait = new PendingWait(result.value);
    }
    if (Number.isNaN(this.#producerWaitingSince)) this.#producerWaitingSince = performance.now();
    // The consumer clears the flag when it notifies: a re-check that finds it
    // cleared found a notify that has not reached this side (lost, or still
    // in flight): that waiter is not reused, and if room was made, counted.
    return pending.wait(ms).then((how) => {
      if (how !== 'ok' && Atomics.load(header, kProducerWaiting) === 0) {
        if (this.#producerWait === pending) this.#producerWait = null;
        if (this.hasRoomFor(payloadBytes)) this.#lostWakeups++;
      }
      return how;
    });
  }

  /** Marks the end of the stream and wakes the consumer. Producer only. */
  close(): void {
    Atomics.store(this.#header, kClosed, 1);
    Atomics.notify(this.#header, kWriteIndex);
  }

  // --------------------------------------------------------------- consumer

  /**
   * Hands every message available now to `onMessage`, in order, and returns
   * how many there were. Consumer only.
   *
   * The messages are first copied out and the read index published, so the
   * producer can reuse the space while they are being handled; each view
   * passed to `onMessage` is valid only until the next `drain`.
   * `maxBytes` bounds how much is taken at once (framing included).
   */
  drain(onMessage: (message: Uint8Array) => void, maxBytes = this.capacity): number {
    const header = this.#header;
    const read = Atomics.load(header, kReadIndex) >>> 0;
    const write = Atomics.load(header, kWriteIndex) >>> 0;
    let available = (write - read) >>> 0;
    if (available === 0) return 0;

    // Take whole messages only, up to maxBytes (but always at least one).
    const mask = this.#mask;
    let taken = 0;
    while (taken < available) {
      const framed = framedSize(this.#dataView.getUint32((read + taken) & mask, true));
      if (taken > 0 && taken + framed > maxBytes) break;
      taken += framed;
    }
    available = taken;

    if (this.#scratch.length < available) this.#scratch = new Uint8Array(Math.max(available, this.#scratch.length * 2, 4096));
    const scratch = this.#scratch;
    const at = read & mask;
    const firstPart = Math.min(available, this.capacity - at);
    scratch.set(this.#data.subarray(at, at + firstPart), 0);
    if (firstPart < available) scratch.set(this.#data.subarray(0, available - firstPart), firstPart);

    Atomics.store(header, kReadIndex, (read + available) | 0);
    // Progress after a wait restarts the ladder, unless the waiting flag is
    // still set: then no one notified, a re-check found lazy pushes only.
    if (!Number.isNaN(this.#consumerWaitingSince) && Atomics.load(header, kConsumerWaiting) === 0) {
      this.#consumerRecheckMs = firstRecheck(performance.now() - this.#consumerWaitingSince);
      this.#consumerWaitingSince = Number.NaN;
    }
    if (Atomics.load(header, kProducerWaiting) === 1) {
      Atomics.store(header, kProducerWaiting, 0);
      Atomics.notify(header, kReadIndex);
    }

    const view = new DataView(scratch.buffer, scratch.byteOffset, available);
    let count = 0;
    for (let pos = 0; pos < available; count++) {
      const length = view.getUint32(pos, true);
      onMessage(scratch.subarray(pos + kLengthBytes, pos + kLengthBytes + length));
      pos += framedSize(length);
    }
    return count;
  }

  /**
   * Resolves once a message may be available or the ring was closed (or
   * immediately if one is). Consumer only. Spurious wake-ups are possible.
   */
  waitForData(timeoutMs = Infinity): Promise<unknown> {
    return this.#waitForData(timeoutMs) ?? Promise.resolve();
  }

  #waitForData(timeoutMs: number): Wake {
    const header = this.#header;
    const write = Atomics.load(header, kWriteIndex);
    Atomics.store(header, kConsumerWaiting, 1);
    if (((write - Atomics.load(header, kReadIndex)) >>> 0) !== 0 || this.isClosed()) {
      Atomics.store(header, kConsumerWaiting, 0);
      return null;
    }
    const ms = Math.min(timeoutMs, this.#consumerRecheckMs);
    this.#consumerRecheckMs = Math.min(kMaxRecheckMs, this.#consumerRecheckMs * 2);
    let pending = this.#consumerWait;
    if (pending === null || pending.settled) {
      const result = Atomics.waitAsync(header, kWriteIndex, write);
      if (!result.async) return null;
      pending = this.#consumerWait = new PendingWait(result.value);
    }
    if (Number.isNaN(this.#consumerWaitingSince)) this.#consumerWaitingSince = performance.now();
    // The producer clears the flag when it notifies: a re-check that finds it
    // cleared found a notify that has not reached this side (lost, or still
    // in flight): that waiter is not reused, and if a message is there, counted.
    // (A lazy push leaves the flag set: a re-check that finds its message is
    // the ladder doing its job, not a lost wake-up.)
    return pending.wait(ms).then((how) => {
      if (how !== 'ok' && Atomics.load(header, kConsumerWaiting) === 0) {
        if (this.#consumerWait === pending) this.#consumerWait = null;
        if (this.usedBytes() !== 0) this.#lostWakeups++;
      }
      return how;
    });
  }

  /** Wakes a consumer sleeping in `waitForData` without writing anything. */
  wakeConsumer(): void {
    Atomics.notify(this.#header, kWriteIndex);
  }

  /**
   * Calls `onMessage` for every message still unread, without consuming them.
   * Only safe while the consumer is known to be stopped (for example, to
   * count what a crashed consumer left behind).
   */
  peekUnread(onMessage: (message: Uint8Array) => void): void {
    const read = Atomics.load(this.#header, kReadIndex) >>> 0;
    const write = Atomics.load(this.#header, kWriteIndex) >>> 0;
    const mask = this.#mask;
    for (let pos = read; pos !== write;) {
      const length = this.#dataView.getUint32(pos & mask, true);
      const start = (pos + kLengthBytes) & mask;
      const copy = new Uint8Array(length);
      const firstPart = Math.min(length, this.capacity - start);
      copy.set(this.#data.subarray(start, start + firstPart), 0);
      if (firstPart < length) copy.set(this.#data.subarray(0, length - firstPart), firstPart);
      onMessage(copy);
      pos = (pos + framedSize(length)) >>> 0;
    }
  }
}
