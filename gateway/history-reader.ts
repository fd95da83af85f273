/**
 * Reads window history from the bus for replays, sharing the work: one bus
 * read per (resolution, topic, position, newest window) however many clients ask at once
 * (a gateway restart brings every dashboard back with the same
 * Last-Event-ID), and each history payload decoded once, so its series JSON
 * is encoded once too.
 */
import type { Bus } from '../bus/bus.js';
import { TopicWindow } from './window-json.js';

export interface TopicHistory {
  windows: TopicWindow[];
  horizon: number;
}

/** How long a finished read keeps answering the same question. */
const kReuseMs = 2000;

export class HistoryReader {
  /** Reads that actually went to the bus. */
  reads = 0;
  readonly #bus: Bus;
  readonly #recent = new Map<string, { at: number; result: Promise<TopicHistory> }>();

  constructor(bus: Bus) {
    this.#bus = bus;
  }

  /**
   * `epoch` is the start of the newest window the caller has seen ticked at
   * this resolution: a read is shared only with reads of the same epoch, so
   * no client is answered with a history older than what it could miss.
   */
  read(resolution: number, topic: string, after: number, epoch: number): Promise<TopicHistory> {
    const now = Date.now();
    const key = `${resolution}|${topic}|${after}|${epoch}`;
    const cached = this.#recent.get(key);
    if (cached !== undefined && now - cached.at < kReuseMs) return cached.result;
    this.reads++;
    const result = this.#bus.history(resolution, topic, after).then((history) => ({
      windows: history.entries.map((entry) => TopicWindow.read(entry.payload)),
      horizon: history.horizon,
    }));
    this.#recent.set(key, { at: now, result });
    result.catch(() => this.#recent.delete(key));
    if (this.#recent.size > 10_000) {
      for (const [k, v] of this.#recent) if (now - v.at >= kReuseMs) this.#recent.delete(k);
    }
    return result;
  }
}
