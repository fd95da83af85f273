/**
 * The Sluice producer client: record metrics from a service's hot path; they
 * are encoded straight into the next MetricBatch (no object per metric),
 * sent in batches by size and by time on one gRPC `Stream`, and acked.
 *
 *     import { createProducer } from 'sluice';
 *     const producer = createProducer({ target: 'sluice:50051' });
 *     producer.counter('http.requests', 1, { route: '/login' });
 *     producer.histogram('http.latency_ms', 12.5, { route: '/login' });
 *     await producer.close();   // sends what is queued, waits for the acks
 *
 * Guarantees and limits:
 * - The queue is bounded (`maxQueue` metrics, waiting and unacked together).
 *   When it is full, a metric call returns false and, by the explicit
 *   `overflow` policy, either drops the metric and counts it (`'drop'`,
 *   the default: a metrics library should never stall its host) or leaves
 *   it to the caller, who awaits `waitForRoom()` and calls again (`'wait'`).
 * - A call never blocks: it appends a few dozen bytes to the open batch.
 *   The most a call costs is closing a full batch (one small copy).
 * - `UNAVAILABLE` (server restarting, connection lost, shutting down) is
 *   retried with exponential backoff; unacked batches are sent again in
 *   order. A batch whose ack was lost in flight can therefore arrive twice
 *   (at-least-once), never zero times while the producer lives.
 * - `flush()` resolves when everything recorded before it is acked;
 *   `close()` flushes (with a timeout), then ends the stream; `destroy()`
 *   stops at once and counts what was not acked as failed.
 */
import { SluiceError } from '../catalogue/errors.js';
import * as grpc from '@grpc/grpc-js';
import { EventEmitter } from 'node:events';
import { BatchEncoder, type Labels } from './batch-encoder.js';
import { decodePushAck, type PushAckSummary } from './ack-decoder.js';

/** An error of the producer client: its code, and for a refused batch the server's gRPC status. */
export class ProducerError extends SluiceError {
  /** The gRPC status the server refused a batch with (ERR_SLUICE_BATCH_REFUSED), else undefined. */
  readonly grpcCode: grpc.status | undefined;
  constructor(code: 'ERR_SLUICE_PRODUCER_OPTIONS' | 'ERR_SLUICE_PRODUCER_CLOSED' | 'ERR_SLUICE_BATCH_REFUSED', message: string, grpcCode?: grpc.status) {
    super(code, message);
    this.grpcCode = grpcCode;
  }
}

export type OverflowPolicy = 'drop' | 'wait';

export interface ProducerOptions {
  /** host:port of a Sluice ingest. @default '127.0.0.1:50051' */
  target?: string;
  /** Producer token, sent as `authorization: Bearer <token>`. */
  token?: string;
  /** Metrics per batch; a full batch is sent at once. @default 8192 (as the OpenTelemetry batch processor) */
  maxBatchSize?: number;
  /** A partial batch is sent after this long. @default 200 */
  maxDelayMs?: number;
  /** Metrics waiting or unacked, at most. @default 65536 */
  maxQueue?: number;
  /** What a metric call does when the queue is full. @default 'drop' */
  overflow?: OverflowPolicy;
  /** Batches sent but not yet acked, at most. @default 16 */
  maxInFlight?: number;
  /** Identifies this producer in batches (`producer_id`). */
  producerId?: string;
  /** Backoff for UNAVAILABLE: first delay and cap. @default 100, 5000 */
  retryInitialMs?: number;
  retryMaxMs?: number;
  /** TLS to the ingest: CA of the server's certificate, and this producer's certificate and key (PEM) when the server wants one. */
  tls?: { ca?: Buffer; cert?: Buffer; key?: Buffer };
  /** gRPC channel credentials (overrides `tls`). @default insecure */
  credentials?: grpc.ChannelCredentials;
}

export interface ProducerStats {
  /** Metrics recorded and not yet acked (waiting, in the open batch, or in flight). */
  queued: number;
  accepted: number;
  rejected: number;
  /** Metrics dropped because the queue was full (`overflow: 'drop'`). */
  dropped: number;
  /** Metrics in batches the server refused for good (malformed, too large, unauthenticated). */
  failed: number;
  batchesSent: number;
  batchesAcked: number;
  retries: number;
}

export interface ProducerEvents {
  /** Metrics the server rejected in an ack: the first reasons, and how many in all. */
  rejected: [reasons: Array<{ index: number; reason: string }>, count: number];
  /** A batch the server refused for good; its metrics are counted as failed. */
  error: [error: Error];
}

interface Batch {
  sequence: number;
  bytes: Buffer;
  metrics: number;
}

const kRetryable = new Set([grpc.status.UNAVAILABLE, grpc.status.DEADLINE_EXCEEDED, grpc.status.RESOURCE_EXHAUSTED, grpc.status.CANCELLED]);

export class Producer extends EventEmitter<ProducerEvents> {
  readonly #options: Required<Omit<ProducerOptions, 'token' | 'producerId' | 'credentials' | 'tls'>> & Pick<ProducerOptions, 'token' | 'producerId'>;
  readonly #client: grpc.Client;
  readonly #encoder: BatchEncoder;
  readonly #stats: ProducerStats = { queued: 0, accepted: 0, rejected: 0, dropped: 0, failed: 0, batchesSent: 0, batchesAcked: 0, retries: 0 };
  /** Closed batches not yet sent. */
  #waiting: Batch[] = [];
  /** Sent, not yet acked, in order. */
  #inFlight: Batch[] = [];
  #sequence = 0;
  #call: grpc.ClientDuplexStream<Buffer, Buffer> | null = null;
  #timer: NodeJS.Timeout | null = null;
  #retryDelay: number;
  #reconnecting: NodeJS.Timeout | null = null;
  #closed = false;
  #idleWaiters: Array<{ upTo: number; resolve: () => void }> = [];
  #roomWaiters: Array<() => void> = [];

  constructor(options: ProducerOptions = {}) {
    super();
    const o = {
      target: options.target ?? '127.0.0.1:50051',
      maxBatchSize: options.maxBatchSize ?? 8192,
      maxDelayMs: options.maxDelayMs ?? 200,
      maxQueue: options.maxQueue ?? 65_536,
      overflow: options.overflow ?? 'drop',
      maxInFlight: options.maxInFlight ?? 16,
      retryInitialMs: options.retryInitialMs ?? 100,
      retryMaxMs: options.retryMaxMs ?? 5000,
      token: options.token,
      producerId: options.producerId,
    };
    for (const key of ['maxBatchSize', 'maxDelayMs', 'maxQueue', 'maxInFlight', 'retryInitialMs', 'retryMaxMs'] as const) {
      if (!Number.isInteger(o[key]) || o[key] < (key === 'maxDelayMs' ? 0 : 1)) throw new ProducerError('ERR_SLUICE_PRODUCER_OPTIONS', `options.${key} must be a positive integer, got ${o[key]}`);
    }
    if (o.overflow !== 'drop' && o.overflow !== 'wait') throw new ProducerError('ERR_SLUICE_PRODUCER_OPTIONS', `options.overflow must be 'drop' or 'wait', got ${String(o.overflow)}`);
    this.#options = o;
    this.#retryDelay = o.retryInitialMs;
    this.#encoder = new BatchEncoder(o.producerId);
    const credentials = options.credentials
      ?? (options.tls === undefined ? grpc.credentials.createInsecure() : grpc.credentials.createSsl(options.tls.ca ?? null, options.tls.key ?? null, options.tls.cert ?? null));
    this.#client = new grpc.Client(o.target, credentials, {
      'grpc.max_send_message_length': 64 * 1024 * 1024,
    });
  }

  /** A point-in-time value (CPU, queue depth…). */
  gauge(name: string, value: number, labels?: Labels, timestampMs = 0): boolean {
    return this.#record(name, value, labels, timestampMs, 0);
  }

  /** An increment (requests, bytes…); Sluice sums them and shows a rate. */
  counter(name: string, increment: number, labels?: Labels, timestampMs = 0): boolean {
    return this.#record(name, increment, labels, timestampMs, 1);
  }

  /** One observation (a latency…); Sluice keeps quantiles. */
  histogram(name: string, value: number, labels?: Labels, timestampMs = 0): boolean {
    return this.#record(name, value, labels, timestampMs, 2);
  }

  stats(): ProducerStats {
    return { ...this.#stats };
  }

  /** Resolves when a metric call would find room (for `overflow: 'wait'`). */
  waitForRoom(): Promise<void> {
    if (this.#stats.queued < this.#options.maxQueue) return Promise.resolve();
    return new Promise((resolve) => this.#roomWaiters.push(resolve));
  }

  /** Sends the open batch now; resolves when everything recorded so far is acked (or failed). */
  flush(): Promise<void> {
    this.#closeBatch();
    this.#pump();
    const upTo = this.#sequence;
    if (this.#settled() >= upTo) return Promise.resolve();
    return new Promise((resolve) => this.#idleWaiters.push({ upTo, resolve }));
  }

  /**
   * Flushes (waiting at most `timeoutMs` for the acks), then ends the stream
   * and the channel; always ends in `destroy()`. Idempotent.
   */
  async close(timeoutMs = 10_000): Promise<void> {
    if (this.#closed) return;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([this.flush(), new Promise<void>((resolve) => { timer = setTimeout(resolve, timeoutMs); })]);
    clearTimeout(timer);
    this.#call?.end();
    this.destroy();
  }

  /**
   * Stops at once: timers, stream and channel. Metrics not yet acked are
   * counted as failed (a `close()` that timed out, or no server at all).
   */
  destroy(): void {
    if (this.#closed) return;
    this.#closed = true;
    if (this.#timer !== null) clearTimeout(this.#timer);
    if (this.#reconnecting !== null) clearTimeout(this.#reconnecting);
    this.#closeBatch();
    for (const batch of [...this.#inFlight, ...this.#waiting]) this.#stats.failed += batch.metrics;
    this.#stats.queued = 0;
    this.#inFlight = [];
    this.#waiting = [];
    this.#call?.cancel();
    this.#call = null;
    this.#client.close();
    for (const waiter of this.#idleWaiters) waiter.resolve();
    this.#idleWaiters = [];
  }

  #record(name: string, value: number, labels: Labels | undefined, timestampMs: number, kind: number): boolean {
    if (this.#closed) throw new ProducerError('ERR_SLUICE_PRODUCER_CLOSED', 'producer is closed');
    if (this.#stats.queued >= this.#options.maxQueue) {
      if (this.#options.overflow === 'drop') this.#stats.dropped++;
      return false;
    }
    this.#encoder.add(name, labels, value, timestampMs, kind);
    this.#stats.queued++;
    if (this.#encoder.count >= this.#options.maxBatchSize) {
      this.#closeBatch();
      this.#pump();
    } else if (this.#timer === null && this.#options.maxDelayMs > 0) {
      this.#timer = setTimeout(() => { this.#timer = null; this.#closeBatch(); this.#pump(); }, this.#options.maxDelayMs);
      this.#timer.unref();
    }
    return true;
  }

  #closeBatch(): void {
    if (this.#timer !== null) { clearTimeout(this.#timer); this.#timer = null; }
    if (this.#encoder.count === 0) return;
    const sequence = ++this.#sequence;
    const metrics = this.#encoder.count;
    this.#waiting.push({ sequence, metrics, bytes: this.#encoder.finish(sequence) });
  }

  #stream(): grpc.ClientDuplexStream<Buffer, Buffer> {
    if (this.#call !== null) return this.#call;
    const metadata = new grpc.Metadata();
    if (this.#options.token !== undefined) metadata.set('authorization', `Bearer ${this.#options.token}`);
    const call = this.#client.makeBidiStreamRequest('/sluice.v1.Ingest/Stream', (b: Buffer) => b, (b: Buffer) => b, metadata);
    call.on('data', (bytes: Buffer) => this.#onAck(decodePushAck(bytes)));
    call.on('error', (error: grpc.ServiceError) => this.#onStreamError(call, error));
    call.on('end', () => this.#onStreamError(call, Object.assign(new Error('stream ended'), { code: grpc.status.UNAVAILABLE }) as grpc.ServiceError));
    this.#call = call;
    return call;
  }

  /** Sends waiting batches while the in-flight window allows. */
  #pump(): void {
    if (this.#reconnecting !== null || this.#closed && this.#waiting.length === 0) return;
    while (this.#waiting.length > 0 && this.#inFlight.length < this.#options.maxInFlight) {
      const batch = this.#waiting.shift()!;
      this.#inFlight.push(batch);
      this.#stats.batchesSent++;
      // write() returning false only means the stream buffers; the in-flight
      // window bounds how much.
      this.#stream().write(batch.bytes);
    }
  }

  #onAck(ack: PushAckSummary): void {
    const batch = this.#inFlight.shift();
    if (batch === undefined) return;
    this.#retryDelay = this.#options.retryInitialMs;
    this.#stats.batchesAcked++;
    this.#stats.accepted += ack.accepted;
    this.#stats.rejected += ack.rejected;
    if (ack.rejected > 0) this.emit('rejected', ack.rejections, ack.rejected);
    this.#settle(batch);
    this.#pump();
  }

  #onStreamError(call: grpc.ClientDuplexStream<Buffer, Buffer>, error: grpc.ServiceError): void {
    if (call !== this.#call || this.#closed) return;
    this.#call = null;
    if (this.#inFlight.length === 0 && this.#waiting.length === 0 && error.message === 'stream ended') return;
    if (!kRetryable.has(error.code)) {
      // The server refused the head batch for good (malformed, too large,
      // wrong token): fail it, keep the rest.
      const batch = this.#inFlight.shift();
      if (batch !== undefined) {
        this.#stats.failed += batch.metrics;
        this.emit('error', new ProducerError('ERR_SLUICE_BATCH_REFUSED', `batch ${batch.sequence} refused: ${error.details ?? error.message}`, error.code));
        this.#settle(batch);
      }
    }
    // Unacked batches go out again, first, in order.
    this.#waiting = [...this.#inFlight, ...this.#waiting];
    this.#inFlight = [];
    if (this.#waiting.length === 0) return;
    this.#stats.retries++;
    const delay = this.#retryDelay;
    this.#retryDelay = Math.min(this.#options.retryMaxMs, this.#retryDelay * 2);
    this.#reconnecting = setTimeout(() => { this.#reconnecting = null; this.#pump(); }, delay);
    // Waiting to retry does not keep the host process alive (close() does).
    this.#reconnecting.unref();
  }

  /** Every batch up to this sequence is acked or failed. */
  #settled(): number {
    const lowestOpen = Math.min(this.#inFlight[0]?.sequence ?? Infinity, this.#waiting[0]?.sequence ?? Infinity);
    return lowestOpen === Infinity ? this.#sequence : lowestOpen - 1;
  }

  #settle(batch: Batch): void {
    this.#stats.queued -= batch.metrics;
    const settled = this.#settled();
    this.#idleWaiters = this.#idleWaiters.filter((w) => { if (w.upTo <= settled) { w.resolve(); return false; } return true; });
    if (this.#stats.queued < this.#options.maxQueue) {
      const waiters = this.#roomWaiters;
      this.#roomWaiters = [];
      for (const wake of waiters) wake();
    }
  }
}

export function createProducer(options: ProducerOptions = {}): Producer {
  return new Producer(options);
}
