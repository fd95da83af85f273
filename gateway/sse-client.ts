/**
 * One SSE connection on an HTTP engine (./http-engine.ts), with
 * backpressure done the uWebSockets.js VideoStreamer way: write while
 * `write()` says the socket kept up; once it says no (the engine then holds
 * the rest of that frame), keep further frames in a bounded queue and
 * resume in `onWritable`.
 *
 * When the queue would pass its bound, the client is conflated: the queued
 * windows are dropped, only the newest is kept, and a `gap` event (reason
 * `slow_consumer`) says which windows it missed. Memory per client is the
 * bound plus one frame inside the engine. A client that takes no byte at all for
 * `stallMs` is disconnected by the gateway (see `stalled`).
 *
 * During a replay (Last-Event-ID), live windows are held back and sent after
 * the replayed ones; a window is never sent twice (`lastStart`).
 */
import type { DisconnectReason } from '../catalogue/reasons.js';
import type { HttpResponse } from './http-engine.js';
import { gapFrame } from './frames.js';

export interface SseClientStats {
  conflations: number;
  gaps: number;
  windowsWritten: number;
}

interface Queued {
  frame: Buffer;
  /** Window start, or NaN for control frames (never dropped). */
  start: number;
}

export class SseClient {
  readonly res: HttpResponse;
  readonly address: string;
  closed = false;
  /** Why the server closed it (set before closing, so onAborted can count it). */
  closeReason: DisconnectReason | null = null;
  /** Start of the last window queued or sent (a window is sent at most once). */
  lastStart = Number.NEGATIVE_INFINITY;
  lastWriteAt = Date.now();
  readonly #maxQueuedBytes: number;
  readonly #stats: SseClientStats;
  #queue: Queued[] = [];
  #queuedBytes = 0;
  #backpressured = false;
  /** Live windows held back while a replay is being read. */
  #held: Queued[] | null = null;
  /** Engine write offset when backpressure was last seen to make progress. */
  #progressOffset = 0;
  #progressAt = Date.now();

  constructor(res: HttpResponse, address: string, maxQueuedBytes: number, stats: SseClientStats) {
    this.res = res;
    this.address = address;
    this.#maxQueuedBytes = maxQueuedBytes;
    this.#stats = stats;
  }

  get queuedBytes(): number {
    return this.#queuedBytes;
  }

  /** Sends the `window` frame of the window starting at `start`. */
  sendWindow(frame: Buffer, start: number): void {
    if (this.closed) return;
    if (this.#held !== null) {
      this.#held.push({ frame, start });
      return;
    }
    if (start <= this.lastStart) return;
    this.lastStart = start;
    this.#stats.windowsWritten++;
    if (this.#backpressured) this.#enqueue({ frame, start });
    else this.#write(frame);
  }

  /** Sends a frame that is not a window (comments, gaps): small, never dropped. */
  sendControl(frame: string | Buffer): void {
    if (this.closed) return;
    if (this.#backpressured) {
      const buffer = typeof frame === 'string' ? Buffer.from(frame) : frame;
      this.#queue.push({ frame: buffer, start: Number.NaN });
      this.#queuedBytes += buffer.length;
      return;
    }
    this.#write(frame);
  }

  /** Holds live windows back until `endReplay`. */
  beginReplay(): void {
    this.#held ??= [];
  }

  /**
   * Sends what was held during the replay, oldest first: the replayed
   * windows (added to the hold when the history read returns) and the live
   * ones that came meanwhile; a window already sent is skipped. In arrival
   * order, a live window that came during the read would go first and every
   * older replayed one would then be dropped as already sent.
   */
  endReplay(): void {
    const held = this.#held;
    this.#held = null;
    if (held === null) return;
    held.sort((a, b) => a.start - b.start);
    for (const { frame, start } of held) this.sendWindow(frame, start);
  }

  /** Whether the client took no byte for `stallMs` while it had bytes waiting. */
  stalled(now: number, stallMs: number): boolean {
    if (!this.#backpressured || this.closed) return false;
    const offset = this.res.getWriteOffset();
    if (offset !== this.#progressOffset) {
      this.#progressOffset = offset;
      this.#progressAt = now;
      return false;
    }
    return now - this.#progressAt >= stallMs;
  }

  /**
   * Ends the response after what is queued (a browser's EventSource
   * reconnects by itself). The engine takes the queue whole (it is bounded),
   * so the windows and the goodbye a backpressured client was owed are not
   * dropped at shutdown.
   */
  end(): void {
    if (this.closed) return;
    this.closed = true;
    const queue = this.#queue;
    this.#queue = [];
    this.#queuedBytes = 0;
    this.res.cork(() => {
      for (const { frame } of queue) this.res.write(frame);
      this.res.end();
    });
  }

  /** Drops the connection at once (a stuck client). */
  close(reason: DisconnectReason): void {
    if (this.closed) return;
    this.closeReason = reason;
    this.closed = true;
    this.res.close();
  }

  #write(frame: string | Buffer): void {
    let ok = true;
    this.res.cork(() => { ok = this.res.write(frame); });
    this.lastWriteAt = Date.now();
    if (!ok) {
      this.#backpressured = true;
      this.#progressOffset = this.res.getWriteOffset();
      this.#progressAt = this.lastWriteAt;
      this.res.onWritable(() => this.#onWritable());
    }
  }

  #enqueue(item: Queued): void {
    if (this.#queuedBytes + item.frame.length > this.#maxQueuedBytes) this.#conflate(item.start);
    this.#queue.push(item);
    this.#queuedBytes += item.frame.length;
  }

  /** Writes queued frames until the socket pushes back again. */
  #onWritable(): boolean {
    if (this.closed) return true;
    this.#progressAt = Date.now();
    let ok = true;
    this.res.cork(() => {
      while (this.#queue.length > 0 && ok) {
        const { frame } = this.#queue.shift()!;
        this.#queuedBytes -= frame.length;
        ok = this.res.write(frame);
      }
    });
    this.lastWriteAt = Date.now();
    this.#progressOffset = this.res.getWriteOffset();
    if (!ok) return false;
    this.#backpressured = false;
    return true;
  }

  /** Drops every queued window and queues a `gap` naming the range dropped. */
  #conflate(nextStart: number): void {
    const windows = this.#queue.filter((item) => !Number.isNaN(item.start));
    if (windows.length === 0) return;
    const from = windows[0]!.start;
    this.#queue = this.#queue.filter((item) => Number.isNaN(item.start));
    this.#queuedBytes = this.#queue.reduce((n, item) => n + item.frame.length, 0);
    const gap = gapFrame(from, nextStart, 'slow_consumer');
    this.#queue.push({ frame: gap, start: Number.NaN });
    this.#queuedBytes += gap.length;
    this.#stats.conflations++;
    this.#stats.gaps++;
  }
}
