/**
 * Broadcaster: the main-thread actor that reads every shard's outbox, groups
 * the closed series windows by window and topic (topic = metric name), and,
 * once every shard has said it is done with a window (CLOSED with a
 * watermark at or past its end), publishes it: one TOPIC_WINDOW per topic,
 * encoded once (the shards' records are copied, not re-encoded), then a
 * TICK. Windows with no series publish nothing.
 */
import type { Bus } from '../../bus/bus.js';
import { encodeTick, topicWindowBytes, writeTopicWindowHeader } from '../../wire/bus-messages.js';
import { seriesKeyNameEnd, seriesKeyNameStart } from '../../wire/series-key.js';
import {
  kOutClosed, kOutStats, kOutWindow, readClosed, readStats, recordType, windowCount, windowKeyAt, windowNameHash,
  windowResolution, windowStart,
} from '../../wire/window-records.js';

/** At most this many empty windows are ticked at once (after a long stall, the rest are skipped). */
const kMaxEmptyTicks = 600;

export interface BroadcasterStats {
  /** Metrics in published finest-resolution windows. */
  aggregated: number;
  /** Windows ticked (one per resolution and window start, empty ones included). */
  windowsPublished: number;
  topicMessagesPublished: number;
}

interface Topic {
  name: string;
  bytes: Uint8Array;
  /** hash32 of the name (kNameHashSeed), as ticks name topics. */
  hash: number;
}

/** A topic's records in one outgoing window: [offset, length, offset, length, …] into its bytes, and series count. */
interface TopicRanges {
  ranges: number[];
  series: number;
}

/**
 * One window at one resolution being gathered from the shards. Recycled
 * once published (`reset`), with its buffer and its topics' range lists:
 * a trickle then allocates nothing per window here.
 */
class OutgoingWindow {
  resolution = 0;
  start = 0;
  end = 0;
  bytes = new Uint8Array(4096);
  length = 0;
  readonly topics = new Map<Topic, TopicRanges>();
  /** Range lists of topics not in this window now, kept for reuse. */
  readonly #spareRanges: TopicRanges[] = [];

  reset(resolution: number, start: number): this {
    this.resolution = resolution;
    this.start = start;
    this.end = start + resolution;
    this.length = 0;
    this.topics.forEach((entry) => {
      entry.ranges.length = 0;
      entry.series = 0;
      this.#spareRanges.push(entry);
    });
    this.topics.clear();
    return this;
  }

  append(topic: Topic, src: Uint8Array, start: number, length: number): void {
    if (this.length + length > this.bytes.length) {
      let size = this.bytes.length * 2;
      while (size < this.length + length) size *= 2;
      const next = new Uint8Array(size);
      next.set(this.bytes.subarray(0, this.length));
      this.bytes = next;
    }
    const bytes = this.bytes;
    const at = this.length;
    // A series record is ~100 bytes: a loop, not a subarray object per record.
    if (length <= 256) for (let i = 0; i < length; i++) bytes[at + i] = src[start + i]!;
    else bytes.set(src.subarray(start, start + length), at);
    let entry = this.topics.get(topic);
    if (entry === undefined) {
      entry = this.#spareRanges.pop() ?? { ranges: [], series: 0 };
      this.topics.set(topic, entry);
    }
    const ranges = entry.ranges;
    const n = ranges.length;
    // Records of one topic from one shard usually follow each other: extend.
    if (n > 0 && ranges[n - 2]! + ranges[n - 1]! === at) ranges[n - 1]! += length;
    else ranges.push(at, length);
    entry.series++;
    this.length += length;
  }
}

/** Recycled windows kept at most (a trickle needs two or three at a time). */
const kSpareWindows = 8;
/** A window whose buffer grew past this (a burst of series) is left to the GC, not kept. */
const kSpareWindowBytes = 1024 * 1024;

/** A window due for publishing: with series (`outgoing`) or empty (a tick alone). */
interface DueWindow {
  resolution: number;
  start: number;
  outgoing: OutgoingWindow | null;
}

export class Broadcaster {
  readonly stats: BroadcasterStats = { aggregated: 0, windowsPublished: 0, topicMessagesPublished: 0 };
  readonly #bus: Bus;
  readonly #node: number;
  /** When this node started (windows from then on are its to tick). */
  readonly #startedAt: number;
  readonly #resolutions: readonly number[];
  readonly #finest: number;
  /** Per resolution: start of the last window ticked. */
  readonly #lastTicked = new Map<number, number>();
  /** Per shard: the highest watermark through which it has emitted everything. */
  readonly #closedThrough: Float64Array;
  /**
   * Per shard, from `quiet()`: once it reports closed through `#quietAfter`,
   * it counts as closed through `#quietThrough` (+∞ / -∞: none pending).
   */
  readonly #quietAfter: Float64Array;
  readonly #quietThrough: Float64Array;
  /** Per shard: metrics it has emitted in finest windows (for the loss ledger). */
  readonly aggregatedByShard: Float64Array;
  /** Per shard, as of its last watermark: live series and bytes of series and window state. */
  readonly shardSeries: number[];
  readonly shardStateBytes: number[];
  /** Windows being gathered, per resolution, by start. */
  readonly #outgoing = new Map<number, Map<number, OutgoingWindow>>();
  readonly #spareWindows: OutgoingWindow[] = [];
  /** Scratch list of `#publishThrough`, reused. */
  readonly #due: DueWindow[] = [];
  readonly #tickHashes: number[] = [];
  readonly #topicsByHash = new Map<number, Topic[]>();
  #lastWindow: OutgoingWindow | null = null;
  readonly #decoder = new TextDecoder();
  /**
   * Set by the shutdown drain: every window starting before this has been
   * ticked, the empty ones too (gateways expect this node for no later one).
   */
  tickedThrough: number | null = null;

  /**
   * `node` is the hash32 of this ingest node's id: every message it publishes
   * carries it, so gateways can merge the partial windows of several nodes.
   */
  constructor(bus: Bus, shards: number, resolutions: readonly number[], node = 0, startedAt = Date.now()) {
    this.#bus = bus;
    this.#startedAt = startedAt;
    this.#node = node >>> 0;
    this.#resolutions = resolutions;
    this.#finest = resolutions[0]!;
    this.#closedThrough = new Float64Array(shards).fill(Number.NEGATIVE_INFINITY);
    this.#quietAfter = new Float64Array(shards).fill(Number.POSITIVE_INFINITY);
    this.#quietThrough = new Float64Array(shards).fill(Number.NEGATIVE_INFINITY);
    this.aggregatedByShard = new Float64Array(shards);
    this.shardSeries = new Array<number>(shards).fill(0);
    this.shardStateBytes = new Array<number>(shards).fill(0);
    for (const resolution of resolutions) this.#outgoing.set(resolution, new Map());
  }

  /**
   * A published window never reached the bus (dropped from a full backlog):
   * its metrics move from aggregated to lost in the ledger.
   */
  unpublished(metrics: number): void {
    this.stats.aggregated -= metrics;
  }

  /** Known topics (metric names seen in any window). */
  get topics(): number {
    let n = 0;
    for (const bucket of this.#topicsByHash.values()) n += bucket.length;
    return n;
  }

  /** One outbox message of shard `shard` (records back to back). */
  onShardOutput(shard: number, message: Uint8Array): void {
    const view = new DataView(message.buffer, message.byteOffset, message.byteLength);
    for (let pos = 0; pos < message.length;) {
      const length = view.getUint32(pos, true);
      const type = recordType(message, pos);
      if (type === kOutWindow) this.#window(shard, message, view, pos, length);
      else if (type === kOutClosed) this.#closed(shard, readClosed(view, pos));
      else if (type === kOutStats) {
        const stats = readStats(view, pos);
        this.shardSeries[shard] = stats.liveSeries;
        this.shardStateBytes[shard] = stats.stateBytes;
      }
      pos += length;
    }
  }

  #window(shard: number, message: Uint8Array, view: DataView, pos: number, length: number): void {
    const resolution = windowResolution(view, pos);
    const start = windowStart(view, pos);
    let outgoing = this.#lastWindow;
    if (outgoing === null || outgoing.start !== start || outgoing.resolution !== resolution) {
      let byStart = this.#outgoing.get(resolution);
      if (byStart === undefined) this.#outgoing.set(resolution, (byStart = new Map()));
      outgoing = byStart.get(start) ?? null;
      if (outgoing === null) {
        outgoing = (this.#spareWindows.pop() ?? new OutgoingWindow()).reset(resolution, start);
        byStart.set(start, outgoing);
      }
      this.#lastWindow = outgoing;
    }
    const topic = this.#topic(windowNameHash(view, pos), message, windowKeyAt(message, pos));
    outgoing.append(topic, message, pos, length);
    if (resolution === this.#finest) {
      const count = windowCount(view, pos);
      this.stats.aggregated += count;
      this.aggregatedByShard[shard]! += count;
    }
  }

  #topic(nameHash: number, message: Uint8Array, keyAt: number): Topic {
    const nameStart = seriesKeyNameStart(keyAt);
    const nameLength = seriesKeyNameEnd(message, keyAt) - nameStart;
    const bucket = this.#topicsByHash.get(nameHash);
    if (bucket !== undefined) {
      outer: for (const topic of bucket) {
        if (topic.bytes.length !== nameLength) continue;
        for (let i = 0; i < nameLength; i++) if (topic.bytes[i] !== message[nameStart + i]) continue outer;
        return topic;
      }
    }
    const bytes = message.slice(nameStart, nameStart + nameLength);
    const topic: Topic = { name: this.#decoder.decode(bytes), bytes, hash: nameHash >>> 0 };
    if (bucket === undefined) this.#topicsByHash.set(nameHash, [topic]);
    else bucket.push(topic);
    this.#bus.announceTopic(topic.name);
    return topic;
  }

  /**
   * The ingest did not send `watermark` to `shard`: nothing it ever sent
   * that shard is in a window left open after `sentThrough`, the last
   * watermark it did send (and nothing sent later is older than
   * `watermark`). Once the shard has reported CLOSED(`sentThrough`) — its
   * last windows may still be on their way — it counts as closed through
   * `watermark`, exactly as if it had said so; the windows and ticks that
   * follow are the same.
   */
  quiet(shard: number, sentThrough: number, watermark: number): void {
    if (this.#closedThrough[shard]! >= sentThrough) {
      this.#closed(shard, watermark);
      return;
    }
    this.#quietAfter[shard] = sentThrough;
    this.#quietThrough[shard] = Math.max(this.#quietThrough[shard]!, watermark);
  }

  #closed(shard: number, watermark: number): void {
    if (watermark >= this.#quietAfter[shard]!) {
      watermark = Math.max(watermark, this.#quietThrough[shard]!);
      this.#quietAfter[shard] = Number.POSITIVE_INFINITY;
      this.#quietThrough[shard] = Number.NEGATIVE_INFINITY;
    }
    if (watermark <= this.#closedThrough[shard]!) return;
    this.#closedThrough[shard] = watermark;
    let through = Number.POSITIVE_INFINITY;
    const closedThrough = this.#closedThrough;
    for (let i = 0; i < closedThrough.length; i++) if (closedThrough[i]! < through) through = closedThrough[i]!;
    this.#publishThrough(through);
  }

  /**
   * Publishes, oldest first, every window that ends at or before `through`:
   * those with series (TOPIC_WINDOWs, then a TICK) and the empty ones (a TICK
   * alone), so that a subscriber sees one tick per window per resolution and
   * can tell a window it missed from a window that had nothing.
   */
  #publishThrough(through: number): void {
    const windows = this.#due;
    windows.length = 0;
    this.#outgoing.forEach((byStart, resolution) => {
      byStart.forEach((outgoing, start) => {
        if (outgoing.end <= through) windows.push({ resolution, start, outgoing });
      });
    });
    // Empty windows since the last tick, up to `through`; at shutdown (+∞),
    // every window begun by now: the node leaves owing none of them.
    // (`through` is -∞ until every shard has closed something.)
    const now = Date.now();
    const shutdown = through === Number.POSITIVE_INFINITY;
    if (shutdown) this.tickedThrough = now;
    const resolutions = this.#resolutions;
    for (let r = 0; r < resolutions.length; r++) {
      const resolution = resolutions[r]!;
      // A node stopped before its first tick still ticks the windows it lived in.
      const last = this.#lastTicked.get(resolution) ?? (shutdown ? Math.floor(this.#startedAt / resolution) * resolution - resolution : undefined);
      const boundary = shutdown ? Math.floor(now / resolution) * resolution + resolution : Math.floor(through / resolution) * resolution;
      if (last === undefined) {
        if (Number.isFinite(boundary)) this.#lastTicked.set(resolution, boundary - resolution);
        continue;
      }
      const byStart = this.#outgoing.get(resolution);
      for (let start = last + resolution; start + resolution <= boundary && start - last <= kMaxEmptyTicks * resolution; start += resolution) {
        // A window with series is in `windows` already (it ends by `through`).
        if (byStart?.has(start) !== true) windows.push({ resolution, start, outgoing: null });
      }
    }
    if (windows.length === 0) return;
    for (const { resolution, start, outgoing } of windows) if (outgoing !== null) this.#outgoing.get(resolution)!.delete(start);
    windows.sort((a, b) => a.start + a.resolution - (b.start + b.resolution) || a.resolution - b.resolution);
    const hashes = this.#tickHashes;
    for (const { resolution, start, outgoing } of windows) {
      hashes.length = 0;
      if (outgoing !== null) {
        this.#publish(outgoing);
        outgoing.topics.forEach((_, topic) => { hashes.push(topic.hash); });
      }
      this.#bus.publishTick(encodeTick(resolution, start, this.#node, hashes));
      this.stats.windowsPublished++;
      if (start > (this.#lastTicked.get(resolution) ?? Number.NEGATIVE_INFINITY)) this.#lastTicked.set(resolution, start);
      if (outgoing !== null && this.#spareWindows.length < kSpareWindows && outgoing.bytes.length <= kSpareWindowBytes) this.#spareWindows.push(outgoing);
    }
    windows.length = 0;
    this.#lastWindow = null;
  }

  #publish(outgoing: OutgoingWindow): void {
    outgoing.topics.forEach(({ ranges, series }, topic) => {
      let recordBytes = 0;
      for (let i = 1; i < ranges.length; i += 2) recordBytes += ranges[i]!;
      const payload = Buffer.allocUnsafe(topicWindowBytes(topic.bytes, recordBytes));
      let at = writeTopicWindowHeader(payload, outgoing.resolution, outgoing.start, this.#node, series, topic.bytes);
      for (let i = 0; i < ranges.length; i += 2) {
        payload.set(outgoing.bytes.subarray(ranges[i]!, ranges[i]! + ranges[i + 1]!), at);
        at += ranges[i + 1]!;
      }
      this.#bus.publishWindow(outgoing.resolution, topic.name, outgoing.start, payload);
      this.stats.topicMessagesPublished++;
    });
  }
}
