/**
 * The bus over Redis Pub/Sub (ioredis): one connection publishes, one
 * subscribes. Channels, under a configurable prefix:
 *   <prefix>w:<resolutionMs>:<topic>   TOPIC_WINDOW payloads (one per topic per window)
 *   <prefix>tick                       TICK payloads
 *   <prefix>topics                     topic announcements (and a SET of all topics)
 *   <prefix>barrier:<id>               this process's barrier tokens
 * No pattern subscriptions: a gateway subscribes to exactly the topics its
 * clients need.
 *
 * The publisher runs with the offline queue off: while Redis is away a
 * publish fails at once (and is counted) instead of piling up in memory.
 */
import { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';
import { type Bus, type BusHandler, type BusReadiness, windowChannel } from './bus.js';

export interface RedisBusOptions {
  url: string;
  /** Prefix of every key and channel. @default 'sluice:' */
  prefix?: string;
  /** Called when a publish could not be handed to Redis (it is lost). */
  onPublishError?: (error: Error) => void;
  /** Called on connection state changes, for logs. */
  onStateChange?: (connection: 'publisher' | 'subscriber', state: string) => void;
}

export class RedisBus implements Bus {
  readonly kind = 'redis' as const;
  readonly #prefix: string;
  readonly #pub: Redis;
  readonly #sub: Redis;
  readonly #channels = new Map<string, BusHandler>();
  readonly #tickHandlers: BusHandler[] = [];
  readonly #topicHandlers: Array<(topic: string) => void> = [];
  readonly #announced = new Set<string>();
  readonly #barriers = new Map<string, () => void>();
  readonly #barrierChannel: string;
  readonly #options: RedisBusOptions;
  #closed = false;

  constructor(options: RedisBusOptions) {
    this.#options = options;
    this.#prefix = options.prefix ?? 'sluice:';
    this.#barrierChannel = `${this.#prefix}barrier:${randomUUID()}`;
    const common = {
      lazyConnect: true,
      // Reconnect forever, backing off up to 2 s: Redis restarting is normal.
      retryStrategy: (times: number) => Math.min(times * 100, 2000),
      maxRetriesPerRequest: null,
    };
    this.#pub = new Redis(options.url, { ...common, enableOfflineQueue: false, enableAutoPipelining: true, connectionName: 'sluice-pub' });
    this.#sub = new Redis(options.url, { ...common, connectionName: 'sluice-sub' });
    for (const [name, connection] of [['publisher', this.#pub], ['subscriber', this.#sub]] as const) {
      connection.on('error', () => { /* state changes are reported below; ioredis reconnects */ });
      for (const state of ['ready', 'close', 'reconnecting', 'end'] as const) {
        connection.on(state, () => options.onStateChange?.(name, state));
      }
    }
    this.#sub.on('messageBuffer', (channelBytes: Buffer, message: Buffer) => this.#onMessage(channelBytes.toString(), message));
  }

  async start(): Promise<void> {
    await Promise.all([this.#pub.connect(), this.#sub.connect()]);
    await this.#sub.subscribe(`${this.#prefix}tick`, `${this.#prefix}topics`, this.#barrierChannel);
    for (const topic of await this.knownTopics()) this.#announced.add(topic);
  }

  publishWindow(resolution: number, topic: string, payload: Uint8Array): void {
    this.#publish(windowChannel(this.#prefix, resolution, topic), payload);
  }

  publishTick(payload: Uint8Array): void {
    this.#publish(`${this.#prefix}tick`, payload);
  }

  announceTopic(topic: string): void {
    if (this.#announced.has(topic)) return;
    this.#announced.add(topic);
    this.#pub.sadd(`${this.#prefix}topics`, topic)
      .then((added) => { if (added === 1) this.#publish(`${this.#prefix}topics`, Buffer.from(topic)); })
      .catch((error: Error) => {
        this.#announced.delete(topic); // try again with the next window
        this.#options.onPublishError?.(error);
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
      this.#publish(this.#barrierChannel, Buffer.from(token));
    });
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await Promise.allSettled([this.#pub.quit(), this.#sub.quit()]);
    this.#pub.disconnect();
    this.#sub.disconnect();
  }

  #publish(channel: string, payload: Uint8Array): void {
    const buffer = Buffer.isBuffer(payload) ? payload : Buffer.from(payload.buffer, payload.byteOffset, payload.byteLength);
    this.#pub.publish(channel, buffer).catch((error: Error) => this.#options.onPublishError?.(error));
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
