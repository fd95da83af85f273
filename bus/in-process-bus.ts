/**
 * The default bus when no Redis is configured: delivery is a synchronous
 * call on the main thread, in publish order.
 */
import { type Bus, type BusHandler, type BusReadiness, windowChannel } from './bus.js';

export class InProcessBus implements Bus {
  readonly kind = 'memory' as const;
  readonly #channels = new Map<string, BusHandler>();
  readonly #tickHandlers: BusHandler[] = [];
  readonly #topicHandlers: Array<(topic: string) => void> = [];
  readonly #topics = new Set<string>();

  async start(): Promise<void> {}

  publishWindow(resolution: number, topic: string, payload: Uint8Array): void {
    this.#channels.get(windowChannel('', resolution, topic))?.(payload);
  }

  publishTick(payload: Uint8Array): void {
    for (const handler of this.#tickHandlers) handler(payload);
  }

  announceTopic(topic: string): void {
    if (this.#topics.has(topic)) return;
    this.#topics.add(topic);
    for (const handler of this.#topicHandlers) handler(topic);
  }

  async knownTopics(): Promise<string[]> {
    return [...this.#topics];
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

  readiness(): BusReadiness {
    return { ready: true };
  }

  async barrier(): Promise<boolean> {
    return true;
  }

  async close(): Promise<void> {
    this.#channels.clear();
  }
}
