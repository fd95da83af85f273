/**
 * Payloads on the bus. A topic is a metric name; each closed window of a
 * resolution is published as one TOPIC_WINDOW message per topic (holding the
 * window records of all that topic's series, from every shard, unchanged),
 * then one TICK saying the window is complete. Subscribers that get the TICK
 * have had every TOPIC_WINDOW of that window that they subscribed to: both go
 * out on one connection, in order.
 *
 *   u8 version (1), u8 type, u16 reserved, u32 resolutionMs, f64 start, then
 *   TOPIC_WINDOW: u32 seriesCount, u16 topicLength, topic bytes, records…
 *   TICK:         u32 topicsPublished
 */
export const kBusVersion = 1;
export const kBusTopicWindow = 1;
export const kBusTick = 2;
export const kBusHeaderBytes = 16;

export interface BusHeader {
  type: number;
  resolution: number;
  start: number;
}

export function encodeTick(resolution: number, start: number, topics: number): Buffer {
  const out = Buffer.allocUnsafe(kBusHeaderBytes + 4);
  out[0] = kBusVersion;
  out[1] = kBusTick;
  out.writeUInt16LE(0, 2);
  out.writeUInt32LE(resolution, 4);
  out.writeDoubleLE(start, 8);
  out.writeUInt32LE(topics, 16);
  return out;
}

/** Reads the common header; null if the payload is not a v1 bus message. */
export function readBusHeader(payload: Uint8Array): BusHeader | null {
  if (payload.length < kBusHeaderBytes || payload[0] !== kBusVersion) return null;
  const view = new DataView(payload.buffer, payload.byteOffset, payload.byteLength);
  return { type: payload[1]!, resolution: view.getUint32(4, true), start: view.getFloat64(8, true) };
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
