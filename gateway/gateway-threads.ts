/**
 * `--gateway-threads N` (N > 1): the HTTP port and its SSE clients served
 * from N worker threads, each running ./gateway-thread.ts (its own HTTP
 * engine on the same host:port, SO_REUSEPORT, and its own SseGateway),
 * while the main thread keeps the gRPC ingest, the broadcaster and the bus.
 *
 * This is the main side, the relay: the real bus is subscribed once per
 * channel, reference-counted over the threads that want it, and what it
 * delivers is posted to them (a payload copy per thread, transferred);
 * new topics and resubscriptions go to every thread, ticks to every thread
 * that has a client, with a snapshot of the bus's nodes and readiness when
 * it changed. A thread with no client is sent no tick (nothing would wake
 * it but the ticks, 10 a second at 100 ms windows); when its first client
 * is admitted, it is sent the recent ticks first, to pick up from (see
 * WindowAssembly.resume). Threads ask
 * for history, the topic directory, /metrics and /readyz (answered for the
 * whole process), and admission against the connection limits, counted
 * here for all threads (./client-limits.ts). Nothing runs on a timer: an
 * idle gateway costs nothing here.
 *
 * A thread that dies is logged and counted; its clients reconnect (the
 * kernel hands them to the others) and a new thread takes its place.
 */
import { createServer } from 'node:net';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Bus } from '../bus/bus.js';
import { kBusTick, readBusHeader } from '../wire/bus-messages.js';
import type { Logger } from '../telemetry/log.js';
import { ClientCounts } from './client-limits.js';
import { nodeSharesPort } from './engines/node-engine.js';
import type { GatewayView } from './gateway-view.js';
import { HttpEngineError, listenError, type HttpEngineName } from './http-engine.js';
import type { ReadyAnswer } from './http-routes.js';
import type { GatewayStats } from './gateway-view.js';
import type { BusSnapshot, GatewayThreadConfig, MainToThread, ThreadStats, ThreadToMain } from './thread-messages.js';

const threadFile = new URL('./gateway-thread.js', import.meta.url);

/** Longest a thread gets to deliver its last windows and end its responses on close. */
const kCloseMs = 10_000;
/** Longest /metrics waits for a thread's counts (a thread that does not answer is left out). */
const kStatsMs = 2_000;
/** After `closed`, a thread gets this long to exit on its own (its last bytes leave), then is terminated. */
const kExitGraceMs = 500;
/** Ticks kept per resolution and node for a thread that had none to pick up from (nodes tick within a window or two of each other). */
const kRecentTicks = 8;
/** A node whose last tick is this many windows old is forgotten (when another node comes). */
const kForgetTicksAfter = 64;

export interface GatewayThreadsOptions {
  threads: number;
  engine: HttpEngineName;
  bus: Bus;
  log: Logger;
  /** What every thread starts with (its index, port and the bus's state are added here). */
  config: Omit<GatewayThreadConfig, 'index' | 'snapshot' | 'busKind' | 'engine'>;
  /** /metrics of the whole process. */
  metricsText: () => Promise<string>;
  /** /readyz of the whole process. */
  readyz: () => ReadyAnswer;
  /** Each window a thread delivered; called in batches, when /metrics gathers the threads' counts (`collect`). */
  onDelivered?: (waitSeconds: number, deliverSeconds: number) => void;
}

interface Thread {
  index: number;
  worker: Worker;
  alive: boolean;
  /** Its engine listens. */
  listening: boolean;
  startedAt: number;
  /** Channels (`resolution|topic`) it subscribed. */
  channels: Set<string>;
  /** The main side's requests to it (stats), by id. */
  asked: Map<number, (value: unknown) => void>;
  closed: (() => void) | null;
  /** A tick was held back from it (it had no client): it gets the recent ones when a client comes. */
  paused: boolean;
}

function emptyStats(): GatewayStats {
  return { connected: 0, framesEncoded: 0, replays: 0, backfills: 0, conflations: 0, gaps: 0, windowsWritten: 0, lateParts: 0, disconnects: new Map(), refused: new Map(), handlerErrors: 0 };
}

export class GatewayThreads implements GatewayView {
  readonly #options: GatewayThreadsOptions;
  readonly #threads: Thread[] = [];
  readonly #counts: ClientCounts;
  /** `resolution|topic` → threads subscribed to it; the real bus holds one subscription per key. */
  readonly #channels = new Map<string, Set<Thread>>();
  #port = 0;
  #askId = 1;
  #lastSnapshot = '';
  /** Per resolution, per node: the starts of its last kRecentTicks ticks, oldest first. */
  readonly #recentTicks = new Map<number, Map<number, number[]>>();
  /**
   * Per resolution, the start of the first tick this process heard: other
   * nodes may have ticked that window before the subscription began, so it
   * and those before it are never replayed to a thread that picks up.
   */
  readonly #firstTicks = new Map<number, number>();
  #closing: Promise<void> | null = null;
  #crashes = 0;
  /** Sums of the threads' counts, as of the last `collect()`. */
  #gathered: { stats: GatewayStats; groups: number; maxQueue: number; historyReads: number } = { stats: emptyStats(), groups: 0, maxQueue: 0, historyReads: 0 };

  constructor(options: GatewayThreadsOptions) {
    this.#options = options;
    this.#counts = new ClientCounts(options.config.maxClients, options.config.maxClientsPerAddress);
  }

  /** Starts the threads on one port (a free one picked here for port 0); resolves with it. */
  async start(): Promise<number> {
    const { bus } = this.#options;
    bus.onTick((payload) => this.#forwardTick(payload));
    bus.onTopic((topic) => this.#toAll({ type: 'topic', topic }));
    bus.onResubscribed((first) => this.#toAll({ type: 'resubscribed', first }));
    const { host, port, tls } = this.#options.config;
    this.#port = await probePort(host, port, tls !== null);
    try {
      // The first alone, so that a port another process took meanwhile fails once, clearly.
      await this.#spawn(0);
      await Promise.all(Array.from({ length: this.#options.threads - 1 }, (_, i) => this.#spawn(i + 1)));
    } catch (error) {
      await this.close();
      throw error;
    }
    return this.#port;
  }

  /** Each thread delivers what it still has, ends its responses and exits; idempotent. */
  close(): Promise<void> {
    this.#closing ??= this.#close();
    return this.#closing;
  }

  /** Asks every thread for its counts; keeps their sums (what `stats`, `groups`… then say) and returns each thread's. */
  async collect(): Promise<ThreadStats[]> {
    const answers = await Promise.all(this.#threads.filter((t) => t.alive).map((thread) => this.#ask(thread)));
    const each = answers.filter((a): a is ThreadStats => a !== null);
    const stats = emptyStats();
    let groups = 0; let maxQueue = 0; let historyReads = 0;
    for (const a of each) {
      groups += a.groups;
      maxQueue = Math.max(maxQueue, a.maxClientQueueBytes);
      historyReads += a.historyReads;
      const numbers = stats as unknown as Record<string, number>;
      for (const [key, value] of Object.entries(a.counts)) numbers[key] = (numbers[key] ?? 0) + value;
      for (const [reason, n] of a.disconnects) stats.disconnects.set(reason as never, (stats.disconnects.get(reason as never) ?? 0) + n);
      for (const [reason, n] of a.refused) stats.refused.set(reason as never, (stats.refused.get(reason as never) ?? 0) + n);
    }
    this.#gathered = { stats, groups, maxQueue, historyReads };
    return each;
  }

  /** Tests: makes thread `index` throw an uncaught error (it dies; see the class comment). */
  injectFault(index: number): void {
    const thread = this.#threads[index];
    if (thread !== undefined) this.#post(thread, { type: 'fault' });
  }

  /** Threads listening now. */
  get liveThreads(): number {
    return this.#threads.filter((t) => t !== undefined && t.alive && t.listening).length;
  }

  // --------------------------------------------------------------- the view

  get stats(): GatewayStats {
    return this.#gathered.stats;
  }

  get groups(): number {
    return this.#gathered.groups;
  }

  get history(): { reads: number } {
    return { reads: this.#gathered.historyReads };
  }

  maxClientQueueBytes(): number {
    return this.#gathered.maxQueue;
  }

  /** Clients of every thread, counted here as they are admitted and leave (live). */
  get clients(): number {
    return this.#counts.total;
  }

  /** Channels the real bus is subscribed to for the threads (live). */
  get subscriptions(): string[] {
    return [...this.#channels.keys()];
  }

  get engine(): HttpEngineName {
    return this.#options.engine;
  }

  get threads(): number {
    return this.#options.threads;
  }

  get threadCrashes(): number {
    return this.#crashes;
  }

  get port(): number {
    return this.#port;
  }

  // ------------------------------------------------------------- threads

  #spawn(index: number): Promise<void> {
    const { bus, config, engine } = this.#options;
    const data: GatewayThreadConfig = { ...config, port: this.#port, index, engine, busKind: bus.kind, snapshot: this.#snapshot() };
    const worker = new Worker(threadFile, { workerData: data, name: `sluice-gateway-${index}` });
    const thread: Thread = { index, worker, alive: true, listening: false, startedAt: Date.now(), channels: new Set(), asked: new Map(), closed: null, paused: false };
    this.#threads[index] = thread;
    return new Promise<void>((resolve, reject) => {
      let started = false;
      worker.on('message', (message: ThreadToMain) => {
        if (message.type === 'listening') { started = true; thread.listening = true; resolve(); return; }
        if (message.type === 'failed') {
          thread.alive = false;
          void worker.terminate();
          reject(new HttpEngineError(message.code === 'ERR_SLUICE_LISTEN' ? 'ERR_SLUICE_LISTEN' : 'ERR_SLUICE_HTTP_ENGINE', message.message));
          return;
        }
        this.#receive(thread, message);
      });
      worker.on('error', (error) => {
        this.#options.log.error({ thread: index, err: error.message }, 'gateway thread failed');
        if (!started) reject(error);
      });
      worker.on('exit', (code) => {
        const crashed = thread.alive && this.#closing === null && started;
        this.#gone(thread);
        if (!started) return reject(new Error(`gateway thread ${index} exited (${code}) before it listened`));
        if (!crashed) return;
        this.#crashes++;
        this.#options.log.error({ thread: index, code }, 'gateway thread exited; its clients reconnect to the others');
        // A thread that dies at once would die again: only one that served a while is started anew.
        if (Date.now() - thread.startedAt < 1_000) return;
        this.#spawn(index).then(() => this.#options.log.info({ thread: index }, 'gateway thread started again'),
          (error: Error) => this.#options.log.error({ thread: index, err: error.message }, 'gateway thread could not be started again'));
      });
    });
  }

  /** A thread is gone: its subscriptions and its clients' counts with it, and what it was asked is answered null. */
  #gone(thread: Thread): void {
    thread.alive = false;
    thread.listening = false;
    for (const key of thread.channels) this.#unsubscribe(thread, key);
    this.#counts.dropThread(thread.index);
    for (const answer of thread.asked.values()) answer(null);
    thread.asked.clear();
    thread.closed?.();
  }

  #receive(thread: Thread, message: ThreadToMain): void {
    switch (message.type) {
      case 'subscribe': return this.#subscribe(thread, `${message.resolution}|${message.topic}`, message.resolution, message.topic);
      case 'unsubscribe': return this.#unsubscribe(thread, `${message.resolution}|${message.topic}`);
      case 'left': return this.#counts.left(thread.index, message.address);
      case 'delivered': return this.#observe(message.timings);
      case 'closed': return thread.closed?.();
      case 'reply': {
        const answer = thread.asked.get(message.id);
        thread.asked.delete(message.id);
        // A stats answer carries timings: observed even if it came too late to be waited for.
        if (message.ok) this.#observe((message.value as Partial<ThreadStats> | null)?.timings);
        return answer?.(message.value);
      }
      case 'request': return this.#answer(thread, message);
      default: return undefined;
    }
  }

  /** A thread's window timings (wait, deliver pairs) into the main thread's histograms. */
  #observe(timings: readonly number[] | undefined): void {
    const observe = this.#options.onDelivered;
    if (timings === undefined || observe === undefined) return;
    for (let i = 0; i + 1 < timings.length; i += 2) observe(timings[i]!, timings[i + 1]!);
  }

  #answer(thread: Thread, message: Extract<ThreadToMain, { type: 'request' }>): void {
    const reply = (work: () => unknown): void => {
      Promise.resolve().then(work).then(
        (value) => this.#post(thread, { type: 'reply', id: message.id, ok: true, value }),
        (error: Error) => this.#post(thread, { type: 'reply', id: message.id, ok: false, message: error.message }),
      );
    };
    const { bus } = this.#options;
    switch (message.what) {
      case 'knownTopics': return reply(() => bus.knownTopics());
      case 'history': return reply(() => bus.history(message.resolution, message.topic, message.after));
      case 'metrics': return reply(() => this.#options.metricsText());
      case 'ready': return reply(() => this.#options.readyz());
      case 'barrier': return reply(() => bus.barrier());
      case 'admit': return reply(() => {
        const refusal = this.#counts.admit(thread.index, message.address);
        // Before the reply: the client joins with the ticks picked up.
        if (refusal === null && thread.paused) this.#resume(thread);
        return refusal;
      });
      default: return undefined;
    }
  }

  #ask(thread: Thread): Promise<ThreadStats | null> {
    const id = this.#askId++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => { thread.asked.delete(id); resolve(null); }, kStatsMs);
      thread.asked.set(id, (value) => { clearTimeout(timer); resolve(value as ThreadStats | null); });
      this.#post(thread, { type: 'stats', id });
    });
  }

  // --------------------------------------------------------------- relay

  #subscribe(thread: Thread, key: string, resolution: number, topic: string): void {
    if (!thread.alive || thread.channels.has(key)) return;
    thread.channels.add(key);
    let wanting = this.#channels.get(key);
    if (wanting !== undefined) return void wanting.add(thread);
    this.#channels.set(key, (wanting = new Set([thread])));
    const targets = wanting;
    this.#options.bus.subscribe(resolution, topic, (payload) => {
      for (const t of targets) {
        // Its own buffer, transferred: one copy per thread (a view of a larger buffer would clone all of it).
        const copy = new Uint8Array(payload);
        t.worker.postMessage({ type: 'window', resolution, topic, payload: copy } satisfies MainToThread, [copy.buffer]);
      }
    });
  }

  #unsubscribe(thread: Thread, key: string): void {
    thread.channels.delete(key);
    const wanting = this.#channels.get(key);
    if (wanting === undefined || !wanting.delete(thread) || wanting.size > 0) return;
    this.#channels.delete(key);
    const bar = key.indexOf('|');
    this.#options.bus.unsubscribe(Number(key.slice(0, bar)), key.slice(bar + 1));
  }

  #forwardTick(payload: Uint8Array): void {
    const header = readBusHeader(payload);
    if (header !== null && header.type === kBusTick) this.#remember(header.resolution, header.start, header.node);
    // The bus's snapshot, built only if some thread is sent the tick (a resume carries its own).
    let changed: BusSnapshot | null | undefined;
    for (const thread of this.#threads) {
      if (thread === undefined || !thread.alive) continue;
      if (this.#counts.of(thread.index) === 0) { thread.paused = true; continue; }
      changed ??= this.#changedSnapshot();
      const copy = new Uint8Array(payload);
      thread.worker.postMessage({ type: 'tick', payload: copy, ...(changed !== null ? { snapshot: changed } : {}) } satisfies MainToThread, [copy.buffer]);
    }
  }

  /** The bus's snapshot if it changed since last sent with a tick, else null. */
  #changedSnapshot(): BusSnapshot | null {
    const snapshot = this.#snapshot();
    const text = JSON.stringify(snapshot);
    if (text === this.#lastSnapshot) return null;
    this.#lastSnapshot = text;
    return snapshot;
  }

  #remember(resolution: number, start: number, node: number): void {
    if (!this.#firstTicks.has(resolution)) this.#firstTicks.set(resolution, start);
    let nodes = this.#recentTicks.get(resolution);
    if (nodes === undefined) this.#recentTicks.set(resolution, (nodes = new Map()));
    const starts = nodes.get(node);
    if (starts === undefined) {
      // A node new here (a restart is a new node): forget those that stopped ticking long ago.
      for (const [other, kept] of nodes) if (kept.at(-1)! < start - kForgetTicksAfter * resolution) nodes.delete(other);
      return void nodes.set(node, [start]);
    }
    if (start <= starts.at(-1)!) return;
    starts.push(start);
    if (starts.length > kRecentTicks) starts.shift();
  }

  /**
   * Ticks come again to `thread`. Per resolution, the windows after the
   * first one this process heard a tick of, from the newest first tick kept
   * of a node whose kept ticks are full on, are replayed (every node's ticks
   * of them are here); the older ones count as delivered: a thread with no
   * client owed nobody a window.
   */
  #resume(thread: Thread): void {
    thread.paused = false;
    const floors: Array<[number, number]> = [];
    const recent: Array<[number, number, number]> = [];
    for (const [resolution, nodes] of this.#recentTicks) {
      let from = this.#firstTicks.get(resolution)! + resolution;
      for (const starts of nodes.values()) if (starts.length === kRecentTicks) from = Math.max(from, starts[0]!);
      floors.push([resolution, from - resolution]);
      for (const [node, starts] of nodes) for (const start of starts) if (start >= from) recent.push([resolution, start, node]);
    }
    recent.sort((a, b) => a[1] - b[1]);
    this.#post(thread, { type: 'resume', snapshot: this.#snapshot(), floors, recent });
  }

  #snapshot(): BusSnapshot {
    const { bus } = this.#options;
    return { live: [...bus.liveNodes()], known: [...bus.knownNodes()], readiness: bus.readiness(), backlogBytes: bus.backlogBytes() };
  }

  #toAll(message: MainToThread): void {
    for (const thread of this.#threads) if (thread !== undefined) this.#post(thread, message);
  }

  #post(thread: Thread, message: MainToThread): void {
    if (thread.alive) thread.worker.postMessage(message);
  }

  async #close(): Promise<void> {
    await Promise.all(this.#threads.map(async (thread) => {
      if (thread === undefined || !thread.alive) return;
      // Posted after everything the bus delivered before: the thread has those windows queued ahead of it.
      await bounded(new Promise<void>((resolve) => { thread.closed = resolve; this.#post(thread, { type: 'close' }); }), kCloseMs);
      const exited = new Promise<void>((resolve) => thread.worker.once('exit', () => resolve()));
      if (!(await bounded(exited, kExitGraceMs))) await thread.worker.terminate();
    }));
  }
}

/** Resolves true when `work` settles within `ms`, false when it does not. */
function bounded(work: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([work.then(() => true), new Promise<boolean>((resolve) => { timer = setTimeout(() => resolve(false), ms); })]).finally(() => clearTimeout(timer));
}

/**
 * The port the threads will share: for 0, a free one (the kernel does not
 * set SO_REUSEPORT on a port-0 bind, so the threads cannot all bind 0);
 * otherwise checked free with an exclusive bind first, so that a port some
 * other process shares (SO_REUSEPORT, same user) fails as clearly as a
 * busy one instead of being silently split with it.
 */
function probePort(host: string, port: number, tls: boolean): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', (error: NodeJS.ErrnoException) => reject(listenError(tls, host, port, `${error.code ?? error.message}`)));
    server.listen({ host, port, exclusive: true }, () => {
      const bound = (server.address() as { port: number }).port;
      server.close(() => resolve(bound));
    });
  });
}

/** How many gateway threads to run, and why (for the start-up log: `warn` when an explicit ask cannot be honoured). */
export function gatewayThreadCount(asked: 'auto' | number, engine: HttpEngineName, streams: boolean, cores = availableParallelism()): { threads: number; reason: string; level: 'info' | 'warn' } {
  const wanted = asked === 'auto' ? Math.min(cores, 4) : asked;
  const why = asked === 'auto' ? `auto: min(${cores} cores, 4)` : `asked for (--gateway-threads ${asked})`;
  if (wanted === 1) return { threads: 1, reason: `${why}: the main thread serves HTTP`, level: 'info' };
  if (!streams) return { threads: 1, reason: `${why}, but this node serves no streams (role ingest): the main thread serves HTTP`, level: 'info' };
  if (engine === 'node' && !nodeSharesPort()) {
    return { threads: 1, reason: `${why}, but Node ${process.versions.node}'s node:http cannot share a port (reusePort needs Node 22.12+ or 23.1+; uWebSockets.js can): the main thread serves HTTP`, level: asked === 'auto' ? 'info' : 'warn' };
  }
  return { threads: wanted, reason: why, level: 'info' };
}
