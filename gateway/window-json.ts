/**
 * Turns a TOPIC_WINDOW bus message into the per-series JSON of the SSE
 * `window` event. Done lazily, once per message per gateway, and only for
 * topics some client watches; every client sharing a filter then shares the
 * encoded frame.
 */
import { kBusHeaderBytes } from '../wire/bus-messages.js';
import { decodeSeriesKey } from '../wire/series-key.js';
import { COUNTER, HISTOGRAM, kindNames } from '../wire/metric-kind.js';
import { kFlagOverflow } from '../wire/mailbox-records.js';
import {
  kWOffCount, kWOffFlags, kWOffKind, kWOffLast, kWOffMax, kWOffMin, kWOffSum, kWOffQuantiles,
  quantileNames, windowKeyOffset,
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

export class TopicWindow {
  readonly topic: string;
  readonly resolution: number;
  readonly start: number;
  readonly seriesCount: number;
  readonly #payload: Uint8Array;
  readonly #recordsAt: number;
  #entries: SeriesEntry[] | null = null;

  private constructor(payload: Uint8Array, topic: string, resolution: number, start: number, seriesCount: number, recordsAt: number) {
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
    const topicLength = view.getUint16(kBusHeaderBytes + 4, true);
    const topicAt = kBusHeaderBytes + 6;
    const topic = new TextDecoder().decode(payload.subarray(topicAt, topicAt + topicLength));
    return new TopicWindow(payload, topic, resolution, start, seriesCount, topicAt + topicLength);
  }

  get end(): number {
    return this.start + this.resolution;
  }

  /** The series of this window, decoded and encoded on first use. */
  entries(): SeriesEntry[] {
    if (this.#entries !== null) return this.#entries;
    const payload = this.#payload;
    const view = new DataView(payload.buffer, payload.byteOffset, payload.byteLength);
    const entries: SeriesEntry[] = [];
    const seconds = this.resolution / 1000;
    for (let pos = this.#recordsAt; pos < payload.length;) {
      const length = view.getUint32(pos, true);
      const kind = payload[pos + kWOffKind]!;
      const keyAt = pos + windowKeyOffset(kind);
      const { head, labels } = headOf(payload, keyAt, pos + length - keyAt, kind);
      const count = view.getFloat64(pos + kWOffCount, true);
      const sum = view.getFloat64(pos + kWOffSum, true);
      let json = `${head},"count":${num(count)},"sum":${num(sum)}`
        + `,"min":${num(view.getFloat64(pos + kWOffMin, true))},"max":${num(view.getFloat64(pos + kWOffMax, true))}`
        + `,"last":${num(view.getFloat64(pos + kWOffLast, true))},"avg":${num(sum / count)}`;
      if (kind === COUNTER) json += `,"rate":${num(sum / seconds)}`;
      if (kind === HISTOGRAM) {
        for (let q = 0; q < quantileNames.length; q++) json += `,"${quantileNames[q]}":${num(view.getFloat64(pos + kWOffQuantiles + q * 8, true))}`;
      }
      if ((view.getUint16(pos + kWOffFlags, true) & kFlagOverflow) !== 0) json += ',"overflow":true';
      entries.push({ labels, json: `${json}}` });
      pos += length;
    }
    this.#entries = entries;
    return entries;
  }
}

/** A JSON number; sums can overflow to ±Infinity, which JSON cannot carry. */
function num(x: number): string {
  return Number.isFinite(x) ? String(x) : 'null';
}
