/**
 * The ingest actor's view of which series exist: one entry per series hash,
 * no strings. It decides, at the moment a metric is acked, what only a
 * global view can decide:
 *   - kind conflicts (a series keeps the kind it was first seen with);
 *   - cardinality limits (per metric name and in total): a new series past a
 *     limit is folded into its name's overflow series, `{__overflow__="true"}`,
 *     so totals stay right;
 *   - eviction: a series idle for `idleWindows` windows is forgotten, and its
 *     shard is told (an EVICT record) so it can free the series' state; a
 *     metric name whose series are all evicted (and whose overflow series is
 *     idle as long) is forgotten too, which frees its place under
 *     `maxMetricNames`.
 *
 * A batch is admitted provisionally: `rollbackBatch` undoes everything the
 * batch being decoded changed (series, names, idle clocks, overflow series,
 * the folded count), so a refused batch leaves no trace. New names are not
 * announced here: the caller announces `batchNames()` once the batch is
 * committed.
 *
 * Series are identified here by their 64-bit key hash. Shards intern by the
 * full key bytes, so a hash collision can never merge two series' numbers;
 * at worst two colliding series share a kind and a cardinality slot.
 */
import { hashOut, hashSeriesKey } from '../../wire/hash.js';
import { encodeSeriesKey, decodeSeriesKey } from '../../wire/series-key.js';
import { kFlagOverflow } from '../../wire/mailbox-records.js';
import { HashSlots, grown } from '../../collections/hash-slots.js';
import { shardOf } from '../../wire/bytes.js';
import { kKindConflict, kOverLimit } from './reasons.js';

export interface SeriesAdmissionOptions {
  /** Series per metric name before new ones fold into the overflow series. */
  maxSeriesPerMetric: number;
  /** Series in total before new ones fold into overflow series. */
  maxSeries: number;
  /** Metric names in total; past it, metrics with a new name are rejected `over_limit`. */
  maxMetricNames: number;
  windowMs: number;
  /** A series with no metric for this many windows is evicted. */
  idleWindows: number;
  /** Hash seed shared with the batch decoder. */
  seed: number;
}

/** Called for each evicted series: hash halves and the shard it lives on. */
export type EvictSink = (hashLo: number, hashHi: number, shard: number) => void;

interface MetricName {
  id: number;
  bytes: Uint8Array;
  text: string;
  series: number;
  /** Last window a new series of this name was admitted or folded in. */
  lastWindow: number;
  /** The batch that last saved this name's state for a rollback. */
  savedIn: number;
  overflowKey: Uint8Array | null;
  overflowHashLo: number;
  overflowHashHi: number;
  overflowKind: number;
}

/** `lookup` result: the series is not in the table. */
export const kSeriesNew = 1 << 20;

export class SeriesAdmission {
  /** Detail for the last negative `admit` result. */
  detail = '';
  /** Key and hash of the overflow series, valid after `admit` returned kFlagOverflow. */
  overflowKey: Uint8Array = new Uint8Array(0);
  overflowHashLo = 0;
  overflowHashHi = 0;
  /** Metrics folded into overflow series so far. */
  folded = 0;
  /** Series evicted so far. */
  evicted = 0;
  /** Metric names forgotten so far (all their series evicted). */
  namesForgotten = 0;

  readonly #options: SeriesAdmissionOptions;
  readonly #shards: number;
  readonly #slots = new HashSlots(2048);
  readonly #hashOf = (entry: number): number => this.#hashLo[entry]!;
  // Entries, dense, with a free list.
  #hashLo: Int32Array;
  #hashHi: Int32Array;
  #kind: Uint8Array;
  #nameId: Int32Array;
  // Window numbers (time / windowMs): past 2^31 for windows under ~800 ms, so not Int32.
  #lastWindow: Float64Array;
  #live: Uint8Array;
  #entries = 0;
  #free: number[] = [];
  #size = 0;
  // What the batch being decoded changed, undone by rollbackBatch: entries
  // it added, idle clocks it moved (entry, old window pairs), names it added,
  // names whose clock or overflow series it changed (with their old state).
  #batch = 0;
  readonly #addedInBatch: number[] = [];
  readonly #clocksInBatch: number[] = [];
  readonly #namesInBatch: MetricName[] = [];
  readonly #savedNames: Array<{ name: MetricName; lastWindow: number; overflowKey: Uint8Array | null; overflowKind: number }> = [];
  #foldedBefore = 0;
  // Names: by 32-bit hash, verified by bytes; by id (null = free id).
  readonly #namesByHash = new Map<number, MetricName[]>();
  readonly #names: Array<MetricName | null> = [];
  readonly #freeNameIds: number[] = [];
  #nameCount = 0;
  #sweepCursor = 0;
  #nameSweepCursor = 0;
  /** Empty slot found by the last `lookup` that returned kSeriesNew. */
  #probeSlot = 0;

  constructor(options: SeriesAdmissionOptions, shards: number) {
    this.#options = options;
    this.#shards = shards;
    const capacity = 1024;
    this.#hashLo = new Int32Array(capacity);
    this.#hashHi = new Int32Array(capacity);
    this.#kind = new Uint8Array(capacity);
    this.#nameId = new Int32Array(capacity);
    this.#lastWindow = new Float64Array(capacity);
    this.#live = new Uint8Array(capacity);
  }

  /** Live series. */
  get size(): number {
    return this.#size;
  }

  /** Metric names known (with a live series, or used within the idle horizon). */
  get names(): number {
    return this.#nameCount;
  }

  /** Every known metric name (for refreshing the topic directory). */
  nameList(): string[] {
    const out: string[] = [];
    for (const name of this.#names) if (name !== null) out.push(name.text);
    return out;
  }

  /** Live series of one metric name (0 if unknown). */
  seriesOf(name: string): number {
    const bytes = new TextEncoder().encode(name);
    return this.#findName(bytes, 0, bytes.length)?.series ?? 0;
  }

  beginBatch(): void {
    this.#batch++;
    this.#addedInBatch.length = 0;
    this.#clocksInBatch.length = 0;
    this.#namesInBatch.length = 0;
    this.#savedNames.length = 0;
    this.#foldedBefore = this.folded;
  }

  /** Names first seen in the current batch: announce them once it is committed. */
  batchNames(): string[] {
    return this.#namesInBatch.map((name) => name.text);
  }

  /**
   * Undoes everything since `beginBatch`. Valid until the next `beginBatch`
   * or `sweep`, so callers that refuse a decoded batch do it at once.
   */
  rollbackBatch(): void {
    const clocks = this.#clocksInBatch;
    for (let i = clocks.length - 2; i >= 0; i -= 2) this.#lastWindow[clocks[i]!] = clocks[i + 1]!;
    for (const entry of this.#addedInBatch) this.#remove(entry);
    for (const saved of this.#savedNames) {
      saved.name.lastWindow = saved.lastWindow;
      saved.name.overflowKey = saved.overflowKey;
      saved.name.overflowKind = saved.overflowKind;
    }
    for (const name of this.#namesInBatch) this.#removeName(name);
    this.folded = this.#foldedBefore;
    this.beginBatch();
  }

  /**
   * Looks the series up. Returns 0 if it is known (and takes the metric's
   * kind), -(reason + 1) on a kind conflict (`detail` set), or kSeriesNew;
   * then call `admitNew` next, before any other lookup.
   */
  lookup(hashLo: number, hashHi: number, kind: number, timestamp: number): number {
    const window = Math.floor(timestamp / this.#options.windowMs);
    const slots = this.#slots;
    let slot = slots.home(hashLo);
    for (;; slot = slots.next(slot)) {
      const entry = slots.entryAt(slot);
      if (entry < 0) break;
      if (this.#hashLo[entry] === (hashLo | 0) && this.#hashHi[entry] === (hashHi | 0)) {
        if (this.#kind[entry] !== kind) {
          this.detail = `series is a ${kindName(this.#kind[entry]!)}, metric is a ${kindName(kind)}`;
          return -(kKindConflict + 1);
        }
        if (window > this.#lastWindow[entry]!) {
          this.#clocksInBatch.push(entry, this.#lastWindow[entry]!);
          this.#lastWindow[entry] = window;
        }
        return 0;
      }
    }
    this.#probeSlot = slot;
    return kSeriesNew;
  }

  /**
   * Admits a new series (right after `lookup` said kSeriesNew), whose name is
   * `nameBytes[nameStart, nameEnd)`. Returns 0 (its own series), kFlagOverflow
   * (folded: see overflowKey), or -(reason + 1) with `detail` set.
   */
  admitNew(hashLo: number, hashHi: number, kind: number, nameBytes: Uint8Array, nameStart: number, nameEnd: number, timestamp: number): number {
    const window = Math.floor(timestamp / this.#options.windowMs);
    const slot = this.#probeSlot;
    let name = this.#findName(nameBytes, nameStart, nameEnd);
    if (name === undefined) {
      if (this.#nameCount >= this.#options.maxMetricNames) {
        this.detail = `more than ${this.#options.maxMetricNames} metric names`;
        return -(kOverLimit + 1);
      }
      name = this.#addName(nameBytes.slice(nameStart, nameEnd), window);
    } else if (name.savedIn !== this.#batch) {
      name.savedIn = this.#batch;
      this.#savedNames.push({ name, lastWindow: name.lastWindow, overflowKey: name.overflowKey, overflowKind: name.overflowKind });
    }
    if (window > name.lastWindow) name.lastWindow = window;
    if (name.series >= this.#options.maxSeriesPerMetric || this.#size >= this.#options.maxSeries) {
      return this.#fold(name, kind);
    }
    const entry = this.#insert(slot, hashLo, hashHi, kind, name.id, window);
    name.series++;
    this.#addedInBatch.push(entry);
    return 0;
  }

  /**
   * Evicts up to a slice of the table's idle series (those with no metric in
   * the last `idleWindows` windows before `now`), calling `sink` for each.
   * Called once per window tick; the whole table is swept every 8 ticks.
   */
  sweep(now: number, sink: EvictSink): number {
    const horizon = Math.floor(now / this.#options.windowMs) - this.#options.idleWindows;
    const slice = Math.max(1024, Math.ceil(this.#entries / 8));
    let evicted = 0;
    for (let n = 0; n < slice && this.#entries > 0; n++) {
      if (this.#sweepCursor >= this.#entries) this.#sweepCursor = 0;
      const entry = this.#sweepCursor++;
      if (this.#live[entry] === 1 && this.#lastWindow[entry]! < horizon) {
        const lo = this.#hashLo[entry]! >>> 0;
        const hi = this.#hashHi[entry]! >>> 0;
        this.#remove(entry);
        sink(lo, hi, shardOf(lo, this.#shards));
        evicted++;
      }
    }
    this.evicted += evicted;
    this.#sweepNames(horizon, sink);
    return evicted;
  }

  /** Forgets a slice of the names with no live series, idle since before `horizon`. */
  #sweepNames(horizon: number, sink: EvictSink): void {
    const names = this.#names;
    const slice = Math.max(1024, Math.ceil(names.length / 8));
    for (let n = 0; n < slice && names.length > 0; n++) {
      if (this.#nameSweepCursor >= names.length) this.#nameSweepCursor = 0;
      const name = names[this.#nameSweepCursor++];
      if (name == null || name.series > 0 || name.lastWindow >= horizon) continue;
      // Its overflow series is a series of the shards too: free it there.
      if (name.overflowKey !== null) sink(name.overflowHashLo >>> 0, name.overflowHashHi >>> 0, shardOf(name.overflowHashLo >>> 0, this.#shards));
      this.#removeName(name);
      this.namesForgotten++;
    }
  }

  #fold(name: MetricName, kind: number): number {
    if (name.overflowKey === null) {
      const decoded = new TextDecoder().decode(name.bytes);
      name.overflowKey = encodeSeriesKey(decoded, { __overflow__: 'true' });
      const view = new DataView(name.overflowKey.buffer);
      hashSeriesKey(view, 0, this.#options.seed);
      name.overflowHashLo = hashOut[0]!;
      name.overflowHashHi = hashOut[1]!;
      name.overflowKind = kind;
    } else if (name.overflowKind !== kind) {
      this.detail = `overflow series of ${decodeSeriesKey(name.overflowKey, 0).name} is a ${kindName(name.overflowKind)}`;
      return -(kKindConflict + 1);
    }
    this.overflowKey = name.overflowKey;
    this.overflowHashLo = name.overflowHashLo;
    this.overflowHashHi = name.overflowHashHi;
    this.folded++;
    return kFlagOverflow;
  }

  #findName(bytes: Uint8Array, start: number, end: number): MetricName | undefined {
    const h = nameHash(bytes, start, end);
    const bucket = this.#namesByHash.get(h);
    if (bucket === undefined) return undefined;
    outer: for (const name of bucket) {
      if (name.bytes.length !== end - start) continue;
      for (let i = 0; i < name.bytes.length; i++) if (name.bytes[i] !== bytes[start + i]) continue outer;
      return name;
    }
    return undefined;
  }

  #addName(bytes: Uint8Array, window: number): MetricName {
    const name: MetricName = {
      id: this.#freeNameIds.pop() ?? this.#names.length, bytes, text: new TextDecoder().decode(bytes), series: 0,
      lastWindow: window, savedIn: this.#batch,
      overflowKey: null, overflowHashLo: 0, overflowHashHi: 0, overflowKind: 0,
    };
    this.#names[name.id] = name;
    this.#nameCount++;
    this.#namesInBatch.push(name);
    const h = nameHash(bytes, 0, bytes.length);
    const bucket = this.#namesByHash.get(h);
    if (bucket === undefined) this.#namesByHash.set(h, [name]);
    else bucket.push(name);
    return name;
  }

  #removeName(name: MetricName): void {
    if (this.#names[name.id] !== name) return;
    const h = nameHash(name.bytes, 0, name.bytes.length);
    const bucket = this.#namesByHash.get(h)!;
    if (bucket.length === 1) this.#namesByHash.delete(h);
    else bucket.splice(bucket.indexOf(name), 1);
    this.#names[name.id] = null;
    this.#freeNameIds.push(name.id);
    this.#nameCount--;
  }

  #insert(slot: number, hashLo: number, hashHi: number, kind: number, nameId: number, window: number): number {
    let entry: number;
    if (this.#free.length > 0) entry = this.#free.pop()!;
    else {
      if (this.#entries === this.#hashLo.length) this.#growEntries();
      entry = this.#entries++;
    }
    this.#hashLo[entry] = hashLo;
    this.#hashHi[entry] = hashHi;
    this.#kind[entry] = kind;
    this.#nameId[entry] = nameId;
    this.#lastWindow[entry] = window;
    this.#live[entry] = 1;
    this.#size++;
    this.#slots.insertAt(slot, entry, this.#hashOf);
    return entry;
  }

  #remove(entry: number): void {
    if (this.#live[entry] !== 1) return;
    this.#names[this.#nameId[entry]!]!.series--;
    this.#slots.remove(entry, this.#hashOf);
    this.#live[entry] = 0;
    this.#free.push(entry);
    this.#size--;
  }

  #growEntries(): void {
    const n = this.#hashLo.length * 2;
    this.#hashLo = grown(this.#hashLo, n);
    this.#hashHi = grown(this.#hashHi, n);
    this.#kind = grown(this.#kind, n);
    this.#nameId = grown(this.#nameId, n);
    this.#lastWindow = grown(this.#lastWindow, n);
    this.#live = grown(this.#live, n);
  }
}

function nameHash(bytes: Uint8Array, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ bytes[i]!, 16777619);
  return h >>> 0;
}

function kindName(kind: number): string {
  return ['gauge', 'counter', 'histogram'][kind] ?? `kind ${kind}`;
}
