/**
 * The bus as a gateway thread sees it (gateway/gateway-thread.ts): the
 * Bus interface over the thread's port to the main thread, where
 * gateway/gateway-threads.ts serves the real bus. The thread's StreamHub
 * uses it unchanged.
 *
 * Subscriptions, history and the topic directory go to the main thread
 * (which subscribes the real bus once per channel for all threads); window
 * payloads, ticks, new topics and resubscriptions come back. The
 * synchronous answers (nodes, readiness, backlog) are a snapshot the main
 * side sends with the ticks when it changed: no timer, nothing while idle.
 * A gateway thread never publishes: those methods throw.
 */
import type { MessagePort } from 'node:worker_threads';
import type { BusSnapshot, MainToThread, ThreadRequest, ThreadToMain } from './thread-messages.js';
import type { Bus, BusHandler, BusReadiness, History, NodeInfo } from '../bus/bus.js';

export class RelayBus implements Bus {
  readonly kind: 'memory' | 'redis';
  readonly #port: MessagePort;
  readonly #channels = new Map<string, BusHandler>();
  readonly #tickHandlers: BusHandler[] = [];
  readonly #topicHandlers: Array<(topic: string) => void> = [];
  readonly #resubscribedHandlers: Array<(first: boolean) => void> = [];
  readonly #pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  #nextId = 1;
  #snapshot: BusSnapshot;
  #closed = false;

  constructor(port: MessagePort, kind: 'memory' | 'redis', snapshot: BusSnapshot) {
    this.#port = port;
    this.kind = kind;
    this.#snapshot = snapshot;
  }

  /** A message from the main thread; false if it is not the bus's. */
  receive(message: MainToThread): boolean {
    switch (message.type) {
      case 'window':
        this.#channels.get(`${message.resolution}|${message.topic}`)?.(message.payload);
        return true;
      case 'tick':
        if (message.snapshot !== undefined) this.#snapshot = message.snapshot;
        for (const handler of this.#tickHandlers) handler(message.payload);
        return true;
      case 'resume':
        // The bus's state first; the caller then hands the ticks to its gateway.
        this.#snapshot = message.snapshot;
        return false;
      case 'topic':
        for (const handler of this.#topicHandlers) handler(message.topic);
        return true;
      case 'resubscribed':
        for (const handler of this.#resubscribedHandlers) handler(message.first);
        return true;
      case 'reply': {
        const pending = this.#pending.get(message.id);
        if (pending === undefined) return true;
        this.#pending.delete(message.id);
        if (message.ok) pending.resolve(message.value);
        else pending.reject(new Error(message.message));
        return true;
      }
      default:
        return false;
    }
  }

  /** Asks the main thread; resolves with its reply. */
  request<T>(what: ThreadRequest): Promise<T> {
    if (this.#closed) return Promise.reject(new Error('the gateway thread is closing'));
    const id = this.#nextId++;
    return new Promise<T>((resolve, reject) => {
      this.#pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.#port.postMessage({ type: 'request', id, ...what } as ThreadToMain);
    });
  }

  async start(): Promise<void> {}

  readonly publishWindow = doesNotPublish;
  readonly publishTick = doesNotPublish;
  readonly announceTopic = doesNotPublish;
  readonly refreshTopics = doesNotPublish;
  readonly heartbeat = doesNotPublish;
  readonly leave = doesNotPublish;

  knownTopics(): Promise<string[]> {
    return this.request<string[]>({ what: 'knownTopics' });
  }

  subscribe(resolution: number, topic: string, handler: BusHandler): void {
    const key = `${resolution}|${topic}`;
    const had = this.#channels.has(key);
    this.#channels.set(key, handler);
    if (!had) this.#post({ type: 'subscribe', resolution, topic });
  }

  unsubscribe(resolution: number, topic: string): void {
    if (!this.#channels.delete(`${resolution}|${topic}`)) return;
    this.#post({ type: 'unsubscribe', resolution, topic });
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

  history(resolution: number, topic: string, after: number): Promise<History> {
    return this.request<History>({ what: 'history', resolution, topic, after });
  }

  liveNodes(): readonly NodeInfo[] {
    return this.#snapshot.live;
  }

  knownNodes(): readonly NodeInfo[] {
    return this.#snapshot.known;
  }

  backlogBytes(): number {
    return this.#snapshot.backlogBytes;
  }

  readiness(): BusReadiness {
    return this.#snapshot.readiness;
  }

  async barrier(): Promise<boolean> {
    return this.request<boolean>({ what: 'barrier' });
  }

  /** Fails the requests still waiting (the thread stops). */
  async close(): Promise<void> {
    this.#closed = true;
    for (const pending of this.#pending.values()) pending.reject(new Error('the gateway thread is closing'));
    this.#pending.clear();
  }

  #post(message: ThreadToMain): void {
    if (!this.#closed) this.#port.postMessage(message);
  }
}

/** What the publishing half of the Bus interface does in a gateway thread. */
function doesNotPublish(): never {
  throw new Error('a gateway thread does not publish');
}
