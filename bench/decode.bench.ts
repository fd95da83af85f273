/**
 * Question: how fast does the ingest read a MetricBatch and route each
 * metric to its shard, compared with decoding to objects the usual way?
 *   in place:   BatchDecoder with the ingest's series table (validate,
 *               canonical key hash, kind/cardinality lookup, stage a record
 *               in the shard's writer), over the raw bytes; steady state:
 *               the 10,000 series are known;
 *   baseline 1: protobufjs generated decode to objects, nothing else;
 *   baseline 2: protobufjs decode + a key string per metric (name + sorted
 *               labels) + a Map lookup + routing, the obvious way.
 * One core, 1,000-metric batches over 10,000 series.
 */
import { Bench } from 'tinybench';
import { BatchDecoder } from '../actors/ingest/batch-decoder.js';
import { SeriesAdmission } from '../actors/ingest/series-admission.js';
import { MessageWriter } from '../engine/message-writer.js';
import { sluice } from '../proto/generated/metrics.js';
import { sampleBatch } from './support/sample-batches.js';
import { ratio, type BenchResult } from './support/report.js';
import { opsPerSecond } from './support/tinybench.js';

export async function run(options: { quick: boolean }): Promise<BenchResult> {
  const batches = Array.from({ length: 16 }, (_, i) => sampleBatch(1000, 10_000, i + 1));
  const writers = [new MessageWriter(1 << 20), new MessageWriter(1 << 20)];
  // The real ingest path: the decoder with the ingest's series table. After
  // the first pass every series is known (steady state).
  const admission = new SeriesAdmission({ maxSeriesPerMetric: 1e9, maxSeries: 1e9, maxMetricNames: 1e6, windowMs: 1000, idleWindows: 1e6, seed: 12345 }, 2);
  const decoder = new BatchDecoder(writers, 12345, { maxMetrics: 10_000, windowMs: 1000, futureSkewMs: 60_000 }, admission);
  let i = 0;
  const routed = new Map<string, number>();
  const shardsOf = [[] as unknown[], [] as unknown[]];

  const bench = new Bench({ time: options.quick ? 1500 : 5000, warmupTime: 500 });
  bench
    .add('in place: decode + validate + hash + route', () => {
      const status = decoder.decode(batches[i++ & 15]!, Date.now(), 0);
      if (status !== 'ok' || decoder.accepted !== 1000) throw new Error(`decode failed: ${status} ${decoder.listedReason[0]}`);
      writers[0]!.reset();
      writers[1]!.reset();
    })
    .add('protobufjs decode to objects', () => {
      const batch = sluice.v1.MetricBatch.decode(batches[i++ & 15]!);
      if (batch.metrics.length !== 1000) throw new Error('decode failed');
    })
    .add('protobufjs decode + key string + Map + route', () => {
      const batch = sluice.v1.MetricBatch.decode(batches[i++ & 15]!);
      for (const m of batch.metrics) {
        const labels = (m.labels ?? []).slice().sort((a, b) => ((a.key ?? "") < (b.key ?? "") ? -1 : 1));
        const key = `${m.name}{${labels.map((l) => `${l.key}=${l.value}`).join(',')}}`;
        let id = routed.get(key);
        if (id === undefined) routed.set(key, (id = routed.size));
        shardsOf[id & 1]!.push(m);
      }
      shardsOf[0]!.length = 0;
      shardsOf[1]!.length = 0;
    });
  await bench.run();
  const rate = (name: string): number => opsPerSecond(bench, name) * 1000;
  const inPlace = rate('in place: decode + validate + hash + route');
  const objects = rate('protobufjs decode to objects');
  const obvious = rate('protobufjs decode + key string + Map + route');
  return {
    name: 'decode',
    question: 'metrics/s on one core, 1,000-metric batches, 10,000 series',
    measurements: [
      { variant: 'in place: decode + validate + hash + route', value: inPlace, unit: 'metrics/s' },
      { variant: 'protobufjs decode to objects (no routing)', value: objects, unit: 'metrics/s' },
      { variant: 'protobufjs decode + key string + Map + route', value: obvious, unit: 'metrics/s' },
    ],
    ratios: [
      ratio('in place / protobufjs decode only', inPlace / objects, 3),
      ratio('in place / protobufjs decode + routing', inPlace / obvious),
      ratio('in place metrics/s (target 3 M)', inPlace, 3_000_000),
    ],
  };
}
