/**
 * Ingest actor: the gRPC edge. It decodes each batch in place, answers bad
 * metrics individually, and routes the good ones to the shards' mailbox
 * rings. It is the only writer of every mailbox, which is what makes acks
 * truthful:
 *
 * - A batch is committed to the rings whole or not at all, in arrival order
 *   (a FIFO of batches and watermark barriers). An ack is sent only after its
 *   batch is in the rings, so `accepted` metrics will be in a window.
 * - Lateness is decided here, against the last watermark *issued*. Watermarks
 *   go through the same FIFO, so every metric accepted before a watermark is
 *   in the ring ahead of it: nothing accepted can reach a shard late.
 * - When a ring is full, batches wait in the FIFO (bounded in bytes). A
 *   stream is not read while its batch waits (HTTP/2 flow control then slows
 *   the producer); a Push waits until its deadline, then gets
 *   RESOURCE_EXHAUSTED with nothing of it accepted.
 * - Batches are pushed lazily (`Ring.tryPushLazy`): a sleeping shard is not
 *   woken per batch, only by the next watermark (or once enough bytes wait),
 *   since it has nothing to emit before then. Watermarks wake it.
 */
import * as grpc from '@grpc/grpc-js';
import type { ActorRef } from '../../engine/actor-system.js';
import { MessageWriter } from '../../engine/message-writer.js';
import { kWatermarkBytes, writeEvict, writeWatermark } from '../../wire/mailbox-records.js';
import { Ledger } from '../../telemetry/ledger.js';
import { encodePushAck } from './ack-encoder.js';
import { BatchDecoder, type DecodeLimits } from './batch-decoder.js';
import { reasonCodes } from './reasons.js';
import type { SeriesAdmission } from './series-admission.js';
import { encodeExportResponse } from './otlp-answer.js';
import { OtlpDecoder, type OtlpOptions } from './otlp-decoder.js';
import type { StreamChange } from './otlp-cumulative.js';

export interface IngestOptions extends DecodeLimits {
  latenessMs: number;
  /** Longest a Push waits for ring space when its call has no earlier deadline. */
  pushTimeoutMs: number;
  /** Bytes of batches that may wait for ring space; past it, Push is refused at once. */
  maxQueuedBytes: number;
  /** Accepted producer tokens (`authorization: Bearer <token>`); empty = no check. */
  producerTokens: ReadonlySet<string>;
  /**
   * Called once per new metric name when the batch that first carries it is
   * committed to the rings: before any of its metrics reaches a shard, so at
   * least the lateness before its first window is published, and gateways
   * can subscribe to the topic in time. A refused batch announces nothing.
   */
  onNewName?: (name: string) => void;
  /** Why new batches are refused right now (the bus cannot take more), or null. @default never */
  refuseReason?: () => string | null;

  /**
   * Quiet shards (see `tick`): called instead of sending watermark
   * `watermark` to a shard that has nothing open, with the last watermark
   * that shard was sent. Absent: every shard gets every watermark.
   */
  onQuietShard?: (shard: number, sentThrough: number, watermark: number) => void;
  /** The coarsest window length the shards keep (a shard's data stays open until its end). @default windowMs */
  coarsestWindowMs?: number;

  seed: number;
  /** OTLP Export mapping; null = the OTLP service refuses every call. */
  otlp?: OtlpOptions | null;
}

/** What a unary call's decode produced: refused whole, committed (`pending` null), or waiting. */
interface Decoded {
  error: Partial<grpc.StatusObject> | null;
  ack: Buffer;
  pending: Pending | null;
}

export type IngestState = 'running' | 'draining' | 'stopped';

interface StreamState {
  /** The batch this stream is waiting on (the stream is paused meanwhile). */
  waiting: Pending | null;
  /** The producer half-closed. */
  ended: boolean;
}

/** A batch or barrier waiting in the FIFO for ring space. */
interface Pending {
  /** Per shard: the bytes to push (one ring message), or null. */
  parts: Array<Uint8Array | null>;
  bytes: number;
  /** Metrics accepted per shard, for the loss ledger. */
  acceptedByShard: ArrayLike<number> | null;
  accepted: number;
  /** Metric names this batch is the first to carry: announced on commit. */
  newNames: readonly string[];
  onCommit: () => void;
  /** Set once the batch was given up (deadline, cancel): skipped by the FIFO. */
  abandoned: boolean;
  /** When the head waits, this shard was the full one (counted once). */
  countedFull: boolean;
  /** Called when the batch is given up (an OTLP request undoes its cumulative-stream changes). */
  onAbandon?: () => void;
  /** OTLP: the cumulative-stream changes this request made (its increments were computed from them). */
  streamChanges?: readonly StreamChange[];
  /** Answers the caller that the request was given up (set while it waits). */
  answerGivenUp?: (details: string) => void;
}

export class IngestActor {
  state: IngestState = 'running';
  readonly #refuseReason: () => string | null;
  readonly #shards: ActorRef[];
  readonly #options: IngestOptions;
  readonly #ledger: Ledger;
  readonly #admission: SeriesAdmission | null;
  readonly #writers: MessageWriter[];
  readonly #decoder: BatchDecoder;
  readonly #otlp: OtlpDecoder | null;
  readonly #queue: Pending[] = [];
  #queuedBytes = 0;
  #draining: Promise<void> | null = null;
  #closing: Promise<void> | null = null;
  /** The last watermark issued (written, or queued behind waiting batches). */
  #watermark = Number.NEGATIVE_INFINITY;
  #tickTimer: NodeJS.Timeout | null = null;
  /** Metrics committed to each shard's ring, ever (for the loss ledger). */
  readonly committedByShard: Float64Array;
  /** Per shard: the last watermark put in (or queued for) its ring. */
  readonly #sentThrough: Float64Array;
  /**
   * Per shard: no window holding anything committed to it ends later than
   * this (the end of the coarsest window of commit time + future skew: no
   * accepted timestamp is later).
   */
  readonly #openUntil: Float64Array;
  readonly #streams = new Map<grpc.ServerDuplexStream<Buffer, Buffer>, StreamState>();

  constructor(shards: ActorRef[], options: IngestOptions, ledger: Ledger, admission: SeriesAdmission | null) {
    this.#shards = shards;
    this.#options = options;
    this.#ledger = ledger;
    this.#admission = admission;
    this.#refuseReason = options.refuseReason ?? (() => null);
    this.#writers = shards.map(() => new MessageWriter(256 * 1024));
    this.#decoder = new BatchDecoder(this.#writers, options.seed, options, admission);
    this.#otlp = options.otlp == null ? null : new OtlpDecoder(this.#writers, options.seed, options, options.otlp, admission);
    this.committedByShard = new Float64Array(shards.length);
    this.#sentThrough = new Float64Array(shards.length).fill(Number.NEGATIVE_INFINITY);
    this.#openUntil = new Float64Array(shards.length).fill(Number.NEGATIVE_INFINITY);
    for (let i = 0; i < shards.length; i++) ledger.ringFull[i] ??= 0;
  }

  /** grpc-js handlers for ingestServiceDefinition. */
  handlers(): grpc.UntypedServiceImplementation {
    return {
      push: (call: grpc.ServerUnaryCall<Buffer, Buffer>, callback: grpc.sendUnaryData<Buffer>) => this.#push(call, callback),
      stream: (call: grpc.ServerDuplexStream<Buffer, Buffer>) => this.#stream(call),
    };
  }

  /**
   * grpc-js handlers for otlpMetricsServiceDefinition: the same path as Push,
   * but every wait that ends without the request getting in answers
   * UNAVAILABLE, which OTLP exporters retry (RESOURCE_EXHAUSTED they drop).
   */
  otlpHandlers(): grpc.UntypedServiceImplementation {
    return {
      export: (call: grpc.ServerUnaryCall<Buffer, Buffer>, callback: grpc.sendUnaryData<Buffer>) =>
        this.#unary(call, callback, (bytes) => this.#decodeOtlp(bytes), grpc.status.UNAVAILABLE),
    };
  }

  /** Cumulative OTLP streams remembered, and forgotten so far (for /metrics). */
  get otlpStreams(): { live: number; forgotten: number } {
    return { live: this.#otlp?.streams.size ?? 0, forgotten: this.#otlp?.streams.forgotten ?? 0 };
  }

  /** Starts issuing watermarks at each window boundary plus the lateness. */
  start(): void {
    this.tick(Date.now() - this.#options.latenessMs);
    this.#scheduleTick();
  }

  /** Watermark the next metric is judged against (for tests and /metrics). */
  get watermark(): number {
    return this.#watermark;
  }

  get queuedBatches(): number {
    return this.#queue.length;
  }

  // ------------------------------------------------------------------ calls

  #authorized(metadata: grpc.Metadata): boolean {
    const tokens = this.#options.producerTokens;
    if (tokens.size === 0) return true;
    const header = metadata.get('authorization')[0];
    const value = typeof header === 'string' ? header : header?.toString() ?? '';
    return value.startsWith('Bearer ') && tokens.has(value.slice(7));
  }

  #push(call: grpc.ServerUnaryCall<Buffer, Buffer>, callback: grpc.sendUnaryData<Buffer>): void {
    this.#unary(call, callback, (bytes) => this.#decode(bytes), grpc.status.RESOURCE_EXHAUSTED);
  }

  /**
   * One request, one answer. `busy` is the status when the request cannot
   * get into the rings in time (nothing of it accepted).
   */
  #unary(call: grpc.ServerUnaryCall<Buffer, Buffer>, callback: grpc.sendUnaryData<Buffer>,
    decode: (bytes: Buffer) => Decoded, busy: grpc.status): void {
    if (!this.#authorized(call.metadata)) {
      Ledger.add(this.#ledger.batchesRefused, 'unauthenticated');
      return callback({ code: grpc.status.UNAUTHENTICATED, details: 'missing or wrong producer token' });
    }
    if (this.state !== 'running') {
      Ledger.add(this.#ledger.batchesRefused, 'unavailable');
      return callback({ code: grpc.status.UNAVAILABLE, details: 'server is shutting down' });
    }
    const refuse = this.#refuseReason();
    if (refuse !== null) {
      Ledger.add(this.#ledger.batchesRefused, 'bus_unavailable');
      return callback({ code: grpc.status.UNAVAILABLE, details: refuse });
    }
    // Refused before decoding, so that the refused batch leaves nothing
    // behind (no series, no names) but the count.
    if (this.#queuedBytes > this.#options.maxQueuedBytes) {
      Ledger.add(this.#ledger.batchesRefused, 'queue_full');
      return callback({ code: busy, details: 'ingest queue full: shards are behind' });
    }
    const outcome = decode(call.request);
    if (outcome.error !== null) return callback(outcome.error);
    if (outcome.pending === null) return callback(null, outcome.ack);

    const pending = outcome.pending;
    const deadline = call.getDeadline();
    const deadlineMs = deadline instanceof Date ? deadline.getTime() : deadline;
    // Answer a little before the caller's deadline, so that it hears
    // RESOURCE_EXHAUSTED (nothing accepted, safe to retry) rather than its own
    // DEADLINE_EXCEEDED (which cannot say whether the batch got in).
    const waitMs = Math.max(0, Math.min(this.#options.pushTimeoutMs, deadlineMs - Date.now() - kDeadlineMarginMs));
    const timer = setTimeout(() => {
      if (this.#abandon(pending, 'deadline')) {
        callback({ code: busy, details: `shard rings full for ${waitMs} ms; nothing of this batch was accepted` });
      }
    }, waitMs);
    call.on('cancelled', () => { clearTimeout(timer); this.#abandon(pending, 'cancelled'); });
    pending.onCommit = () => { clearTimeout(timer); callback(null, outcome.ack); };
    pending.answerGivenUp = (details) => { clearTimeout(timer); callback({ code: busy, details }); };
    this.#enqueue(pending);
  }

  #stream(call: grpc.ServerDuplexStream<Buffer, Buffer>): void {
    if (!this.#authorized(call.metadata)) {
      Ledger.add(this.#ledger.batchesRefused, 'unauthenticated');
      call.emit('error', { code: grpc.status.UNAUTHENTICATED, details: 'missing or wrong producer token' });
      return;
    }
    const stream: StreamState = { waiting: null, ended: false };
    this.#streams.set(call, stream);
    const close = (): void => {
      this.#streams.delete(call);
      if (this.state === 'running') call.end();
      else call.emit('error', { code: grpc.status.UNAVAILABLE, details: 'server is shutting down' });
    };
    call.on('data', (bytes: Buffer) => {
      if (this.state !== 'running') {
        Ledger.add(this.#ledger.batchesRefused, 'unavailable');
        return close();
      }
      const refuse = this.#refuseReason();
      if (refuse !== null) {
        // The stream ends with UNAVAILABLE; the producer reconnects and resends
        // this batch (it was not acked).
        Ledger.add(this.#ledger.batchesRefused, 'bus_unavailable');
        this.#streams.delete(call);
        call.emit('error', { code: grpc.status.UNAVAILABLE, details: refuse });
        return;
      }
      const outcome = this.#decode(bytes);
      if (outcome.error !== null) {
        // A malformed or oversized batch ends the stream: later batches of a
        // producer that sends garbage cannot be trusted either.
        this.#streams.delete(call);
        call.emit('error', outcome.error);
        return;
      }
      if (outcome.pending === null) {
        if (!call.write(outcome.ack)) this.#pauseUntilDrained(call);
        return;
      }
      // Wait for ring space without reading further: flow control does the rest.
      call.pause();
      stream.waiting = outcome.pending;
      outcome.pending.onCommit = () => {
        stream.waiting = null;
        const more = call.write(outcome.ack);
        if (stream.ended || this.state !== 'running') return close();
        if (more) call.resume();
        else this.#pauseUntilDrained(call);
      };
      this.#enqueue(outcome.pending);
    });
    call.on('end', () => {
      stream.ended = true;
      if (stream.waiting === null) close();
    });
    call.on('cancelled', () => {
      this.#streams.delete(call);
      if (stream.waiting !== null) this.#abandon(stream.waiting, 'cancelled');
    });
  }

  #pauseUntilDrained(call: grpc.ServerDuplexStream<Buffer, Buffer>): void {
    call.pause();
    call.once('drain', () => call.resume());
  }

  // --------------------------------------------------------------- batches

  /**
   * Decodes a batch. Either it is refused whole (`error`), or it was
   * committed at once (`pending` null: send `ack`), or it must wait.
   */
  #decode(bytes: Buffer): Decoded {
    const decoder = this.#decoder;
    let status: ReturnType<BatchDecoder['decode']>;
    try {
      status = decoder.decode(bytes, Date.now(), this.#watermark);
    } catch (error) {
      // The decoder reports malformed input without throwing; this is a bug
      // guard, so that no exception escapes into grpc-js and nothing of the
      // batch stays staged.
      for (const writer of this.#writers) writer.reset();
      Ledger.add(this.#ledger.batchesRefused, 'internal');
      return { error: { code: grpc.status.INTERNAL, details: `ingest failed on this batch: ${(error as Error).message}` }, ack: empty, pending: null };
    }
    if (status === 'malformed') {
      Ledger.add(this.#ledger.batchesRefused, 'malformed');
      return { error: { code: grpc.status.INVALID_ARGUMENT, details: `malformed MetricBatch: ${decoder.error}` }, ack: empty, pending: null };
    }
    if (status === 'too_many_metrics') {
      Ledger.add(this.#ledger.batchesRefused, 'too_large');
      return { error: { code: grpc.status.RESOURCE_EXHAUSTED, details: `batch has more than ${this.#options.maxMetrics} metrics` }, ack: empty, pending: null };
    }
    const ledger = this.#ledger;
    ledger.received += decoder.metrics;
    for (let r = 0; r < reasonCodes.length; r++) {
      if (decoder.rejectedByReason[r]! > 0) Ledger.add(ledger.rejected, reasonCodes[r]!, decoder.rejectedByReason[r]!);
    }
    const ack = encodePushAck({
      sequence: bytes.subarray(decoder.sequenceStart, decoder.sequenceEnd),
      accepted: decoder.accepted,
      rejected: decoder.rejected,
      rejectionIndex: decoder.listedIndex,
      rejectionReason: decoder.listedReason,
    });
    return this.#stage(ack, decoder.accepted, decoder.acceptedByShard);
  }

  /**
   * Decodes an OTLP ExportMetricsServiceRequest into the same writers. A
   * request is refused whole only when it is not protobuf (INVALID_ARGUMENT)
   * or has more data points than a batch may have metrics (INVALID_ARGUMENT:
   * retrying it cannot help; never RESOURCE_EXHAUSTED on this path).
   */
  #decodeOtlp(bytes: Buffer): Decoded {
    const decoder = this.#otlp;
    if (decoder === null) return { error: { code: grpc.status.UNIMPLEMENTED, details: 'OTLP ingest is off' }, ack: empty, pending: null };
    let status: ReturnType<OtlpDecoder['decode']>;
    try {
      status = decoder.decode(bytes, Date.now(), this.#watermark);
    } catch (error) {
      for (const writer of this.#writers) writer.reset();
      Ledger.add(this.#ledger.batchesRefused, 'internal');
      return { error: { code: grpc.status.INTERNAL, details: `ingest failed on this request: ${(error as Error).message}` }, ack: empty, pending: null };
    }
    if (status === 'malformed') {
      Ledger.add(this.#ledger.batchesRefused, 'malformed');
      return { error: { code: grpc.status.INVALID_ARGUMENT, details: `malformed ExportMetricsServiceRequest: ${decoder.error}` }, ack: empty, pending: null };
    }
    if (status === 'too_many_metrics') {
      Ledger.add(this.#ledger.batchesRefused, 'too_large');
      return { error: { code: grpc.status.INVALID_ARGUMENT, details: `request has more than ${this.#options.maxMetrics} data points` }, ack: empty, pending: null };
    }
    const ledger = this.#ledger;
    ledger.received += decoder.received;
    for (const [reason, n] of decoder.rejectedByReason) Ledger.add(ledger.rejected, reason, n);
    const ack = encodeExportResponse(decoder.rejectedPoints, decoder.errorMessage());
    const changes = decoder.changes;
    const outcome = this.#stage(ack, decoder.accepted, decoder.acceptedByShard);
    if (outcome.error?.code === grpc.status.RESOURCE_EXHAUSTED) outcome.error.code = grpc.status.INVALID_ARGUMENT;
    if (outcome.pending !== null) {
      const pending = outcome.pending;
      pending.streamChanges = changes;
      pending.onAbandon = () => {
        this.#abandonBuiltOn(pending);
        decoder.streams.undo(changes);
      };
    } else if (outcome.error !== null) decoder.streams.undo(changes);
    return outcome;
  }

  /**
   * Commits the batch staged in the writers to the rings at once if it
   * fits and nothing waits, else copies it out to wait in the FIFO.
   * `accepted` and `acceptedByShard` are in ledger units.
   */
  #stage(ack: Buffer, accepted: number, acceptedByShard: ArrayLike<number>): Decoded {
    const ledger = this.#ledger;
    const newNames = this.#admission?.batchNames() ?? kNoNames;
    const writers = this.#writers;
    let fits = this.#queue.length === 0;
    for (let s = 0; fits && s < writers.length; s++) {
      const n = writers[s]!.length;
      if (n > 0 && !this.#shards[s]!.mailbox.hasRoomFor(n)) fits = false;
    }
    if (fits) {
      for (let s = 0; s < writers.length; s++) {
        const mailbox = this.#shards[s]!.mailbox;
        if (writers[s]!.length > 0) {
          if (!writers[s]!.flushTo(mailbox, mailbox.maxPayload, 'lazy')) throw new Error('ring refused a batch it had room for');
          this.#opened(s);
        }
        this.committedByShard[s]! += acceptedByShard[s]!;
      }
      ledger.accepted += accepted;
      ledger.batchesAccepted++;
      this.#announce(newNames);
      return { error: null, ack, pending: null };
    }
    // Copy this batch's records out of the shared staging writers.
    const parts: Array<Uint8Array | null> = [];
    let total = 0;
    for (const writer of writers) {
      if (writer.length > this.#shards[0]!.mailbox.maxPayload) {
        for (const w of writers) w.reset();
        this.#admission?.rollbackBatch();
        Ledger.add(ledger.rejected, 'too_large', accepted);
        return { error: { code: grpc.status.RESOURCE_EXHAUSTED, details: 'batch larger than a shard ring' }, ack: empty, pending: null };
      }
      parts.push(writer.length > 0 ? writer.bytes.slice(0, writer.length) : null);
      total += writer.length;
      writer.reset();
    }
    const pending: Pending = {
      parts, bytes: total, acceptedByShard: Array.from(acceptedByShard), accepted,
      newNames, onCommit: () => {}, abandoned: false, countedFull: false,
    };
    return { error: null, ack, pending };
  }

  #announce(names: readonly string[]): void {
    const onNewName = this.#options.onNewName;
    if (onNewName !== undefined) for (const name of names) onNewName(name);
  }

  #enqueue(item: Pending): void {
    this.#queue.push(item);
    this.#queuedBytes += item.bytes;
    this.#draining ??= this.#drainQueue().finally(() => { this.#draining = null; });
  }

  /** Gives up a waiting batch; its metrics are counted as rejected for `reason`. */
  #abandon(item: Pending, reason: 'deadline' | 'cancelled'): boolean {
    if (item.abandoned || item.parts.length === 0) return false;
    item.abandoned = true;
    item.parts = [];
    this.#queuedBytes -= item.bytes;
    Ledger.add(this.#ledger.rejected, reason, item.accepted);
    item.onAbandon?.();
    return true;
  }

  /**
   * Gives up the waiting OTLP requests whose increments were computed from
   * the stream states `given` (being given up) produced, and so on: their
   * increments assume points that will never be counted. Latest first, so
   * each undo finds the state its own request left.
   */
  #abandonBuiltOn(given: Pending): void {
    if (given.streamChanges === undefined || given.streamChanges.length === 0) return;
    const produced = new Set<object>(given.streamChanges.map((change) => change.after));
    const builtOn: Pending[] = [];
    for (let i = this.#queue.indexOf(given) + 1; i > 0 && i < this.#queue.length; i++) {
      const item = this.#queue[i]!;
      if (item.abandoned || item.streamChanges === undefined) continue;
      if (!item.streamChanges.some((change) => change.before !== undefined && produced.has(change.before))) continue;
      builtOn.push(item);
      for (const change of item.streamChanges) produced.add(change.after);
    }
    for (let i = builtOn.length - 1; i >= 0; i--) {
      const item = builtOn[i]!;
      if (this.#abandon(item, 'deadline')) {
        item.answerGivenUp?.('an earlier request of the same streams was given up; nothing of this request was accepted');
      }
    }
  }

  /** Commits queued items in order as ring space frees up. */
  async #drainQueue(): Promise<void> {
    while (this.#queue.length > 0) {
      const head = this.#queue[0]!;
      if (head.abandoned) { this.#queue.shift(); continue; }
      let blocked = -1;
      for (let s = 0; s < head.parts.length; s++) {
        const part = head.parts[s];
        if (part != null && !this.#shards[s]!.mailbox.hasRoomFor(part.length)) { blocked = s; break; }
      }
      if (blocked >= 0) {
        if (!head.countedFull) { head.countedFull = true; this.#ledger.ringFull[blocked]!++; }
        // Wake at least every 100 ms so abandoned heads are skipped promptly.
        await this.#shards[blocked]!.mailbox.waitForSpace(head.parts[blocked]!.length, 100);
        continue;
      }
      this.#queue.shift();
      this.#queuedBytes -= head.bytes;
      for (let s = 0; s < head.parts.length; s++) {
        const part = head.parts[s];
        // Metrics wait lazily for the shard's next wake-up; a watermark wakes it.
        if (part != null && head.acceptedByShard !== null) {
          this.#shards[s]!.mailbox.tryPushLazy(part);
          this.#opened(s);
        } else if (part != null) this.#shards[s]!.mailbox.tryPush(part);
        if (head.acceptedByShard !== null) this.committedByShard[s]! += head.acceptedByShard[s]!;
      }
      head.parts = []; // committed: a late cancel or timer must not count it again
      if (head.acceptedByShard !== null) {
        this.#ledger.accepted += head.accepted;
        this.#ledger.batchesAccepted++;
      }
      this.#announce(head.newNames);
      head.onCommit();
    }
  }

  // ------------------------------------------------------------ watermarks

  /** Something was just committed to shard `s`: its windows stay open until `#openUntil`. */
  #opened(s: number): void {
    const coarsest = this.#options.coarsestWindowMs ?? this.#options.windowMs;
    const end = (Math.floor((Date.now() + this.#options.futureSkewMs) / coarsest) + 1) * coarsest;
    if (end > this.#openUntil[s]!) this.#openUntil[s] = end;
  }

  #scheduleTick(): void {
    if (this.state === 'stopped') return;
    const { windowMs, latenessMs } = this.#options;
    const now = Date.now();
    // Next moment a window end passes the lateness, plus 1 ms of slack.
    const nextEnd = (Math.floor((now - latenessMs) / windowMs) + 1) * windowMs;
    const delay = Math.max(1, nextEnd + latenessMs - now + 1);
    this.#tickTimer = setTimeout(() => {
      this.tick(Date.now() - this.#options.latenessMs);
      this.#scheduleTick();
    }, delay);
  }

  /**
   * Issues watermark `watermark` (and evictions) to every shard, behind
   * every batch already accepted or waiting.
   *
   * Quiet shards (with `onQuietShard`): a shard whose every window holding
   * anything it was sent has been closed by a watermark already sent to it
   * (`#openUntil <= #sentThrough`), that gets no evictions now, is not sent
   * `watermark` (nor woken for it); `onQuietShard` tells the broadcaster,
   * which counts it as closed through `watermark` once the shard has
   * reported the last watermark it was sent (so its last windows are in
   * first). Only when nothing waits in the FIFO: a waiting batch may hold
   * metrics for that shard older than `watermark`. Never for the final
   * watermark (+∞): every shard is closed and reports at shutdown.
   */
  tick(watermark: number): void {
    if (watermark <= this.#watermark) return;
    this.#watermark = watermark;
    const writers = this.#shards.map(() => new MessageWriter(256));
    if (Number.isFinite(watermark)) {
      this.#otlp?.streams.sweep(watermark + this.#options.latenessMs);
      this.#admission?.sweep(watermark + this.#options.latenessMs, (hashLo, hashHi, shard) => writeEvict(writers[shard]!, hashLo, hashHi));
    }
    let total = 0;
    const parts = writers.map((w) => {
      const start = w.length;
      writeWatermark(w, watermark);
      if (w.length - start !== kWatermarkBytes) throw new Error('watermark record size changed');
      total += w.length;
      return w.bytes.slice(0, w.length);
    });
    const barrier: Pending = {
      parts, bytes: total, acceptedByShard: null, accepted: 0, newNames: kNoNames,
      onCommit: () => {}, abandoned: false, countedFull: false,
    };
    const onQuiet = this.#options.onQuietShard;
    if (this.#queue.length === 0 && parts.every((p, s) => this.#shards[s]!.mailbox.hasRoomFor(p.length))) {
      parts.forEach((p, s) => {
        if (onQuiet !== undefined && Number.isFinite(watermark) && p.length === kWatermarkBytes && this.#openUntil[s]! <= this.#sentThrough[s]!) {
          onQuiet(s, this.#sentThrough[s]!, watermark);
          return;
        }
        this.#shards[s]!.mailbox.tryPush(p);
        this.#sentThrough[s] = watermark;
      });
    } else {
      this.#enqueue(barrier);
      this.#sentThrough.fill(watermark);
    }
  }

  /**
   * Orderly stop: refuse new batches, let waiting ones commit (or time out),
   * then close every window with a final watermark and close the mailboxes.
   * Every caller gets the same promise; safe before `start()`.
   */
  close(): Promise<void> {
    this.#closing ??= this.#close();
    return this.#closing;
  }

  async #close(): Promise<void> {
    this.state = 'draining';
    if (this.#tickTimer !== null) clearTimeout(this.#tickTimer);
    for (const [call, stream] of this.#streams) {
      // Streams with nothing waiting end now; the others right after their ack.
      if (stream.waiting === null) {
        this.#streams.delete(call);
        call.emit('error', { code: grpc.status.UNAVAILABLE, details: 'server is shutting down' });
      }
    }
    await this.#draining;
    this.tick(Number.POSITIVE_INFINITY);
    await this.#draining;
    this.state = 'stopped';
    for (const shard of this.#shards) shard.mailbox.close();
  }
}

const empty = Buffer.alloc(0);
const kNoNames: readonly string[] = [];
/** How long before a Push's deadline the ingest gives up waiting for ring space. */
const kDeadlineMarginMs = 50;
