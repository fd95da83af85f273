/**
 * The bus over Redis (ioredis): one connection publishes, one subscribes.
 * Keys and channels, under a configurable prefix:
 *   <prefix>w:<resolutionMs>:<topic>   channel: TOPIC_WINDOW payloads (one per topic per window)
 *   <prefix>h:<resolutionMs>:<topic>   stream: the same payloads, entry id `<start>-0`, capped by count and age
 *   <prefix>tick                       channel: TICK payloads
 *   <prefix>topics                     channel and SET: the topic directory
 *   <prefix>barrier:<uuid>             channel: this process's barrier tokens
 * No pattern subscriptions: a gateway subscribes to exactly the topics its
 * clients need.
 *
 * Redis going away is normal. The publisher runs with ioredis's (unbounded)
 * offline queue off; while Redis is away, publishes wait in this bus's own
 * backlog, bounded in bytes, and go out in order when it is back. The ingest
 * refuses new batches while the backlog is past half its bound (see
 * IngestActor), so the backlog should never overflow; if it does, the oldest
 * waiting publish is dropped and reported through `onDrop`.
 */
import { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';
import {
  type Bus, type BusHandler, type BusReadiness, type History, type HistoryEntry, type HistoryLimits, windowChannel,
} from './bus.js';

export interface RedisBusOptions extends HistoryLimits {
  url: string;
  /** Prefix of every key and channel. @default 'sluice:' */
  prefix?: string;
  /** Bytes of publishes kept while Redis is away. @default 64 MiB */
  maxBacklogBytes?: number;
  /** A publish dropped from a full backlog (its payload), for the ledger. */
  onDrop?: (channel: string, payload: Uint8Array) => void;
  /** A command Redis answered with an error. */
  onError?: (error: Error) => void;
  /** Seconds from sending a PUBLISH to Redis's reply (for /metrics). */
  onPublished?: (seconds: number) => void;
  /** Connection state changes, for logs. */
  onStateChange?: (connection: 'publisher' | 'subscriber', state: string) => void;
}

type Pending =
  | { kind: 'publish'; channel: string; payload: Buffer }
  | { kind: 'history'; key: string; start: number; payload: Buffer };

export class RedisBus implements Bus {
  readonly kind = 'redis' as const;
  readonly #prefix: string;
  readonly #pub: Redis;
  readonly #sub: Redis;
  readonly #channels = new Map<string, BusHandler>();
  readonly #tickHandlers: BusHandler[] = [];
  readonly #topicHandlers: Array<(topic: string) => void> = [];
  readonly #resubscribedHandlers: Array<() => void> = [];
  readonly #announced = new Set<string>();
  readonly #barriers = new Map<string, () => void>();
  readonly #barrierChannel: string;
  readonly #options: RedisBusOptions;
  readonly #maxBacklog: number;
  #backlog: Pending[] = [];
  #backlogBytes = 0;
  #subscriberWasReady = false;
  #closed = false;

  constructor(options: RedisBusOptions) {
    this.#options = options;
    this.#prefix = options.prefix ?? 'sluice:';
    this.#maxBacklog = options.maxBacklogBytes ?? 64 * 1024 * 1024;
    this.#barrierChannel = `${this.#prefix}barrier:${randomUUID()}`;
    const common = {
      lazyConnect: true,
      // Reconnect forever, backing off up to 1 s: Redis restarting is normal.
      retryStrategy: (times: number) => Math.min(times * 100, 1000),
      maxRetriesPerRequest: null,
    };
    this.#pub = new Redis(options.url, { ...common, enableOfflineQueue: false, enableAutoPipelining: true, connectionName: 'sluice-pub' });
    this.#sub = new Redis(options.url, { ...common, connectionName: 'sluice-sub' });
    for (const [name, connection] of [['publisher', this.#pub], ['subscriber', this.#sub]] as const) {
      connection.on('error', () => { /* reported through the state changes below; ioredis reconnects */ });
      for (const state of ['ready', 'close', 'reconnecting', 'end'] as const) {
        connection.on(state, () => options.onStateChange?.(name, state));
      }
    }
    this.#pub.on('ready', () => this.#flushBacklog());
    this.#sub.on('ready', () => {
      // ioredis renews every subscription on reconnect; give it a moment,
      // then tell listeners they may have missed messages meanwhile.
      if (this.#subscriberWasReady) setTimeout(() => { for (const handler of this.#resubscribedHandlers) handler(); }, 100).unref();
      this.#subscriberWasReady = true;
    });
    this.#sub.on('messageBuffer', (channelBytes: Buffer, message: Buffer) => this.#onMessage(channelBytes.toString(), message));
  }

  async start(): Promise<void> {
    await Promise.all([this.#pub.connect(), this.#sub.connect()]);
    await this.#sub.subscribe(`${this.#prefix}tick`, `${this.#prefix}topics`, this.#barrierChannel);
    for (const topic of await this.knownTopics()) this.#announced.add(topic);
  }

  publishWindow(resolution: number, topic: string, start: number, payload: Uint8Array): void {
    const buffer = toBuffer(payload);
    this.#send({ kind: 'history', key: `${this.#prefix}h:${resolution}:${topic}`, start, payload: buffer });
    this.#send({ kind: 'publish', channel: windowChannel(this.#prefix, resolution, topic), payload: buffer });
  }

  publishTick(payload: Uint8Array): void {
    this.#send({ kind: 'publish', channel: `${this.#prefix}tick`, payload: toBuffer(payload) });
  }

  announceTopic(topic: string): void {
    if (this.#announced.has(topic)) return;
    this.#announced.add(topic);
    if (this.#pub.status !== 'ready') {
      this.#announced.delete(topic); // announced again when next seen
      return;
    }
    this.#pub.sadd(`${this.#prefix}topics`, topic)
      .then(() => this.#pub.publish(`${this.#prefix}topics`, topic))
      .catch((error: Error) => {
        this.#announced.delete(topic);
        this.#options.onError?.(error);
      });
  }

  async knownTopics(): Promise<string[]> {
    return this.#pub.smembers(`${this.#prefix}topics`);
  }

  subscribe(resolution: number, topic: string, handler: BusHandler): void {
    const channel = windowChannel(this.#prefix, resolution, topic);
    this.#channels.set(channel, handler);
    // ioredis remembers subscriptions and renews them after a reconnect.
    this.#sub.subscribe(channel).catch(() => {});
  }

  unsubscribe(resolution: number, topic: string): void {
    const channel = windowChannel(this.#prefix, resolution, topic);
    if (this.#channels.delete(channel)) this.#sub.unsubscribe(channel).catch(() => {});
  }

  onTick(handler: BusHandler): void {
    this.#tickHandlers.push(handler);
  }

  onTopic(handler: (topic: string) => void): void {
    this.#topicHandlers.push(handler);
  }

  onResubscribed(handler: () => void): void {
    this.#resubscribedHandlers.push(handler);
  }

  async history(resolution: number, topic: string, after: number): Promise<History> {
    const key = `${this.#prefix}h:${resolution}:${topic}`;
    const ageHorizon = Date.now() - this.#options.maxAgeMs;
    const [length, first, rows] = await Promise.all([
      this.#pub.xlen(key),
      this.#pub.xrange(key, '-', '+', 'COUNT', 1),
      this.#pub.xrangeBuffer(key, `(${Math.max(0, Math.floor(after))}-0`, '+'),
    ]);
    const entries: HistoryEntry[] = [];
    for (const [id, fields] of rows) {
      const start = Number(id.toString().split('-')[0]);
      if (start >= ageHorizon) entries.push({ start, payload: fields[1]! });
    }
    // At the count cap, windows before the first kept one may have been trimmed.
    const firstStart = first.length > 0 ? Number(first[0]![0].split('-')[0]) : Number.NEGATIVE_INFINITY;
    const horizon = length >= this.#options.maxWindows ? Math.max(ageHorizon, firstStart) : ageHorizon;
    return { entries, horizon };
  }

  backlogBytes(): number {
    return this.#backlogBytes;
  }

  readiness(): BusReadiness {
    if (this.#closed) return { ready: false, reason: 'bus closed' };
    if (this.#pub.status !== 'ready') return { ready: false, reason: `redis publisher ${this.#pub.status}` };
    if (this.#sub.status !== 'ready') return { ready: false, reason: `redis subscriber ${this.#sub.status}` };
    return { ready: true };
  }

  barrier(timeoutMs = 5000): Promise<boolean> {
    const token = randomUUID();
    return new Promise((resolve) => {
      const timer = setTimeout(() => { this.#barriers.delete(token); resolve(false); }, timeoutMs);
      this.#barriers.set(token, () => { clearTimeout(timer); resolve(true); });
      this.#send({ kind: 'publish', channel: this.#barrierChannel, payload: Buffer.from(token) });
    });
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await Promise.allSettled([this.#pub.quit(), this.#sub.quit()]);
    this.#pub.disconnect();
    this.#sub.disconnect();
  }

  #send(op: Pending): void {
    if (this.#pub.status === 'ready' && this.#backlog.length === 0) return this.#issue(op);
    this.#backlog.push(op);
    this.#backlogBytes += op.payload.length;
    while (this.#backlogBytes > this.#maxBacklog && this.#backlog.length > 0) {
      const dropped = this.#backlog.shift()!;
      this.#backlogBytes -= dropped.payload.length;
      if (dropped.kind === 'publish') this.#options.onDrop?.(dropped.channel, dropped.payload);
    }
  }

  #issue(op: Pending): void {
    const fail = (error: Error): void => this.#options.onError?.(error);
    if (op.kind === 'publish') {
      const sent = performance.now();
      this.#pub.publish(op.channel, op.payload).then(() => this.#options.onPublished?.((performance.now() - sent) / 1000), fail);
    } else {
      const cutoff = Math.max(0, Math.floor(Date.now() - this.#options.maxAgeMs));
      this.#pub.xadd(op.key, 'MINID', '~', `${cutoff}-0`, `${op.start}-0`, 'w', op.payload).catch(fail);
      this.#pub.xtrim(op.key, 'MAXLEN', '~', this.#options.maxWindows).catch(fail);
      this.#pub.pexpire(op.key, this.#options.maxAgeMs).catch(fail);
    }
  }

  #flushBacklog(): void {
    const backlog = this.#backlog;
    this.#backlog = [];
    this.#backlogBytes = 0;
    for (const op of backlog) this.#issue(op);
  }

  #onMessage(channel: string, message: Buffer): void {
    const handler = this.#channels.get(channel);
    if (handler !== undefined) return handler(message);
    if (channel === `${this.#prefix}tick`) {
      for (const tick of this.#tickHandlers) tick(message);
    } else if (channel === `${this.#prefix}topics`) {
      const topic = message.toString();
      this.#announced.add(topic);
      for (const onTopic of this.#topicHandlers) onTopic(topic);
    } else if (channel === this.#barrierChannel) {
      const token = message.toString();
      this.#barriers.get(token)?.();
      this.#barriers.delete(token);
    }
  }
}

function toBuffer(payload: Uint8Array): Buffer {
  return Buffer.isBuffer(payload) ? payload : Buffer.from(payload.buffer, payload.byteOffset, payload.byteLength);
}
