/**
 * One series-memory measurement (run in its own process by
 * bench/series-memory.bench.ts): a ShardAggregator fed real mailbox records
 * for N series, 3 metrics per series per second, over 12 simulated seconds
 * with watermarks, so that each series has what it has in steady state: one
 * or two open 1 s windows and an open 10 s and 60 s window. Prints the bytes
 * per series the shard's arrays and sketches hold, and the growth of V8 heap
 * plus array buffers after a GC.
 *   node --expose-gc series-memory-probe.js <kind 0|2> <series>
 */
import { BatchDecoder } from '../../actors/ingest/batch-decoder.js';
import { ShardAggregator } from '../../actors/shard/shard-aggregator.js';
import { MessageWriter } from '../../engine/message-writer.js';
import { sluice } from '../../proto/generated/metrics.js';
import { writeWatermark } from '../../wire/mailbox-records.js';

const kind = Number(process.argv[2]);
const series = Number(process.argv[3]);
const gc = (globalThis as { gc?: () => void }).gc ?? (() => { throw new Error('run with --expose-gc'); });
const settle = (): void => { for (let i = 0; i < 4; i++) gc(); };

const writer = new MessageWriter(1 << 22);
const out = new MessageWriter(1 << 20);
out.spill = () => out.reset(); // as in the actor host: output goes to the outbox as it is made
const decoder = new BatchDecoder([writer], 1, { maxMetrics: 1e6, windowMs: 1000, futureSkewMs: 1e12 });
settle();
const before = process.memoryUsage();
const shard = new ShardAggregator({ shard: 0, resolutions: [1000, 10_000, 60_000] }, out);
const start = 1_800_000_000_000; // a fixed epoch-aligned minute
const feed = (): void => { shard.receive(writer.bytes.subarray(0, writer.length)); writer.reset(); out.reset(); };
let x = 1;
for (let second = 0; second < 12; second++) {
  for (let first = 0; first < series; first += 5000) {
    const metrics: sluice.v1.IMetric[] = [];
    for (let s = first; s < Math.min(series, first + 5000); s++) {
      for (let k = 0; k < 3; k++) {
        x = (Math.imul(x, 1103515245) + 12345) >>> 0;
        metrics.push({
          name: 'http.server.latency_ms', kind,
          labels: [{ key: 'service', value: `svc-${s % 40}` }, { key: 'host', value: `host-${s}` }, { key: 'region', value: 'eu-west-1' }],
          value: 5 + (x % 2000) / 10, timestampMs: start + second * 1000 + k * 300,
        });
      }
    }
    if (decoder.decode(sluice.v1.MetricBatch.encode({ metrics }).finish(), start + second * 1000, 0) !== 'ok') throw new Error('decode');
    feed();
  }
  writeWatermark(writer, start + second * 1000 - 500);
  feed(); // the lateness: the previous second is still open
}
settle();
const after = process.memoryUsage();
if (shard.series.size !== series) throw new Error(`expected ${series} series, got ${shard.series.size}`);
const heap = (after.heapUsed + after.arrayBuffers) - (before.heapUsed + before.arrayBuffers);
process.stdout.write(JSON.stringify({ bytes: shard.byteLength / series, heap: heap / series }));
