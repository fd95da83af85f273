/**
 * A subscriber for programs that are not browsers: follows GET /v1/stream
 * of a Sluice gateway with filters, resumes with Last-Event-ID after any
 * break, and says what it could not see. Only node:http/https: importing
 * the package never loads a server module.
 *
 *   for await (const event of subscribe({ url: 'http://127.0.0.1:8080', match: ['http.*'] })) {
 *     if (event.type === 'window') console.log(event.window.start, event.window.series.length);
 *     if (event.type === 'gap') console.warn('missed', event.gap);
 *   }
 *
 * Gaps: the gateway's own `gap` events are passed on. Across a reconnect,
 * if the first window after it does not follow the last one seen and no
 * gap said why, the subscriber reports a gap with reason `reconnect` (the
 * windows in between were lost with the gateway's history, or had no
 * matching series: from outside the two look the same).
 *
 * Errors (refused connection, 5xx, a stream that ends) are retried with
 * exponential backoff and jitter; a 4xx other than 429 is final (the ask is
 * wrong) and ends the iteration with an error.
 */
import { SluiceError } from '../catalogue/errors.js';
import http from 'node:http';
import https from 'node:https';
import { EventStreamParser } from './event-stream-parser.js';

export interface SubscribeOptions {
  /** Gateway address, e.g. `http://127.0.0.1:8080`. */
  url: string;
  /** Metric name globs (`*` = any run). @default every series */
  match?: readonly string[];
  /** Label filters `key:value`. */
  label?: readonly string[];
  /** Resolution, e.g. `1s`. @default the gateway's finest */
  resolution?: string;
  /** The recent past first (`5m`, or a count of windows); only on the first connection. */
  backfill?: string;
  /** Resume after this position instead. */
  lastEventId?: string;
  /** Dashboard token (sent as `Authorization: Bearer`). */
  token?: string;
  /** First retry delay. @default 250 */
  minBackoffMs?: number;
  /** Longest retry delay. @default 10000 */
  maxBackoffMs?: number;
  /** Events buffered while the consumer is busy before the socket is paused. @default 1000 */
  highWaterMark?: number;
  signal?: AbortSignal;
}

export interface SubscribedWindow {
  start: number;
  end: number;
  resolution_ms: number;
  partial?: boolean;
  series: Array<{ name: string; labels: Record<string, string>; kind: string; count: number; sum: number; min: number; max: number; last: number; avg: number; rate?: number; p50?: number; p90?: number; p99?: number; p999?: number; overflow?: boolean }>;
}

export interface SubscribedGap {
  from: number;
  to: number;
  reason: string;
  node?: string;
}

export type SubscriberEvent =
  | { type: 'open' }
  | { type: 'window'; id: string | undefined; window: SubscribedWindow }
  | { type: 'gap'; gap: SubscribedGap }
  | { type: 'reconnecting'; delayMs: number; error: string };

export class SubscribeError extends SluiceError {
  /** The gateway's HTTP status (ERR_SLUICE_SUBSCRIBE_REFUSED), else 0. */
  readonly status: number;
  constructor(code: 'ERR_SLUICE_SUBSCRIBE_REFUSED' | 'ERR_SLUICE_SUBSCRIBE_OPTIONS', message: string, status = 0) {
    super(code, message);
    this.status = status;
  }
}

const kDefaults = { minBackoffMs: 250, maxBackoffMs: 10_000, highWaterMark: 1000 };

export function subscribe(options: SubscribeOptions): AsyncIterableIterator<SubscriberEvent> & { close(): void } {
  const base = new URL(options.url);
  if (base.protocol !== 'http:' && base.protocol !== 'https:') throw new SubscribeError('ERR_SLUICE_SUBSCRIBE_OPTIONS', `options.url must be http(s); got '${options.url}'`);
  const minBackoffMs = options.minBackoffMs ?? kDefaults.minBackoffMs;
  const maxBackoffMs = options.maxBackoffMs ?? kDefaults.maxBackoffMs;
  const highWaterMark = options.highWaterMark ?? kDefaults.highWaterMark;
  if (!(minBackoffMs > 0) || !(maxBackoffMs >= minBackoffMs)) throw new SubscribeError('ERR_SLUICE_SUBSCRIBE_OPTIONS', 'options.minBackoffMs must be > 0 and <= options.maxBackoffMs');

  const queue: SubscriberEvent[] = [];
  let waiting: ((result: IteratorResult<SubscriberEvent>) => void) | null = null;
  let failWaiting: ((error: Error) => void) | null = null;
  let failure: Error | null = null;
  let closed = false;
  let request: http.ClientRequest | null = null;
  let response: http.IncomingMessage | null = null;
  let timer: NodeJS.Timeout | null = null;
  let lastEventId = options.lastEventId;
  let lastStart = Number.NEGATIVE_INFINITY;
  let resolution = 0;
  /** Start of the next window expected: after the last seen, or the end of a gap told since. */
  let toldThrough = Number.NEGATIVE_INFINITY;
  /** Set after a reconnect until the first window: was the jump explained by a gap? */
  let checkContinuity = false;
  let attempts = 0;

  const emit = (event: SubscriberEvent): void => {
    if (waiting !== null) {
      const resolve = waiting;
      waiting = null;
      failWaiting = null;
      resolve({ value: event, done: false });
    } else {
      queue.push(event);
      if (queue.length >= highWaterMark) response?.pause();
    }
  };
  const finish = (error: Error | null): void => {
    if (closed) return;
    closed = true;
    failure = error;
    if (timer !== null) clearTimeout(timer);
    request?.destroy();
    if (error !== null && failWaiting !== null) failWaiting(error);
    else waiting?.({ value: undefined, done: true });
    waiting = null;
    failWaiting = null;
  };
  options.signal?.addEventListener('abort', () => finish(null), { once: true });

  const retry = (error: string, retryMs: number): void => {
    if (closed) return;
    request = null;
    response = null;
    const backoff = Math.min(maxBackoffMs, minBackoffMs * 2 ** Math.min(attempts++, 20));
    const delayMs = Math.round(Math.max(Number.isFinite(retryMs) ? Math.min(retryMs, maxBackoffMs) : 0, backoff / 2 + Math.random() * backoff / 2));
    checkContinuity = Number.isFinite(lastStart);
    emit({ type: 'reconnecting', delayMs, error });
    timer = setTimeout(connect, delayMs);
  };

  function connect(): void {
    timer = null;
    if (closed) return;
    const url = new URL('/v1/stream', base);
    for (const m of options.match ?? []) url.searchParams.append('match', m);
    for (const l of options.label ?? []) url.searchParams.append('label', l);
    if (options.resolution !== undefined) url.searchParams.set('resolution', options.resolution);
    if (options.backfill !== undefined && lastEventId === undefined) url.searchParams.set('backfill', options.backfill);
    const headers: Record<string, string> = { accept: 'text/event-stream' };
    if (lastEventId !== undefined) headers['last-event-id'] = lastEventId;
    if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
    const parser = new EventStreamParser();
    const get = url.protocol === 'https:' ? https.get : http.get;
    request = get(url, { headers }, (res) => {
      res.setEncoding('utf8');
      if (res.statusCode !== 200) {
        let body = '';
        res.on('data', (c: string) => { if (body.length < 4096) body += c; });
        res.on('end', () => {
          const status = res.statusCode ?? 0;
          if (status >= 400 && status < 500 && status !== 429) finish(new SubscribeError('ERR_SLUICE_SUBSCRIBE_REFUSED', `${url.origin} answered ${status}: ${body}`, status));
          else retry(`${url.origin} answered ${status}`, Number.NaN);
        });
        return;
      }
      response = res;
      attempts = 0;
      emit({ type: 'open' });
      res.on('data', (chunk: string) => {
        let events;
        try { events = parser.push(chunk); } catch (error) { res.destroy(error as Error); return; }
        for (const event of events) {
          if (event.event === 'gap') {
            const gap = JSON.parse(event.data) as SubscribedGap;
            // A gap from where the stream stands explains the windows up to its end.
            if (gap.from <= toldThrough) toldThrough = Math.max(toldThrough, gap.to);
            emit({ type: 'gap', gap });
          } else if (event.event === 'window') {
            const window = JSON.parse(event.data) as SubscribedWindow;
            if (window.start <= lastStart) continue; // already seen (a replay overlapping a reconnect)
            if (checkContinuity && window.start > toldThrough) emit({ type: 'gap', gap: { from: toldThrough, to: window.start, reason: 'reconnect' } });
            checkContinuity = false;
            lastStart = window.start;
            resolution = window.resolution_ms;
            toldThrough = lastStart + resolution;
            if (event.id !== undefined) lastEventId = event.id;
            emit({ type: 'window', id: event.id, window });
          }
        }
      });
      res.on('end', () => retry('stream ended', parser.retryMs));
      res.on('error', (error) => retry(error.message, parser.retryMs));
    });
    request.on('error', (error) => { if (response === null) retry(error.message, Number.NaN); });
  }
  connect();

  const iterator = {
    next(): Promise<IteratorResult<SubscriberEvent>> {
      const event = queue.shift();
      if (event !== undefined) {
        if (queue.length < highWaterMark / 2) response?.resume();
        return Promise.resolve({ value: event, done: false });
      }
      if (closed) return failure !== null ? Promise.reject(failure) : Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve, reject) => { waiting = resolve; failWaiting = reject; });
    },
    return(): Promise<IteratorResult<SubscriberEvent>> {
      finish(null);
      return Promise.resolve({ value: undefined, done: true });
    },
    close(): void {
      finish(null);
    },
    [Symbol.asyncIterator]() { return iterator; },
  };
  return iterator as AsyncIterableIterator<SubscriberEvent> & { close(): void };
}
