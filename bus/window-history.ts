/**
 * The in-process bus's history: per topic and resolution, the last windows
 * published, capped by count, age, and a total byte budget (oldest dropped
 * first, across topics).
 */
import type { History, HistoryEntry, HistoryLimits } from './bus.js';

interface Track {
  entries: HistoryEntry[];
  /** Start of the newest window dropped from this track (-Infinity: none). */
  droppedThrough: number;
}

export class WindowHistory {
  readonly #limits: HistoryLimits & { maxBytes: number };
  readonly #tracks = new Map<string, Track>();
  /** Every entry in publish order, for the byte budget. */
  #fifo: Array<{ track: Track; entry: HistoryEntry }> = [];
  #fifoHead = 0;
  #bytes = 0;

  constructor(limits: HistoryLimits & { maxBytes: number }) {
    this.#limits = limits;
  }

  get bytes(): number {
    return this.#bytes;
  }

  add(resolution: number, topic: string, start: number, payload: Uint8Array, now = Date.now()): void {
    const key = `${resolution}|${topic}`;
    let track = this.#tracks.get(key);
    if (track === undefined) this.#tracks.set(key, (track = { entries: [], droppedThrough: Number.NEGATIVE_INFINITY }));
    const entry = { start, payload };
    track.entries.push(entry);
    this.#fifo.push({ track, entry });
    this.#bytes += payload.length;
    if (track.entries.length > this.#limits.maxWindows) this.#dropOldest(track);
    // Byte budget and age, oldest first across all topics.
    const cutoff = now - this.#limits.maxAgeMs;
    while (this.#fifoHead < this.#fifo.length) {
      const { track: t, entry: e } = this.#fifo[this.#fifoHead]!;
      if (t.entries[0] !== e) { this.#fifoHead++; continue; } // already dropped by its count cap
      if (this.#bytes <= this.#limits.maxBytes && e.start >= cutoff) break;
      this.#dropOldest(t);
      this.#fifoHead++;
    }
    if (this.#fifoHead > 4096 && this.#fifoHead * 2 > this.#fifo.length) {
      this.#fifo = this.#fifo.slice(this.#fifoHead);
      this.#fifoHead = 0;
    }
  }

  read(resolution: number, topic: string, after: number, now = Date.now()): History {
    const track = this.#tracks.get(`${resolution}|${topic}`);
    const ageHorizon = now - this.#limits.maxAgeMs;
    if (track === undefined) return { entries: [], horizon: ageHorizon };
    const entries = track.entries.filter((e) => e.start > after && e.start >= ageHorizon);
    const horizon = Math.max(ageHorizon, track.droppedThrough + resolution);
    return { entries, horizon };
  }

  #dropOldest(track: Track): void {
    const dropped = track.entries.shift();
    if (dropped === undefined) return;
    track.droppedThrough = Math.max(track.droppedThrough, dropped.start);
    this.#bytes -= dropped.payload.length;
  }
}
