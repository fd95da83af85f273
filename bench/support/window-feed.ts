/**
 * A synthetic stream of closed windows fed through the real broadcaster (so
 * the bus carries exactly what Sluice publishes): every `resolution` ms, one
 * window of `series` gauge series on topic `topic`, each about 120 bytes of
 * JSON. The first series' `last` is the time the window was fed (ms), so a
 * client can measure publish → receipt latency from the event alone.
 */
import { Broadcaster } from '../../actors/broadcaster/broadcaster.js';
import type { Bus } from '../../bus/bus.js';
import { MessageWriter } from '../../engine/message-writer.js';
import { hash32, kNameHashSeed } from '../../wire/hash.js';
import { encodeSeriesKey } from '../../wire/series-key.js';
import { newWindowRecord, windowHeaderBytes, writeClosed, writeWindowHeader } from '../../wire/window-records.js';
import { GAUGE } from '../../wire/metric-kind.js';

export interface WindowFeed {
  /** Windows fed so far. */
  readonly windows: number;
  stop(): void;
}

export function startWindowFeed(bus: Bus, topic: string, series: number, resolution: number): WindowFeed {
  const broadcaster = new Broadcaster(bus, 1, [resolution]);
  const keys = Array.from({ length: series }, (_, i) => encodeSeriesKey(topic, { host: `host-${String(i).padStart(3, '0')}`, region: 'eu-west-1' }));
  const nameBytes = new TextEncoder().encode(topic);
  const nameHash = hash32(new DataView(nameBytes.buffer), 0, nameBytes.length, kNameHashSeed);
  const out = new MessageWriter(64 * 1024);
  let start = Math.floor(Date.now() / resolution) * resolution;
  let windows = 0;
  const timer = setInterval(() => {
    const now = Date.now();
    const record = newWindowRecord();
    Object.assign(record, { kind: GAUGE, flags: 0, resolution, nameHash, start, count: 10, min: 1.25, max: 99.75, lastTs: start + 1 });
    for (let i = 0; i < series; i++) {
      const key = keys[i]!;
      record.sum = 123.5 * (i + 1);
      record.last = i === 0 ? now : 42.5;
      const size = windowHeaderBytes(GAUGE) + key.length;
      out.ensure(size);
      const keyAt = writeWindowHeader(out.view, out.length, size, record, null);
      out.bytes.set(key, keyAt);
      out.length += size;
      out.records++;
    }
    writeClosed(out, start + resolution);
    broadcaster.onShardOutput(0, out.bytes.subarray(0, out.length));
    out.reset();
    start += resolution;
    windows++;
  }, resolution);
  return { get windows() { return windows; }, stop: () => clearInterval(timer) };
}
