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
 *
 * Redis that does not answer (stopped, swapping, a network that drops
 * packets without closing) is handled like Redis that is gone: commands
 * sent and not yet answered sit in ioredis's command queue, so their bytes
 * count in the backlog too; at most a quarter of the bound is in flight,
 * the rest waits here. A PING keeps an idle connection honest, and once the
 * oldest unanswered command is older than `answerTimeoutMs` the bus says it
 * is not ready and sends nothing more until Redis answers again.
 *
 * Starting does not wait for Redis: `start()` resolves once Redis is first
 * reached (or rejects after `connectTimeoutMs`, naming it and the cause),
 * and until then publishes wait in the backlog as for a Redis that is gone.
 */
import { SluiceError } from '../catalogue/errors.js';
import { Cluster, Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';
import {
  type Bus, type BusHandler, type BusReadiness, type History, type HistoryEntry, type HistoryLimits, type NodeInfo,
  fixedKeys, historyKey, windowChannel,
} from './bus.js';
import { nodeHash } from './node-hash.js';
import { redisTarget } from './redis-target.js';

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
  /** Bytes of publishes kept while Redis is away or not answering (sent and unanswered ones included). @default 64 MiB */
  maxBacklogBytes?: number;
  /** Redis whose oldest unanswered command is this old is taken for gone. @default 5000 */
  answerTimeoutMs?: number;
  /** `start()` gives up after this long without reaching Redis; 0 = waits for ever. @default 0 */
  connectTimeoutMs?: number;
  /** A publish that never reached Redis: dropped from a full backlog, or refused (a Redis Cluster shard down). For the ledger. */
  onDrop?: (channel: string, payload: Uint8Array) => void;
  /** A command Redis answered with an error. */
  onError?: (error: Error) => void;
  /** A publish or history write sent again: its Redis Cluster slot was moving (see `kSlotMoving`). */
  onRetry?: () => void;
  /** Seconds from sending a PUBLISH to Redis's reply (for /metrics). */
  onPublished?: (seconds: number) => void;
  /** Connection state changes, for logs. */
  onStateChange?: (connection: 'publisher' | 'subscriber', state: string) => void;
}

/** `tries`: how many times the op was sent again because its slot was moving. */
type Pending =
  | { kind: 'publish'; channel: string; payload: Buffer; tries?: number }
  | { kind: 'history'; key: string; start: number; payload: Buffer; tries?: number };

/**
 * Redis Cluster answers while a slot moves between masters (resharding,
 * failover). ioredis follows them itself, except in an auto-pipeline that
 * also holds a command that succeeded (a write to the old master just
 * before the move): there each refused command gets its error, and a
 * window's publish was dropped (seen under load in the MOVED test: 5–8
 * metrics lost in 2 runs of 6). Such a command is sent again, after a
 * fresh read of the slot map, every `kSlotMoveRetryMs`, at most
 * `kSlotMoveTries` times (3 s), then dropped and counted as before.
 */
const kSlotMoving = new Set(['MOVED', 'ASK', 'TRYAGAIN', 'CLUSTERDOWN']);
const kSlotMoveRetryMs = 50;
const kSlotMoveTries = 60;

export class RedisBus implements Bus {
  readonly kind = 'redis' as const;
  readonly #prefix: string;
  readonly #cluster: boolean;
  readonly #pub: Redis | Cluster;
  readonly #sub: Redis | Cluster;
  readonly #channels = new Map<string, BusHandler>();
  readonly #tickHandlers: BusHandler[] = [];
  readonly #topicHandlers: Array<(topic: string) => void> = [];
  readonly #resubscribedHandlers: Array<(first: boolean) => void> = [];
  readonly #announced = new Set<string>();
  /** Topics announced or refreshed while Redis was away: told to the directory when it answers. */
  readonly #unannounced = new Set<string>();
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
  #closing: Promise<void> | null = null;
  /** Nodes seen within the history age (for history reads), and live ones. */
  #known: NodeInfo[] = [];
  #live: NodeInfo[] = [];
  #timers: NodeJS.Timeout[] = [];
  #heartbeat: { id: string; startedAt: number } | null = null;
  #nextRefresh: Promise<void> | null = null;
  #leftAt: number | null = null;
  readonly #answerTimeoutMs: number;
  readonly #target: string;
  /** Redis was reached once and the fixed subscriptions and directory are set up. */
  #connected = false;
  /** Commands sent on the publisher and not answered yet, their payload bytes, and since when Redis owes an answer. */
  #inflight = 0;
  #inflightBytes = 0;
  #owedSince = 0;
  #pinging = false;
  #lastError = '';
  #giveUp: ((error: Error) => void) | null = null;

  constructor(options: RedisBusOptions) {
    this.#options = options;
    this.#prefix = options.prefix ?? 'sluice:';
    this.#maxBacklog = options.maxBacklogBytes ?? 64 * 1024 * 1024;
    this.#nodeTimeoutMs = options.nodeTimeoutMs ?? 3000;
    this.#answerTimeoutMs = options.answerTimeoutMs ?? 5000;
    this.#target = redisTarget(options);
    this.#topicTtlMs = options.topicTtlMs ?? 300_000;
    const p = this.#prefix;
    this.#channelNames = fixedKeys(p, randomUUID());
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
      // Reported through the state changes below (ioredis reconnects); kept for a start that gives up.
      connection.on('error', (error: Error) => { this.#lastError = error.message; });
      for (const state of ['ready', 'close', 'reconnecting', 'end'] as const) {
        connection.on(state, () => options.onStateChange?.(name, state));
      }
    }
    this.#pub.on('ready', () => { this.#drainBacklog(); this.#announceUnannounced(); });
    this.#sub.on('ready', () => {
      // ioredis renews every subscription on reconnect; give it a moment,
      // then tell listeners they may have missed messages meanwhile.
      if (this.#subscriberWasReady) setTimeout(() => { for (const handler of this.#resubscribedHandlers) handler(false); }, 200).unref();
      this.#subscriberWasReady = true;
    });
    const event = this.#cluster ? 'smessageBuffer' : 'messageBuffer';
    this.#sub.on(event, (channelBytes: Buffer, message: Buffer) => this.#onMessage(channelBytes.toString(), message));
  }

  /** Where this bus connects, password redacted (for logs). */
  get target(): string {
    return this.#target;
  }

  /**
   * Connects in the background (ioredis retries for ever) and resolves once
   * both connections are ready and set up; rejects after `connectTimeoutMs`
   * with an error naming the Redis and the last cause.
   */
  async start(): Promise<void> {
    const refresh = setInterval(() => { this.#refreshNodes().catch(() => {}); }, Math.max(100, Math.floor(this.#nodeTimeoutMs / 6)));
    const watch = setInterval(() => this.#watch(), Math.min(1000, Math.max(50, Math.floor(this.#answerTimeoutMs / 4))));
    for (const timer of [refresh, watch]) { timer.unref(); this.#timers.push(timer); }
    await this.#firstConnection();
    this.#connected = true;
    // Subscribed all at once and in this turn: a subscribe() from now on goes out itself.
    const c = this.#channelNames;
    await Promise.all([c.tick, c.topics, c.barrier, ...this.#channels.keys()].map((channel) => this.#subscribeChannel(channel)));
    // Listeners that asked before Redis was reached learn the directory now
    // (this node's own topics too: their announcement may have gone out
    // before the subscription above).
    for (const topic of await this.knownTopics()) {
      this.#announced.add(topic);
      for (const onTopic of this.#topicHandlers) onTopic(topic);
    }
    // Whatever was published before these subscriptions (the backlog drained
    // on connect, another node's windows) reached nobody live: listeners
    // catch up from the history, now, before the ticks that come next can
    // tell them a later window was delivered.
    for (const handler of this.#resubscribedHandlers) handler(true);
    await this.#refreshNodes();
  }

  #firstConnection(): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const connectTimeoutMs = this.#options.connectTimeoutMs ?? 0;
      let timer: NodeJS.Timeout | undefined;
      const done = (error: Error | null): void => {
        clearTimeout(timer);
        this.#pub.off('ready', check);
        this.#sub.off('ready', check);
        this.#giveUp = null;
        if (error === null) resolve();
        else reject(error);
      };
      const check = (): void => {
        if (this.#pub.status === 'ready' && this.#sub.status === 'ready') done(null);
      };
      this.#giveUp = done;
      this.#pub.on('ready', check);
      this.#sub.on('ready', check);
      if (connectTimeoutMs > 0) {
        timer = setTimeout(() => done(new RedisUnreachableError(
          `cannot connect to Redis at ${this.#target} within ${connectTimeoutMs} ms: ${this.#lastError === '' ? 'no answer' : this.#lastError}`,
        )), connectTimeoutMs);
      }
      // A failed first attempt rejects connect(); ioredis keeps retrying (retryStrategy).
      this.#pub.connect().catch(() => {});
      this.#sub.connect().catch(() => {});
    });
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
    if (this.#pub.status !== 'ready') {
      this.#unannounced.add(topic);
      return;
    }
    this.#announced.add(topic);
    this.#pub.zadd(this.#channelNames.topicDirectory, Date.now(), topic)
      .then(() => this.#publishRaw(this.#channelNames.topics, Buffer.from(topic)))
      .catch((error: Error) => {
        this.#announced.delete(topic);
        this.#options.onError?.(error);
      });
  }

  #announceUnannounced(): void {
    const topics = [...this.#unannounced];
    this.#unannounced.clear();
    for (const topic of topics) {
      this.#announced.delete(topic);
      this.announceTopic(topic);
    }
  }

  refreshTopics(topics: readonly string[]): void {
    // What this node announced and no longer refreshes is announced again if
    // it comes back (its directory entry may have expired meanwhile).
    if (this.#pub.status !== 'ready') {
      // Redis may come back without its directory (a restart): all of them then.
      for (const topic of topics) this.#unannounced.add(topic);
      return;
    }
    this.#announced.clear();
    for (const topic of topics) this.#announced.add(topic);
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
    if (!this.#connected) return [...this.#announced]; // start() tells onTopic listeners the rest
    return this.#pub.zrangebyscore(this.#channelNames.topicDirectory, Date.now() - this.#topicTtlMs, '+inf');
  }

  subscribe(resolution: number, topic: string, handler: BusHandler): void {
    const channel = windowChannel(this.#prefix, resolution, topic);
    this.#channels.set(channel, handler);
    // ioredis remembers subscriptions and renews them after a reconnect;
    // before Redis was first reached, start() subscribes every channel.
    if (this.#connected) this.#subscribeChannel(channel).catch(() => {});
  }

  unsubscribe(resolution: number, topic: string): void {
    const channel = windowChannel(this.#prefix, resolution, topic);
    if (!this.#channels.delete(channel)) return;
    if (this.#connected) (this.#cluster ? this.#sub.sunsubscribe(channel) : this.#sub.unsubscribe(channel)).catch(() => {});
  }

  onTick(handler: BusHandler): void {
    this.#tickHandlers.push(handler);
  }

  onTopic(handler: (topic: string) => void): void {
    this.#topicHandlers.push(handler);
  }

  onResubscribed(handler: (first: boolean) => void): void {
    this.#resubscribedHandlers.push(handler);
  }

  heartbeat(node: { id: string; startedAt: number }): void {
    const first = this.#heartbeat === null;
    this.#heartbeat = node;
    if (!first) return;
    const beat = (): void => {
      if (!this.#answering() || this.#heartbeat === null) return;
      this.#track(this.#pub.zadd(this.#channelNames.nodes, Date.now(), nodeMember(this.#heartbeat)), 0).catch(() => {});
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
    return this.#backlogBytes + this.#inflightBytes;
  }

  readiness(): BusReadiness {
    if (this.#closed) return { ready: false, reason: 'bus closed' };
    if (!this.#connected) return { ready: false, reason: `waiting for Redis at ${this.#target} (${this.#pub.status === 'ready' ? 'setting up' : this.#lastError || 'connecting'})` };
    const silentMs = this.#cluster ? 0 : this.#silentMs();
    if (silentMs >= this.#answerTimeoutMs) return { ready: false, reason: `redis not answering for ${Math.round(silentMs)} ms (${this.#inflight} commands unanswered)` };
    if (this.#pub.status !== 'ready') return { ready: false, reason: `redis publisher ${this.#pub.status}` };
    if (this.#sub.status !== 'ready') return { ready: false, reason: `redis subscriber ${this.#sub.status}` };
    return { ready: true };
  }

  barrier(timeoutMs = 5000): Promise<boolean> {
    // Redis that is gone cannot pass a barrier: do not hold a stop up waiting.
    if (!this.#connected || this.#pub.status !== 'ready' || !this.#answering()) return Promise.resolve(false);
    const token = randomUUID();
    return new Promise((resolve) => {
      const timer = setTimeout(() => { this.#barriers.delete(token); resolve(false); }, timeoutMs);
      this.#barriers.set(token, () => { clearTimeout(timer); resolve(true); });
      this.#send({ kind: 'publish', channel: this.#channelNames.barrier, payload: Buffer.from(token) });
    });
  }

  /**
   * Leaves, drops what still waits (counted through `onDrop`), and
   * disconnects; bounded in time whatever Redis does (gone, hung, a Cluster
   * without masters): each step waits at most `kCloseStepMs`.
   */
  close(): Promise<void> {
    this.#closing ??= this.#close();
    return this.#closing;
  }

  async #close(): Promise<void> {
    this.#closed = true;
    for (const timer of this.#timers) clearInterval(timer);
    this.#giveUp?.(new RedisUnreachableError(`closed before Redis at ${this.#target} was reached`));
    if (this.#heartbeat !== null && this.#pub.status === 'ready' && this.#answering()) {
      // Leave without being forgotten: a last beat old enough that no window
      // after the last one this node ticked waits for it (gateways expect a
      // node in windows starting before its last beat + the node timeout), but
      // recent enough that its history streams are still read for resumes.
      const left = Math.min(Date.now(), this.#leftAt ?? Number.POSITIVE_INFINITY) - this.#nodeTimeoutMs - 1;
      await withinMs(this.#pub.zadd(this.#channelNames.nodes, left, nodeMember(this.#heartbeat)), kCloseStepMs);
    }
    // What never reached Redis is lost, and said so.
    const unsent = this.#backlog;
    this.#backlog = [];
    this.#backlogBytes = 0;
    for (const op of unsent) if (op.kind === 'publish') this.#options.onDrop?.(op.channel, op.payload);
    const quits = [this.#pub, this.#sub].map((c) => (c.status === 'ready' ? c.quit() : Promise.resolve()));
    await withinMs(Promise.allSettled(quits), kCloseStepMs);
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
    if (!this.#answering()) return;
    const now = Date.now();
    const rows = await this.#track(this.#pub.zrangebyscore(this.#channelNames.nodes, now - this.#options.maxAgeMs, '+inf', 'WITHSCORES'), 0);
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

  /** Milliseconds the oldest unanswered command on the publisher has waited (0: none waits). */
  #silentMs(): number {
    return this.#inflight === 0 ? 0 : performance.now() - this.#owedSince;
  }

  /**
   * Connected and answering: worth sending to. On a Redis Cluster the
   * commands of all masters share one count, and one master gone (its
   * commands retried until it is back) must not stop the others: there the
   * bytes in flight are still counted and capped, but silence is not judged.
   */
  #answering(): boolean {
    return this.#pub.status === 'ready' && (this.#cluster || this.#silentMs() < this.#answerTimeoutMs);
  }

  /** May a publish go out now (at most a quarter of the backlog bound in flight)? */
  #canIssue(): boolean {
    return this.#answering() && this.#inflightBytes < this.#maxBacklog / 4;
  }

  /**
   * Counts a publisher command as owed until Redis answers (or the
   * connection fails it). Redis answers in order, so "owed since" is the
   * send time of the oldest command, or the last answer if that is later.
   */
  #track<T>(command: Promise<T>, bytes: number): Promise<T> {
    if (this.#inflight === 0) this.#owedSince = performance.now();
    this.#inflight++;
    this.#inflightBytes += bytes;
    const settle = (): void => {
      this.#inflight--;
      this.#inflightBytes -= bytes;
      this.#owedSince = performance.now();
      if (this.#backlog.length > 0) this.#drainBacklog();
    };
    command.then(settle, settle);
    return command;
  }

  /** A PING when none is out, so that a silent Redis is noticed without traffic; and a retry of the backlog. */
  #watch(): void {
    if (this.#closed) return;
    if (!this.#pinging && this.#pub.status === 'ready') {
      this.#pinging = true;
      this.#track(this.#pub.ping(), 0).catch(() => {}).finally(() => { this.#pinging = false; });
    }
    if (this.#backlog.length > 0) this.#drainBacklog();
  }

  #send(op: Pending): void {
    if (this.#backlog.length === 0 && this.#canIssue()) return this.#issue(op);
    this.#backlog.push(op);
    this.#backlogBytes += op.payload.length;
    while (this.#backlogBytes + this.#inflightBytes > this.#maxBacklog && this.#backlog.length > 0) {
      const dropped = this.#backlog.shift()!;
      this.#backlogBytes -= dropped.payload.length;
      if (dropped.kind === 'publish') this.#options.onDrop?.(dropped.channel, dropped.payload);
    }
  }

  #issue(op: Pending): void {
    const fail = (error: Error): void => this.#options.onError?.(error);
    if (op.kind === 'publish') {
      const sent = performance.now();
      this.#track(this.#publishRaw(op.channel, op.payload), op.payload.length).then(() => this.#options.onPublished?.((performance.now() - sent) / 1000), (error: Error) => {
        if (this.#retryAfterSlotMove(op, error)) return;
        fail(error);
        this.#options.onDrop?.(op.channel, op.payload);
      });
    } else {
      const cutoff = Math.max(0, Math.floor(Date.now() - this.#options.maxAgeMs));
      // `<start>-*`: a node restarted with the same id re-publishes the coarse
      // windows its drain closed early; both parts stay (replays merge them).
      this.#track(this.#pub.xadd(op.key, 'MINID', '~', `${cutoff}-0`, `${op.start}-*`, 'w', op.payload), op.payload.length).catch((error: Error) => {
        if (!this.#retryAfterSlotMove(op, error)) fail(error);
      });
      this.#track(this.#pub.xtrim(op.key, 'MAXLEN', '~', this.#options.maxWindows), 0).catch(fail);
      this.#track(this.#pub.pexpire(op.key, this.#options.maxAgeMs), 0).catch(fail);
    }
  }

  /** Sends `op` again later if Redis Cluster refused it because its slot was moving (see `kSlotMoving`). */
  #retryAfterSlotMove(op: Pending, error: Error): boolean {
    const space = error.message.indexOf(' ');
    if (!this.#cluster || this.#closed || (op.tries ?? 0) >= kSlotMoveTries || !kSlotMoving.has(space < 0 ? error.message : error.message.slice(0, space))) return false;
    op.tries = (op.tries ?? 0) + 1;
    this.#options.onRetry?.();
    if (op.tries === 1) (this.#pub as Cluster).refreshSlotsCache();
    setTimeout(() => {
      if (this.#closed) {
        if (op.kind === 'publish') this.#options.onDrop?.(op.channel, op.payload);
        return;
      }
      this.#send(op);
    }, kSlotMoveRetryMs);
    return true;
  }

  /** Sends what waits, oldest first, as far as Redis answers and the in-flight share allows. */
  #drainBacklog(): void {
    if (this.#closed) return;
    while (this.#backlog.length > 0 && this.#canIssue()) {
      const op = this.#backlog.shift()!;
      this.#backlogBytes -= op.payload.length;
      this.#issue(op);
    }
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

/** Redis could not be reached in time (`connectTimeoutMs`), or the bus closed first. */
export class RedisUnreachableError extends SluiceError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('ERR_SLUICE_REDIS_UNREACHABLE', message, options);
  }
}

/** How long each step of close() may wait on Redis. */
const kCloseStepMs = 1000;

/** Waits for `promise` (its outcome ignored) or `ms`, whichever comes first. */
function withinMs(promise: Promise<unknown>, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    promise.then(() => { clearTimeout(timer); resolve(); }, () => { clearTimeout(timer); resolve(); });
  });
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
