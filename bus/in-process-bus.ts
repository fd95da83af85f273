/**
 * The default bus when no Redis is configured: delivery is a synchronous
 * call on the main thread, in publish order; history is kept in memory.
 */
import { type Bus, type BusHandler, type BusReadiness, type History, type HistoryLimits, type NodeInfo, windowChannel } from './bus.js';
import { nodeHash } from './node-hash.js';
import { WindowHistory } from './window-history.js';

export interface InProcessBusOptions extends HistoryLimits {
  /** Total bytes of history kept. @default 128 MiB */
  maxHistoryBytes?: number;
  /** A topic neither announced nor refreshed for this long leaves the directory. @default 300000 */
  topicTtlMs?: number;
}

export class InProcessBus implements Bus {
  readonly kind = 'memory' as const;
  readonly #channels = new Map<string, BusHandler>();
  readonly #tickHandlers: BusHandler[] = [];
  readonly #topicHandlers: Array<(topic: string) => void> = [];
  /** The directory: topic → when it was last announced or refreshed. */
  readonly #topics = new Map<string, number>();
  readonly #topicTtlMs: number;
  readonly #history: WindowHistory;
  #nodes: NodeInfo[] = [];

  constructor(options: InProcessBusOptions = { maxWindows: 300, maxAgeMs: 300_000 }) {
    this.#history = new WindowHistory({ ...options, maxBytes: options.maxHistoryBytes ?? 128 * 1024 * 1024 });
    this.#topicTtlMs = options.topicTtlMs ?? 300_000;
  }

  async start(): Promise<void> {}

  publishWindow(resolution: number, topic: string, start: number, payload: Uint8Array): void {
    this.#history.add(resolution, topic, start, payload);
    this.#channels.get(windowChannel('', resolution, topic))?.(payload);
  }

  publishTick(payload: Uint8Array): void {
    for (const handler of this.#tickHandlers) handler(payload);
  }

  announceTopic(topic: string): void {
    const now = Date.now();
    const fresh = (this.#topics.get(topic) ?? Number.NEGATIVE_INFINITY) > now - this.#topicTtlMs;
    this.#topics.set(topic, now);
    if (fresh) return;
    for (const handler of this.#topicHandlers) handler(topic);
  }

  refreshTopics(topics: readonly string[]): void {
    const now = Date.now();
    for (const topic of topics) this.#topics.set(topic, now);
    this.#trimTopics(now);
  }

  async knownTopics(): Promise<string[]> {
    this.#trimTopics(Date.now());
    return [...this.#topics.keys()];
  }

  #trimTopics(now: number): void {
    for (const [topic, at] of this.#topics) if (at <= now - this.#topicTtlMs) this.#topics.delete(topic);
  }

  subscribe(resolution: number, topic: string, handler: BusHandler): void {
    this.#channels.set(windowChannel('', resolution, topic), handler);
  }

  unsubscribe(resolution: number, topic: string): void {
    this.#channels.delete(windowChannel('', resolution, topic));
  }

  onTick(handler: BusHandler): void {
    this.#tickHandlers.push(handler);
  }

  onTopic(handler: (topic: string) => void): void {
    this.#topicHandlers.push(handler);
  }

  onResubscribed(): void {
    // An in-process subscription never breaks.
  }

  async history(resolution: number, topic: string, after: number): Promise<History> {
    return this.#history.read(resolution, topic, after);
  }

  backlogBytes(): number {
    return 0;
  }

  heartbeat(node: { id: string; startedAt: number }): void {
    this.#nodes = [{ id: node.id, hash: nodeHash(node.id, node.startedAt), startedAt: node.startedAt, lastSeen: Date.now() }];
  }

  /** The one node is this process: alive until the bus closes. */
  liveNodes(): readonly NodeInfo[] {
    return this.#nodes.map((node) => ({ ...node, lastSeen: Date.now() }));
  }

  knownNodes(): readonly NodeInfo[] {
    return this.liveNodes();
  }

  leave(): void {}

  readiness(): BusReadiness {
    return { ready: true };
  }

  async barrier(): Promise<boolean> {
    return true;
  }

  close(): Promise<void> {
    this.#channels.clear();
    return kClosed;
  }
}

const kClosed = Promise.resolve();
