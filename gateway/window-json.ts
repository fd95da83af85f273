/**
 * Turns a TOPIC_WINDOW bus message into the per-series JSON of the SSE
 * `window` event. Done lazily, once per message per gateway, and only for
 * topics some client watches; every client sharing a filter then shares the
 * encoded frame.
 */
import { kBusHeaderBytes } from '../wire/bus-messages.js';
import { decodeSeriesKey, seriesKeyLength } from '../wire/series-key.js';
import { COUNTER, HISTOGRAM, kindNames } from '../wire/metric-kind.js';
import { kFlagOverflow } from '../wire/mailbox-records.js';
import { QuantileSketch } from '../collections/quantile-sketch.js';
import {
  kWOffCount, kWOffFlags, kWOffKind, kWOffLast, kWOffLastTs, kWOffMax, kWOffMin, kWOffSum, kWOffQuantiles,
  quantileNames, quantiles, windowKeyOffset,
} from '../wire/window-records.js';

/**
 * The JSON head of each series (`{"name":…,"labels":{…},"kind":"…"`) and its
 * labels, by series key: a series' identity does not change from one window
 * to the next, so it is decoded and encoded once (halving the cost of a
 * window of 10,000 series). Bounded: cleared when it passes the limit.
 */
const heads = new Map<string, { head: string; labels: Record<string, string> }>();
const kMaxHeads = 500_000;

function headOf(payload: Uint8Array, keyAt: number, keyLength: number, kind: number): { head: string; labels: Record<string, string> } {
  const id = Buffer.from(payload.buffer, payload.byteOffset + keyAt, keyLength).toString('latin1') + kind;
  let head = heads.get(id);
  if (head === undefined) {
    const { name, labels } = decodeSeriesKey(payload, keyAt);
    head = { head: `{"name":${JSON.stringify(name)},"labels":${JSON.stringify(labels)},"kind":"${kindNames[kind]}"`, labels };
    if (heads.size >= kMaxHeads) heads.clear();
    heads.set(id, head);
  }
  return head;
}

export interface SeriesEntry {
  labels: Record<string, string>;
  json: string;
}

/** What a window frame is built from: one topic's series in one window (one node's, or merged). */
export interface WindowPart {
  readonly topic: string;
  entries(): SeriesEntry[];
}

/** Calls `visit` for each window record of a TOPIC_WINDOW payload. */
type RecordVisitor = (view: DataView, pos: number, length: number, kind: number, keyAt: number, keyLength: number) => void;

export class TopicWindow {
  readonly topic: string;
  readonly resolution: number;
  readonly start: number;
  readonly seriesCount: number;
  /** hash32 of the ingest node that published this (partial) window. */
  readonly node: number;
  readonly #payload: Uint8Array;
  readonly #recordsAt: number;
  #entries: SeriesEntry[] | null = null;

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
    const view = new DataView(payload.buffer, payload.byteOffset, payload.byteLength);
    const resolution = view.getUint32(4, true);
    const start = view.getFloat64(8, true);
    const seriesCount = view.getUint32(kBusHeaderBytes, true);
    const node = view.getUint32(16, true);
    const topicLength = view.getUint16(kBusHeaderBytes + 4, true);
    const topicAt = kBusHeaderBytes + 6;
    const topic = new TextDecoder().decode(payload.subarray(topicAt, topicAt + topicLength));
    return new TopicWindow(payload, topic, resolution, start, seriesCount, topicAt + topicLength, node);
  }

  get end(): number {
    return this.start + this.resolution;
  }

  /** Visits every window record of the payload. */
  records(visit: RecordVisitor): void {
    const payload = this.#payload;
    const view = new DataView(payload.buffer, payload.byteOffset, payload.byteLength);
    for (let pos = this.#recordsAt; pos < payload.length;) {
      const length = view.getUint32(pos, true);
      const kind = payload[pos + kWOffKind]!;
      const keyAt = pos + windowKeyOffset(kind);
      visit(view, pos, length, kind, keyAt, seriesKeyLength(payload, keyAt));
      pos += length;
    }
  }

  get payload(): Uint8Array {
    return this.#payload;
  }

  /** The series of this window, decoded and encoded on first use. */
  entries(): SeriesEntry[] {
    if (this.#entries !== null) return this.#entries;
    const entries: SeriesEntry[] = [];
    const payload = this.#payload;
    const resolution = this.resolution;
    this.records((view, pos, _length, kind, keyAt, keyLength) => {
      const { head, labels } = headOf(payload, keyAt, keyLength, kind);
      const q = kind === HISTOGRAM ? quantileNames.map((_, i) => view.getFloat64(pos + kWOffQuantiles + i * 8, true)) : null;
      entries.push({
        labels,
        json: seriesJson(head, kind, view.getUint16(pos + kWOffFlags, true), view.getFloat64(pos + kWOffCount, true), view.getFloat64(pos + kWOffSum, true),
          view.getFloat64(pos + kWOffMin, true), view.getFloat64(pos + kWOffMax, true), view.getFloat64(pos + kWOffLast, true), resolution, q),
      });
    });
    this.#entries = entries;
    return entries;
  }
}

/** One series' JSON object of the `window` event. */
function seriesJson(head: string, kind: number, flags: number, count: number, sum: number, min: number, max: number, last: number,
  resolution: number, quantileValues: number[] | null): string {
  let json = `${head},"count":${num(count)},"sum":${num(sum)},"min":${num(min)},"max":${num(max)},"last":${num(last)},"avg":${num(sum / count)}`;
  if (kind === COUNTER) json += `,"rate":${num(sum / (resolution / 1000))}`;
  if (quantileValues !== null) for (let q = 0; q < quantileNames.length; q++) json += `,"${quantileNames[q]}":${num(quantileValues[q]!)}`;
  if ((flags & kFlagOverflow) !== 0) json += ',"overflow":true';
  return `${json}}`;
}

interface Merged {
  head: string;
  labels: Record<string, string>;
  kind: number;
  flags: number;
  count: number;
  sum: number;
  min: number;
  max: number;
  last: number;
  lastTs: number;
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
  let entries: SeriesEntry[] | null = null;
  return {
    topic,
    entries() {
      if (entries !== null) return entries;
      const series = new Map<string, Merged>();
      for (const part of parts) {
        const payload = part.payload;
        part.records((view, pos, length, kind, keyAt, keyLength) => {
          const id = Buffer.from(payload.buffer, payload.byteOffset + keyAt, keyLength).toString('latin1') + kind;
          let m = series.get(id);
          if (m === undefined) {
            const { head, labels } = headOf(payload, keyAt, keyLength, kind);
            m = { head, labels, kind, flags: 0, count: 0, sum: 0, min: Number.POSITIVE_INFINITY, max: Number.NEGATIVE_INFINITY, last: 0, lastTs: Number.NEGATIVE_INFINITY, sketch: kind === HISTOGRAM ? new QuantileSketch() : null };
            series.set(id, m);
          }
          m.flags |= view.getUint16(pos + kWOffFlags, true);
          m.count += view.getFloat64(pos + kWOffCount, true);
          m.sum += view.getFloat64(pos + kWOffSum, true);
          m.min = Math.min(m.min, view.getFloat64(pos + kWOffMin, true));
          m.max = Math.max(m.max, view.getFloat64(pos + kWOffMax, true));
          const lastTs = view.getFloat64(pos + kWOffLastTs, true);
          if (lastTs >= m.lastTs) { m.lastTs = lastTs; m.last = view.getFloat64(pos + kWOffLast, true); }
          if (m.sketch !== null && keyAt + keyLength < pos + length) m.sketch.mergeFrom(view, keyAt + keyLength);
        });
      }
      entries = [...series.values()].map((m) => ({
        labels: m.labels,
        json: seriesJson(m.head, m.kind, m.flags, m.count, m.sum, m.min, m.max, m.last, resolution,
          m.sketch === null ? null : quantiles.map((q) => m.sketch!.quantile(q))),
      }));
      return entries;
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

/** A JSON number; sums can overflow to ±Infinity, which JSON cannot carry. */
function num(x: number): string {
  return Number.isFinite(x) ? String(x) : 'null';
}
