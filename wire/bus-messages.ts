/**
 * Payloads on the bus. A topic is a metric name; each closed window of a
 * resolution is published by each ingest node as one TOPIC_WINDOW message
 * per topic (holding the window records of all that topic's series it has,
 * from every shard, unchanged), then one TICK saying that node is done with
 * the window and naming (by hash) the topics it published. A gateway has a
 * window when every live node has ticked it and it holds every subscribed
 * topic each tick named: this works without ordering between channels
 * (Redis Cluster's sharded Pub/Sub gives none across shards).
 *
 *   u8 version (2), u8 type, u16 reserved, u32 resolutionMs, f64 start, u32 node, then
 *   TOPIC_WINDOW: u32 seriesCount, u16 topicLength, topic bytes, records…
 *   TICK:         u32 topicCount, topicCount × u32 topic hash (hash32 of the name, kNameHashSeed)
 */
import { windowCount } from './window-records.js';

export const kBusVersion = 2;
export const kBusTopicWindow = 1;
export const kBusTick = 2;
const kBusHeaderBytes = 20;
const kOffSeriesCount = kBusHeaderBytes;      // TOPIC_WINDOW: u32
const kOffTopicLength = kBusHeaderBytes + 4;  // TOPIC_WINDOW: u16
const kOffTopic = kBusHeaderBytes + 6;

export interface BusHeader {
  type: number;
  resolution: number;
  start: number;
  /** hash32 of the publishing node's id. */
  node: number;
}

function writeBusHeader(out: Buffer, type: number, resolution: number, start: number, node: number): void {
  out[0] = kBusVersion;
  out[1] = type;
  out.writeUInt16LE(0, 2);
  out.writeUInt32LE(resolution, 4);
  out.writeDoubleLE(start, 8);
  out.writeUInt32LE(node >>> 0, 16);
}

export function encodeTick(resolution: number, start: number, node: number, topicHashes: readonly number[]): Buffer {
  const out = Buffer.allocUnsafe(kBusHeaderBytes + 4 + topicHashes.length * 4);
  writeBusHeader(out, kBusTick, resolution, start, node);
  out.writeUInt32LE(topicHashes.length, 20);
  for (let i = 0; i < topicHashes.length; i++) out.writeUInt32LE(topicHashes[i]! >>> 0, 24 + i * 4);
  return out;
}

/** The topic hashes a TICK names. */
export function tickTopics(payload: Uint8Array): Uint32Array {
  const view = new DataView(payload.buffer, payload.byteOffset, payload.byteLength);
  const count = view.getUint32(kBusHeaderBytes, true);
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) out[i] = view.getUint32(kBusHeaderBytes + 4 + i * 4, true);
  return out;
}

/** Reads the common header; null if the payload is not a v2 bus message. */
export function readBusHeader(payload: Uint8Array): BusHeader | null {
  if (payload.length < kBusHeaderBytes || payload[0] !== kBusVersion) return null;
  const view = new DataView(payload.buffer, payload.byteOffset, payload.byteLength);
  return { type: payload[1]!, resolution: view.getUint32(4, true), start: view.getFloat64(8, true), node: view.getUint32(16, true) };
}

/** Bytes of a TOPIC_WINDOW payload for `topicBytes` and `recordBytes` of window records. */
export function topicWindowBytes(topicBytes: Uint8Array, recordBytes: number): number {
  return kOffTopic + topicBytes.length + recordBytes;
}

/**
 * Writes a TOPIC_WINDOW payload's header and topic into `out` (sized by
 * `topicWindowBytes`); returns the offset where its window records go.
 */
export function writeTopicWindowHeader(out: Buffer, resolution: number, start: number, node: number, seriesCount: number, topicBytes: Uint8Array): number {
  writeBusHeader(out, kBusTopicWindow, resolution, start, node);
  out.writeUInt32LE(seriesCount, kOffSeriesCount);
  out.writeUInt16LE(topicBytes.length, kOffTopicLength);
  out.set(topicBytes, kOffTopic);
  return kOffTopic + topicBytes.length;
}

export interface TopicWindowHeader extends BusHeader {
  seriesCount: number;
  topic: string;
  /** Offset of the first window record (they run to the payload's end). */
  recordsAt: number;
}

const utf8 = new TextDecoder();

/** Reads a TOPIC_WINDOW payload's header (the caller checked `readBusHeader(payload).type`). */
export function readTopicWindowHeader(payload: Uint8Array): TopicWindowHeader {
  const view = new DataView(payload.buffer, payload.byteOffset, payload.byteLength);
  const topicLength = view.getUint16(kOffTopicLength, true);
  return {
    type: kBusTopicWindow,
    resolution: view.getUint32(4, true),
    start: view.getFloat64(8, true),
    node: view.getUint32(16, true),
    seriesCount: view.getUint32(kOffSeriesCount, true),
    topic: utf8.decode(payload.subarray(kOffTopic, kOffTopic + topicLength)),
    recordsAt: kOffTopic + topicLength,
  };
}

/** Metrics counted in a TOPIC_WINDOW payload (the sum of its series' counts), and its resolution. */
export function countWindowMetrics(payload: Uint8Array): { resolution: number; metrics: number } {
  const view = new DataView(payload.buffer, payload.byteOffset, payload.byteLength);
  const resolution = view.getUint32(4, true);
  let metrics = 0;
  for (let pos = kOffTopic + view.getUint16(kOffTopicLength, true); pos < payload.length; pos += view.getUint32(pos, true)) {
    metrics += windowCount(view, pos);
  }
  return { resolution, metrics };
}
