/**
 * The bus over Redis (ioredis), standalone or Redis Cluster: one client
 * publishes, one subscribes. Keys and channels, under a configurable prefix
 * (`{…}` are Redis Cluster hash tags):
 *   <prefix>{<topic>}:w:<ms>            channel: TOPIC_WINDOW payloads (per topic, window, node)
 *   <prefix>{<topic>}:h:<ms>:<node>     stream: the same payloads per node, entry id `<start>-<n>`,
 *                                       capped by count and age (same slot as the channel)
 *   <prefix>{tick}                      channel: TICK payloads
 *   <prefix>{topics}:new                channel: topics announced (new to an ingest node)
 *   <prefix>{topics}:live               sorted set: the topic directory, score = last announced or
 *                                       refreshed; entries older than the topic TTL are ignored and trimmed
 *   <prefix>{nodes}                     sorted set: ingest node heartbeats (score = last heartbeat)
 *   <prefix>{barrier}:<uuid>            channel: this process's barrier tokens
 * No pattern subscriptions: a gateway subscribes to exactly the topics its
 * clients need. On a Redis Cluster, Pub/Sub is sharded (SPUBLISH /
 * SSUBSCRIBE, Redis 7; ioredis keeps one subscriber per master and follows
 * MOVED, failovers and resharding).
 *
 * Redis going away is normal. The publisher runs with ioredis's (unbounded)
 * offline queue off; while Redis is away, publishes wait in this bus's own
 * backlog, bounded in bytes, and go out in order when it is back. The ingest
 * refuses new batches while the backlog is past half its bound (see
 * server.ts), so the backlog should never overflow; if it does, the oldest
 * waiting publish is dropped and reported through `onDrop`.
 */
import { Cluster, Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';
import {
  type Bus, type BusHandler, type BusReadiness, type History, type HistoryEntry, type HistoryLimits, type NodeInfo,
  historyKey, windowChannel,
} from './bus.js';
import { nodeHash } from './node-hash.js';

export interface RedisBusOptions extends HistoryLimits {
  /** A standalone Redis… */
  url?: string;
  /** …or the seed nodes (host:port) of a Redis Cluster. */
  clusterNodes?: string[];
  /** Prefix of every key and channel. @default 'sluice:' */
  prefix?: string;
  /** This process's node id (ingest nodes: the id of their history streams). */
  nodeId: string;
  /** A node silent this long is not live. @default 3000 */
  nodeTimeoutMs?: number;
  /** A topic neither announced nor refreshed for this long leaves the directory. @default 300000 */
  topicTtlMs?: number;
  /** Bytes of publishes kept while Redis is away. @default 64 MiB */
  maxBacklogBytes?: number;
  /** A publish that never reached Redis: dropped from a full backlog, or refused (a Redis Cluster shard down). For the ledger. */
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
  readonly #cluster: boolean;
  readonly #pub: Redis | Cluster;
  readonly #sub: Redis | Cluster;
  readonly #channels = new Map<string, BusHandler>();
  readonly #tickHandlers: BusHandler[] = [];
  readonly #topicHandlers: Array<(topic: string) => void> = [];
  readonly #resubscribedHandlers: Array<() => void> = [];
  readonly #announced = new Set<string>();
  readonly #barriers = new Map<string, () => void>();
  readonly #channelNames: { tick: string; topics: string; topicDirectory: string; nodes: string; barrier: string };
  readonly #options: RedisBusOptions;
  readonly #maxBacklog: number;
  readonly #nodeTimeoutMs: number;
  readonly #topicTtlMs: number;
  #backlog: Pending[] = [];
  #backlogBytes = 0;
  #subscriberWasReady = false;
  #closed = false;
  /** Nodes seen within the history age (for history reads), and live ones. */
  #known: NodeInfo[] = [];
  #live: NodeInfo[] = [];
  #timers: NodeJS.Timeout[] = [];
  #heartbeat: { id: string; startedAt: number } | null = null;
  #nextRefresh: Promise<void> | null = null;
  #leftAt: number | null = null;

  constructor(options: RedisBusOptions) {
    this.#options = options;
    this.#prefix = options.prefix ?? 'sluice:';
    this.#maxBacklog = options.maxBacklogBytes ?? 64 * 1024 * 1024;
    this.#nodeTimeoutMs = options.nodeTimeoutMs ?? 3000;
    this.#topicTtlMs = options.topicTtlMs ?? 300_000;
    const p = this.#prefix;
    this.#channelNames = { tick: `${p}{tick}`, topics: `${p}{topics}:new`, topicDirectory: `${p}{topics}:live`, nodes: `${p}{nodes}`, barrier: `${p}{barrier}:${randomUUID()}` };
    const retryStrategy = (times: number): number => Math.min(times * 100, 1000);
    this.#cluster = options.clusterNodes !== undefined;
    if (options.clusterNodes !== undefined) {
      const nodes = options.clusterNodes.map((n) => ({ host: n.slice(0, n.lastIndexOf(':')), port: Number(n.slice(n.lastIndexOf(':') + 1)) }));
      const common = {
        lazyConnect: true,
        clusterRetryStrategy: retryStrategy,
        clusterNodeRetryStrategy: retryStrategy,
        slotsRefreshInterval: 1000,
        redisOptions: { maxRetriesPerRequest: null },
      };
      this.#pub = new Cluster(nodes, { ...common, enableOfflineQueue: false, enableAutoPipelining: true });
      this.#sub = new Cluster(nodes, { ...common, shardedSubscribers: true });
    } else {
      if (options.url === undefined) throw new TypeError('options.url or options.clusterNodes is required');
      const common = { lazyConnect: true, retryStrategy, maxRetriesPerRequest: null };
      this.#pub = new Redis(options.url, { ...common, enableOfflineQueue: false, enableAutoPipelining: true, connectionName: 'sluice-pub' });
      this.#sub = new Redis(options.url, { ...common, connectionName: 'sluice-sub' });
    }
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
      if (this.#subscriberWasReady) setTimeout(() => { for (const handler of this.#resubscribedHandlers) handler(); }, 200).unref();
      this.#subscriberWasReady = true;
    });
    const event = this.#cluster ? 'smessageBuffer' : 'messageBuffer';
    this.#sub.on(event, (channelBytes: Buffer, message: Buffer) => this.#onMessage(channelBytes.toString(), message));
  }

  async start(): Promise<void> {
    await Promise.all([this.#pub.connect(), this.#sub.connect()]);
    const c = this.#channelNames;
    await Promise.all([c.tick, c.topics, c.barrier].map((channel) => this.#subscribeChannel(channel)));
    for (const topic of await this.knownTopics()) this.#announced.add(topic);
    await this.#refreshNodes();
    const refresh = setInterval(() => { this.#refreshNodes().catch(() => {}); }, Math.max(100, Math.floor(this.#nodeTimeoutMs / 6)));
    refresh.unref();
    this.#timers.push(refresh);
  }

  publishWindow(resolution: number, topic: string, start: number, payload: Uint8Array): void {
    const buffer = toBuffer(payload);
    this.#send({ kind: 'history', key: historyKey(this.#prefix, resolution, topic, this.#options.nodeId), start, payload: buffer });
    this.#send({ kind: 'publish', channel: windowChannel(this.#prefix, resolution, topic), payload: buffer });
  }

  publishTick(payload: Uint8Array): void {
    this.#send({ kind: 'publish', channel: this.#channelNames.tick, payload: toBuffer(payload) });
  }

  announceTopic(topic: string): void {
    if (this.#announced.has(topic)) return;
    this.#announced.add(topic);
    if (this.#pub.status !== 'ready') {
      this.#announced.delete(topic); // announced again when next seen
      return;
    }
    this.#pub.zadd(this.#channelNames.topicDirectory, Date.now(), topic)
      .then(() => this.#publishRaw(this.#channelNames.topics, Buffer.from(topic)))
      .catch((error: Error) => {
        this.#announced.delete(topic);
        this.#options.onError?.(error);
      });
  }

  refreshTopics(topics: readonly string[]): void {
    // What this node announced and no longer refreshes is announced again if
    // it comes back (its directory entry may have expired meanwhile).
    this.#announced.clear();
    for (const topic of topics) this.#announced.add(topic);
    if (this.#pub.status !== 'ready') return;
    const now = Date.now();
    const key = this.#channelNames.topicDirectory;
    const fail = (error: Error): void => this.#options.onError?.(error);
    for (let i = 0; i < topics.length; i += kTopicsPerRefresh) {
      const args: Array<string | number> = [];
      for (const topic of topics.slice(i, i + kTopicsPerRefresh)) args.push(now, topic);
      this.#pub.zadd(key, ...args).catch(fail);
    }
    this.#pub.zremrangebyscore(key, '-inf', now - this.#topicTtlMs).catch(fail);
  }

  async knownTopics(): Promise<string[]> {
    return this.#pub.zrangebyscore(this.#channelNames.topicDirectory, Date.now() - this.#topicTtlMs, '+inf');
  }

  subscribe(resolution: number, topic: string, handler: BusHandler): void {
    const channel = windowChannel(this.#prefix, resolution, topic);
    this.#channels.set(channel, handler);
    // ioredis remembers subscriptions and renews them after a reconnect.
    this.#subscribeChannel(channel).catch(() => {});
  }

  unsubscribe(resolution: number, topic: string): void {
    const channel = windowChannel(this.#prefix, resolution, topic);
    if (!this.#channels.delete(channel)) return;
    (this.#cluster ? this.#sub.sunsubscribe(channel) : this.#sub.unsubscribe(channel)).catch(() => {});
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

  heartbeat(node: { id: string; startedAt: number }): void {
    const first = this.#heartbeat === null;
    this.#heartbeat = node;
    if (!first) return;
    const beat = (): void => {
      if (this.#pub.status !== 'ready' || this.#heartbeat === null) return;
      this.#pub.zadd(this.#channelNames.nodes, Date.now(), nodeMember(this.#heartbeat)).catch(() => {});
    };
    beat();
    const timer = setInterval(beat, Math.max(100, Math.floor(this.#nodeTimeoutMs / 3)));
    timer.unref();
    this.#timers.push(timer);
  }

  liveNodes(): readonly NodeInfo[] {
    return this.#live;
  }

  knownNodes(): readonly NodeInfo[] {
    return this.#known;
  }

  leave(at: number): void {
    this.#leftAt = at;
  }

  async history(resolution: number, topic: string, after: number): Promise<History> {
    // The periodic node refresh can be a beat behind: a node that came, published
    // and left between two refreshes would be missing, and its windows with it.
    await this.#freshNodes();
    const ageHorizon = Date.now() - this.#options.maxAgeMs;
    // One stream per node id (a node restarted under its id appears once per start).
    const ids = new Set(this.#known.map((node) => node.id));
    if (ids.size === 0) ids.add(this.#options.nodeId);
    const parts = await Promise.all([...ids].map(async (id) => {
      const key = historyKey(this.#prefix, resolution, topic, id);
      const [length, first, rows] = await Promise.all([
        this.#pub.xlen(key),
        this.#pub.xrange(key, '-', '+', 'COUNT', 1),
        this.#pub.xrangeBuffer(key, `${Math.max(0, Math.floor(after) + 1)}-0`, '+'),
      ]);
      const entries: HistoryEntry[] = [];
      for (const [id, fields] of rows) {
        const start = Number(id.toString().split('-')[0]);
        if (start >= ageHorizon) entries.push({ start, payload: fields[1]! });
      }
      // At the count cap, windows before the first kept one may have been trimmed.
      const firstStart = first.length > 0 ? Number(first[0]![0].split('-')[0]) : Number.NEGATIVE_INFINITY;
      return { entries, horizon: length >= this.#options.maxWindows ? firstStart : Number.NEGATIVE_INFINITY };
    }));
    const entries = parts.flatMap((p) => p.entries).sort((a, b) => a.start - b.start);
    const horizon = Math.max(ageHorizon, ...parts.map((p) => p.horizon));
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
      this.#send({ kind: 'publish', channel: this.#channelNames.barrier, payload: Buffer.from(token) });
    });
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    for (const timer of this.#timers) clearInterval(timer);
    if (this.#heartbeat !== null && this.#pub.status === 'ready') {
      // Leave without being forgotten: a last beat old enough that no window
      // after the last one this node ticked waits for it (gateways expect a
      // node in windows starting before its last beat + the node timeout), but
      // recent enough that its history streams are still read for resumes.
      const left = Math.min(Date.now(), this.#leftAt ?? Number.POSITIVE_INFINITY) - this.#nodeTimeoutMs - 1;
      await this.#pub.zadd(this.#channelNames.nodes, left, nodeMember(this.#heartbeat)).catch(() => {});
    }
    await Promise.allSettled([this.#pub.quit(), this.#sub.quit()]);
    this.#pub.disconnect();
    this.#sub.disconnect();
  }

  #subscribeChannel(channel: string): Promise<unknown> {
    return this.#cluster ? this.#sub.ssubscribe(channel) : this.#sub.subscribe(channel);
  }

  #publishRaw(channel: string, payload: Buffer): Promise<unknown> {
    return this.#cluster ? this.#pub.spublish(channel, payload) : this.#pub.publish(channel, payload);
  }

  /**
   * A node refresh that starts after every caller of this turn asked, shared
   * by them all (many clients resuming at once make one read, not one each).
   */
  #freshNodes(): Promise<void> {
    this.#nextRefresh ??= Promise.resolve().then(() => {
      this.#nextRefresh = null;
      return this.#refreshNodes();
    });
    return this.#nextRefresh;
  }

  /** Reads the node set: known = seen within the history age, live = within the node timeout. */
  async #refreshNodes(): Promise<void> {
    if (this.#pub.status !== 'ready') return;
    const now = Date.now();
    const rows = await this.#pub.zrangebyscore(this.#channelNames.nodes, now - this.#options.maxAgeMs, '+inf', 'WITHSCORES');
    const known: NodeInfo[] = [];
    for (let i = 0; i < rows.length; i += 2) {
      const member = rows[i]!;
      const bar = member.lastIndexOf('|');
      const id = member.slice(0, bar);
      const startedAt = Number(member.slice(bar + 1));
      known.push({ id, hash: nodeHash(id, startedAt), startedAt, lastSeen: Number(rows[i + 1]) });
    }
    this.#known = known;
    this.#live = known.filter((n) => now - n.lastSeen < this.#nodeTimeoutMs);
    if (Math.random() < 0.05) this.#pub.zremrangebyscore(this.#channelNames.nodes, '-inf', now - this.#options.maxAgeMs).catch(() => {});
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
      this.#publishRaw(op.channel, op.payload).then(() => this.#options.onPublished?.((performance.now() - sent) / 1000), (error: Error) => {
        fail(error);
        this.#options.onDrop?.(op.channel, op.payload);
      });
    } else {
      const cutoff = Math.max(0, Math.floor(Date.now() - this.#options.maxAgeMs));
      // `<start>-*`: a node restarted with the same id re-publishes the coarse
      // windows its drain closed early; both parts stay (replays merge them).
      this.#pub.xadd(op.key, 'MINID', '~', `${cutoff}-0`, `${op.start}-*`, 'w', op.payload).catch(fail);
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
    const c = this.#channelNames;
    if (channel === c.tick) {
      for (const tick of this.#tickHandlers) tick(message);
    } else if (channel === c.topics) {
      const topic = message.toString();
      this.#announced.add(topic);
      for (const onTopic of this.#topicHandlers) onTopic(topic);
    } else if (channel === c.barrier) {
      const token = message.toString();
      this.#barriers.get(token)?.();
      this.#barriers.delete(token);
    }
  }
}

/** Topics per ZADD when an ingest node refreshes its live topics. */
const kTopicsPerRefresh = 1000;

/** A node run's member in the node set: `<id>|<startedAt>` (ids have no `|`). */
function nodeMember(node: { id: string; startedAt: number }): string {
  return `${node.id}|${node.startedAt}`;
}

function toBuffer(payload: Uint8Array): Buffer {
  return Buffer.isBuffer(payload) ? payload : Buffer.from(payload.buffer, payload.byteOffset, payload.byteLength);
}
