/**
 * Turns a TOPIC_WINDOW bus message into the per-series JSON of the SSE
 * `window` event. Done lazily, once per message per gateway, and only for
 * topics some client watches; every client sharing a filter then shares the
 * encoded frame.
 */
import { readTopicWindowHeader } from '../wire/bus-messages.js';
import { hash32 } from '../wire/hash.js';
import { compareBytes, decodeSeriesKey } from '../wire/series-key.js';
import { COUNTER, HISTOGRAM, kindNames } from '../wire/metric-kind.js';
import { kFlagOverflow } from '../wire/mailbox-records.js';
import { QuantileSketch } from '../collections/quantile-sketch.js';
import { emptyAggregate, mergeAggregate, type Aggregate } from '../collections/window-aggregate.js';
import * as out from './json-bytes.js';
import { newWindowRecord, quantileNames, quantiles, readQuantiles, readWindow, type WindowRecordView } from '../wire/window-records.js';

/**
 * The JSON head of each series (`{"name":…,"labels":{…},"kind":"…"`) as
 * bytes, and its labels, by series key: a series' identity does not change
 * from one window to the next, so it is decoded and encoded once. Looked up
 * by a hash of the key bytes, checked against the key itself. Bounded:
 * cleared when it has passed the limit, before an encoding starts.
 */
interface Head {
  key: Uint8Array;
  kind: number;
  head: Buffer;
  labels: Record<string, string>;
}
const heads = new Map<number, Head[]>();
let headCount = 0;
const kMaxHeads = 500_000;
const kHeadSeed = 0x4ead;

function headOf(payload: Uint8Array, view: DataView, keyAt: number, keyLength: number, kind: number): Head {
  const hash = hash32(view, keyAt, keyAt + keyLength, kHeadSeed) ^ kind;
  const bucket = heads.get(hash);
  if (bucket !== undefined) {
    for (const head of bucket) {
      if (head.kind === kind && compareBytes(head.key, 0, head.key.length, payload, keyAt, keyAt + keyLength) === 0) return head;
    }
  }
  const { name, labels } = decodeSeriesKey(payload, keyAt);
  const head: Head = {
    key: payload.slice(keyAt, keyAt + keyLength),
    kind,
    head: Buffer.from(`{"name":${JSON.stringify(name)},"labels":${JSON.stringify(labels)},"kind":"${kindNames[kind]}"`),
    labels,
  };
  if (bucket === undefined) heads.set(hash, [head]);
  else bucket.push(head);
  headCount++;
  return head;
}

/**
 * One topic's series in one window as JSON, encoded once and shared by every
 * frame that shows them: the objects back to back, comma-separated, series
 * `i` at `json[starts[i], ends[i])`, so a frame without label filters copies
 * the whole buffer at once.
 */
export interface EncodedSeries {
  readonly json: Buffer;
  readonly starts: Uint32Array;
  readonly ends: Uint32Array;
  readonly labels: ReadonlyArray<Record<string, string>>;
}

/** What a window frame is built from: one topic's series in one window (one node's, or merged). */
export interface WindowPart {
  readonly topic: string;
  series(): EncodedSeries;
}

/** Collects the series of one part into an `EncodedSeries`. */
class SeriesEncoder {
  readonly #starts: number[] = [];
  readonly #ends: number[] = [];
  readonly #labels: Array<Record<string, string>> = [];

  constructor() {
    // Cleared only between encodings: within one, a series keeps one head (merges key on it).
    if (headCount >= kMaxHeads) { heads.clear(); headCount = 0; }
    out.begin();
  }

  add(head: Head, kind: number, flags: number, a: Readonly<Aggregate>, resolution: number, quantileValues: ArrayLike<number> | null): void {
    if (this.#starts.length > 0) out.byte(kComma);
    this.#starts.push(out.written());
    out.bytes(head.head);
    out.ascii(',"count":'); out.number(a.count);
    out.ascii(',"sum":'); out.number(a.sum);
    out.ascii(',"min":'); out.number(a.min);
    out.ascii(',"max":'); out.number(a.max);
    out.ascii(',"last":'); out.number(a.last);
    out.ascii(',"avg":'); out.number(a.sum / a.count);
    if (kind === COUNTER) { out.ascii(',"rate":'); out.number(a.sum / (resolution / 1000)); }
    if (quantileValues !== null) for (let q = 0; q < quantileNames.length; q++) { out.ascii(kQuantileKeys[q]!); out.number(quantileValues[q]!); }
    if ((flags & kFlagOverflow) !== 0) out.ascii(',"overflow":true');
    out.byte(kCloseBrace);
    this.#ends.push(out.written());
    this.#labels.push(head.labels);
  }

  finish(): EncodedSeries {
    return { json: out.take(), starts: Uint32Array.from(this.#starts), ends: Uint32Array.from(this.#ends), labels: this.#labels };
  }
}

const kComma = 0x2c;
const kCloseBrace = 0x7d;
const kQuantileKeys = quantileNames.map((q) => `,"${q}":`);

/** Called for each window record of a TOPIC_WINDOW payload (`record` is reused: read it, do not keep it). */
type RecordVisitor = (view: DataView, record: WindowRecordView) => void;

export class TopicWindow {
  readonly topic: string;
  readonly resolution: number;
  readonly start: number;
  readonly seriesCount: number;
  /** hash32 of the ingest node that published this (partial) window. */
  readonly node: number;
  readonly #payload: Uint8Array;
  readonly #recordsAt: number;
  #series: EncodedSeries | null = null;

  private constructor(payload: Uint8Array, topic: string, resolution: number, start: number, seriesCount: number, recordsAt: number, node: number) {
    this.node = node;
    this.#payload = payload;
    this.topic = topic;
    this.resolution = resolution;
    this.start = start;
    this.seriesCount = seriesCount;
    this.#recordsAt = recordsAt;
  }

  /** Reads the header of a TOPIC_WINDOW payload (the records are read lazily). */
  static read(payload: Uint8Array): TopicWindow {
    const h = readTopicWindowHeader(payload);
    return new TopicWindow(payload, h.topic, h.resolution, h.start, h.seriesCount, h.recordsAt, h.node);
  }

  get end(): number {
    return this.start + this.resolution;
  }

  /** Visits every window record of the payload. */
  records(visit: RecordVisitor): void {
    const payload = this.#payload;
    const view = new DataView(payload.buffer, payload.byteOffset, payload.byteLength);
    const record = newWindowRecord();
    for (let pos = this.#recordsAt; pos < payload.length; pos = record.end) {
      readWindow(payload, view, pos, record);
      visit(view, record);
    }
  }

  get payload(): Uint8Array {
    return this.#payload;
  }

  /** The series of this window, decoded and encoded on first use. */
  series(): EncodedSeries {
    if (this.#series !== null) return this.#series;
    const payload = this.#payload;
    const resolution = this.resolution;
    const encoder = new SeriesEncoder();
    const q = new Float64Array(quantileNames.length);
    this.records((view, r) => {
      if (r.kind === HISTOGRAM) readQuantiles(view, r.at, q);
      encoder.add(headOf(payload, view, r.keyAt, r.keyLength, r.kind), r.kind, r.flags, r, resolution, r.kind === HISTOGRAM ? q : null);
    });
    this.#series = encoder.finish();
    return this.#series;
  }
}

interface Merged extends Aggregate {
  head: Head;
  kind: number;
  flags: number;
  sketch: QuantileSketch | null;
}

/**
 * One topic's window merged from the partial windows of several ingest
 * nodes (a series may have metrics on every node): counts and sums add,
 * min and max combine, `last` is the one with the greatest timestamp, and
 * histogram sketches merge before their quantiles are read.
 */
function mergeParts(parts: readonly TopicWindow[]): WindowPart {
  if (parts.length === 1) return parts[0]!;
  const topic = parts[0]!.topic;
  const resolution = parts[0]!.resolution;
  let encoded: EncodedSeries | null = null;
  return {
    topic,
    series() {
      if (encoded !== null) return encoded;
      const series = new Map<Head, Merged>();
      for (const part of parts) {
        const payload = part.payload;
        part.records((view, r) => {
          const head = headOf(payload, view, r.keyAt, r.keyLength, r.kind);
          let m = series.get(head);
          if (m === undefined) {
            m = { ...emptyAggregate(), head, kind: r.kind, flags: 0, sketch: r.kind === HISTOGRAM ? new QuantileSketch() : null };
            series.set(head, m);
          }
          m.flags |= r.flags;
          mergeAggregate(m, r);
          if (m.sketch !== null && r.sketchAt < r.end) m.sketch.mergeFrom(view, r.sketchAt);
        });
      }
      const encoder = new SeriesEncoder();
      for (const m of series.values()) {
        encoder.add(m.head, m.kind, m.flags, m, resolution, m.sketch === null ? null : quantiles.map((q) => m.sketch!.quantile(q)));
      }
      encoded = encoder.finish();
      return encoded;
    },
  };
}

/** The parts of one window (any topics, any nodes) merged into one per topic. */
export function mergeByTopic(windows: readonly TopicWindow[]): WindowPart[] {
  const byTopic = new Map<string, TopicWindow[]>();
  for (const window of windows) {
    const list = byTopic.get(window.topic);
    if (list === undefined) byTopic.set(window.topic, [window]);
    else list.push(window);
  }
  return [...byTopic.values()].map(mergeParts);
}
