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
export const kBusVersion = 2;
export const kBusTopicWindow = 1;
export const kBusTick = 2;
export const kBusHeaderBytes = 20;

export interface BusHeader {
  type: number;
  resolution: number;
  start: number;
  /** hash32 of the publishing node's id. */
  node: number;
}

export function encodeTick(resolution: number, start: number, node: number, topicHashes: readonly number[]): Buffer {
  const out = Buffer.allocUnsafe(kBusHeaderBytes + 4 + topicHashes.length * 4);
  out[0] = kBusVersion;
  out[1] = kBusTick;
  out.writeUInt16LE(0, 2);
  out.writeUInt32LE(resolution, 4);
  out.writeDoubleLE(start, 8);
  out.writeUInt32LE(node >>> 0, 16);
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

/** Metrics counted in a TOPIC_WINDOW payload (the sum of its series' counts), and its resolution. */
export function countWindowMetrics(payload: Uint8Array): { resolution: number; metrics: number } {
  const view = new DataView(payload.buffer, payload.byteOffset, payload.byteLength);
  const resolution = view.getUint32(4, true);
  let pos = kBusHeaderBytes + 6 + view.getUint16(kBusHeaderBytes + 4, true);
  let metrics = 0;
  while (pos < payload.length) {
    metrics += view.getFloat64(pos + 24, true); // kWOffCount (wire/window-records.ts)
    pos += view.getUint32(pos, true);
  }
  return { resolution, metrics };
}
