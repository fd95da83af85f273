/**
 * Cumulative OTLP streams (monotonic sums, histograms, summaries): what the
 * last point of each stream said, so that the next one can be turned into
 * an increment. A stream is resource + scope + metric name + attributes.
 *
 * Why the ingest (main thread) holds this, not the shard: whether a point is
 * an increment, a reset or only a base must be known when the request is
 * answered (partial_success and the ledger count it then), and shards see
 * a point only after its answer has gone. The ingest also sees every point
 * of a stream that reaches this node. The state is bounded (`maxStreams`,
 * least recently used first) and idle streams are forgotten.
 *
 * The first point of a stream is handled as the OpenTelemetry Collector's
 * cumulativetodelta processor does, by `initialValue`:
 *   - `keep`: counted whole (its value is the increment since its start);
 *   - `drop`: only the base for the next point;
 *   - `auto`: kept when the stream started after the moment this node could
 *     last have seen it (the later of this process's start and the last time
 *     it forgot a stream), otherwise only a base. The second half is
 *     Sluice's own: a stream forgotten and seen again would otherwise count
 *     its whole value twice.
 * A new start time, or values falling, is a reset: the point counts whole.
 * A point not newer than the stream's last one (a retry of something already
 * counted, or out of order) is refused.
 */

export type InitialValue = 'auto' | 'keep' | 'drop';

/** `begin` verdicts. */
export const kFirstKeep = 0;
export const kFirstBase = 1;
export const kNext = 2;
export const kReset = 3;
export const kStale = 4;

interface Stream {
  startMs: number;
  timeMs: number;
  /** What the decoder keeps of the last point (its running totals). */
  data: unknown;
  /** Receive time of the last point (ms), for idle eviction. */
  seenMs: number;
}

/** One change made by a request, undone if the request is given up. */
export interface StreamChange {
  key: string;
  before: Stream | undefined;
  after: Stream;
}

export interface CumulativeOptions {
  initialValue: InitialValue;
  maxStreams: number;
  /** A stream with no point for this long is forgotten. */
  idleMs: number;
}

export class CumulativeStreams {
  /** Streams forgotten so far (idle or over `maxStreams`). */
  forgotten = 0;
  /** The last stream's state, valid after `begin` returned kNext or kReset. */
  previous: unknown = null;

  readonly #options: CumulativeOptions;
  /** In least-recently-updated order (a Map keeps insertion order). */
  readonly #streams = new Map<string, Stream>();
  /** Streams that started before this (ms) may have been seen here already. */
  #seenSince: number;
  #changes: StreamChange[] = [];

  constructor(options: CumulativeOptions, startedAtMs: number) {
    this.#options = options;
    this.#seenSince = startedAtMs;
  }

  get size(): number {
    return this.#streams.size;
  }

  /** Starts recording the changes of one request. */
  beginRequest(): void {
    this.#changes = [];
  }

  /** The changes of the request since `beginRequest` (for `undo`). */
  takeChanges(): StreamChange[] {
    const changes = this.#changes;
    this.#changes = [];
    return changes;
  }

  /**
   * Classifies a point of stream `key` that started at `startMs` (0:
   * unknown) and was taken at `timeMs`. Nothing changes until `store`.
   */
  begin(key: string, startMs: number, timeMs: number): number {
    const stream = this.#streams.get(key);
    if (stream === undefined) {
      const mode = this.#options.initialValue;
      if (mode === 'keep') return kFirstKeep;
      if (mode === 'drop') return kFirstBase;
      return startMs > this.#seenSince ? kFirstKeep : kFirstBase;
    }
    this.previous = stream.data;
    if (startMs > stream.startMs && startMs !== 0) return kReset;
    if (startMs < stream.startMs || timeMs <= stream.timeMs) return kStale;
    return kNext;
  }

  /** Records the point just classified as the stream's latest. */
  store(key: string, startMs: number, timeMs: number, data: unknown, nowMs: number): void {
    const before = this.#streams.get(key);
    const after: Stream = { startMs, timeMs, data, seenMs: nowMs };
    if (before !== undefined) this.#streams.delete(key);
    this.#streams.set(key, after);
    this.#changes.push({ key, before, after });
    if (this.#streams.size > this.#options.maxStreams) {
      const oldest = this.#streams.keys().next().value!;
      this.#forget(oldest, nowMs);
    }
  }

  /**
   * Undoes a request that was given up (nothing of it was aggregated), so
   * its retry is judged against what was really counted. A stream a later
   * request moved on is left as that request set it.
   */
  undo(changes: readonly StreamChange[]): void {
    for (let i = changes.length - 1; i >= 0; i--) {
      const change = changes[i]!;
      if (this.#streams.get(change.key) !== change.after) continue;
      this.#streams.delete(change.key);
      if (change.before !== undefined) this.#streams.set(change.key, change.before);
    }
  }

  /** Forgets streams idle for `idleMs` before `nowMs`. */
  sweep(nowMs: number): void {
    const horizon = nowMs - this.#options.idleMs;
    for (const [key, stream] of this.#streams) {
      if (stream.seenMs >= horizon) break;
      this.#forget(key, nowMs);
    }
  }

  #forget(key: string, nowMs: number): void {
    this.#streams.delete(key);
    this.forgotten++;
    if (nowMs > this.#seenSince) this.#seenSince = nowMs;
  }
}
