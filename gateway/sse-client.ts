/**
 * One SSE connection on uWebSockets.js, with backpressure done the
 * VideoStreamer way: write while `write()` says the socket kept up; once it
 * says no, keep frames in a bounded queue and resume in `onWritable`. When
 * the queue would pass its bound, the queued windows are dropped and the
 * client is told with a `gap` event, so memory per client stays bounded.
 */
import type { HttpResponse } from 'uWebSockets.js';

export interface SseClientOptions {
  /** Queued bytes (frames uWS has not taken yet) before the client is conflated. */
  maxQueuedBytes: number;
}

export type ClientCloseReason = 'client_closed' | 'shutdown';

export class SseClient {
  readonly res: HttpResponse;
  readonly address: string;
  closed = false;
  /** Window start of the last window sent (or -Infinity). */
  lastStart = Number.NEGATIVE_INFINITY;
  lastWriteAt = Date.now();
  gaps = 0;
  readonly #options: SseClientOptions;
  #queue: Array<{ frame: Buffer; start: number }> = [];
  #queuedBytes = 0;
  #backpressured = false;

  constructor(res: HttpResponse, address: string, options: SseClientOptions) {
    this.res = res;
    this.address = address;
    this.#options = options;
  }

  get queuedBytes(): number {
    return this.#queuedBytes;
  }

  /** Sends a `window` frame for the window starting at `start`. */
  sendWindow(frame: Buffer, start: number): void {
    if (this.closed || start <= this.lastStart) return;
    if (this.#backpressured) {
      if (this.#queuedBytes + frame.length > this.#options.maxQueuedBytes) this.#conflate(start);
      this.#queue.push({ frame, start });
      this.#queuedBytes += frame.length;
      this.lastStart = start;
      return;
    }
    this.lastStart = start;
    this.#write(frame);
  }

  /** Sends a frame that is not a window (comments, gaps): never dropped, tiny. */
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

  /** Ends the response (the browser's EventSource will reconnect). */
  end(): void {
    if (this.closed) return;
    this.closed = true;
    this.res.cork(() => this.res.end());
  }

  #write(frame: string | Buffer): void {
    let ok = true;
    this.res.cork(() => { ok = this.res.write(frame); });
    this.lastWriteAt = Date.now();
    if (!ok) {
      this.#backpressured = true;
      this.res.onWritable(() => this.#onWritable());
    }
  }

  #onWritable(): boolean {
    if (this.closed) return true;
    while (this.#queue.length > 0) {
      const { frame } = this.#queue.shift()!;
      this.#queuedBytes -= frame.length;
      const ok = this.res.write(frame);
      this.lastWriteAt = Date.now();
      if (!ok) return false;
    }
    this.#backpressured = false;
    return true;
  }

  /** Drops the queued windows and queues a `gap` naming what was dropped. */
  #conflate(nextStart: number): void {
    const dropped = this.#queue.filter((item) => !Number.isNaN(item.start));
    if (dropped.length === 0) return;
    const from = dropped[0]!.start;
    this.#queue = this.#queue.filter((item) => Number.isNaN(item.start));
    this.#queuedBytes = this.#queue.reduce((n, item) => n + item.frame.length, 0);
    this.gaps++;
    const gap = Buffer.from(`event: gap\ndata: ${JSON.stringify({ from, to: nextStart, reason: 'slow_consumer' })}\n\n`);
    this.#queue.push({ frame: gap, start: Number.NaN });
    this.#queuedBytes += gap.length;
  }
}
