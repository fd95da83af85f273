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
import { kOutClosed, kOutWindow, kWindowHeaderBytes } from '../../wire/window-records.js';

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
    for (let i = 0; i < series; i++) {
      const key = keys[i]!;
      const at = out.begin();
      out.u8(kOutWindow); out.u8(0); out.u16(0); out.u32(resolution); out.u32(nameHash); out.f64(start);
      out.f64(10); out.f64(123.5 * (i + 1)); out.f64(1.25); out.f64(99.75); out.f64(i === 0 ? now : 42.5); out.f64(start + 1);
      if (out.length - at !== kWindowHeaderBytes) throw new Error('layout');
      out.copy(key, 0, key.length);
      out.end(at);
    }
    const closed = out.begin();
    out.u8(kOutClosed); out.u8(0); out.u16(0); out.f64(start + resolution);
    out.end(closed);
    broadcaster.onShardOutput(0, out.bytes.subarray(0, out.length));
    out.reset();
    start += resolution;
    windows++;
  }, resolution);
  return { get windows() { return windows; }, stop: () => clearInterval(timer) };
}
