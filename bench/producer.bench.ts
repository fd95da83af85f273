/**
 * Question: what does recording a metric cost the producer's host? The time
 * of `producer.histogram(name, value, labels)` on the caller's thread, in
 * bursts of one full batch (8,192 calls), with the batches acked by a real
 * Sluice in another process (the flush between bursts is not counted).
 * Baseline: the obvious client, which builds a metric object per call and
 * encodes the batch with protobufjs when it is full.
 */
import { fork } from 'node:child_process';
import { createProducer } from '../client/index.js';
import { sluice } from '../proto/generated/metrics.js';
import { ratio, type BenchResult } from './support/report.js';

export async function run(options: { quick: boolean }): Promise<BenchResult> {
  const server = fork(new URL('./support/server-process.js', import.meta.url), ['sluice'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const ready = await new Promise<{ ports: { grpc: number } }>((resolve) => server.once('message', resolve));
  try {
    const bursts = options.quick ? 60 : 300;
    const labels = { route: '/api/checkout', method: 'POST', status: '200' };
    const producer = createProducer({ target: `127.0.0.1:${ready.ports.grpc}`, maxBatchSize: 8192, maxDelayMs: 10_000 });
    let ns = 0n;
    let calls = 0;
    for (let b = 0; b < bursts; b++) {
      const t0 = process.hrtime.bigint();
      for (let i = 0; i < 8192; i++) producer.histogram('http.server.latency_ms', 12.5 + (i & 63), labels);
      ns += process.hrtime.bigint() - t0;
      calls += 8192;
      await producer.flush();
    }
    await producer.close();
    const stats = producer.stats();
    if (stats.accepted !== calls) throw new Error(`accepted ${stats.accepted} of ${calls}`);

    // Baseline: objects per call, protobufjs encode per batch.
    let baseNs = 0n;
    for (let b = 0; b < bursts; b++) {
      const t0 = process.hrtime.bigint();
      const metrics: sluice.v1.IMetric[] = [];
      for (let i = 0; i < 8192; i++) {
        metrics.push({ name: 'http.server.latency_ms', value: 12.5 + (i & 63), kind: 2, labels: Object.entries(labels).map(([key, value]) => ({ key, value })) });
      }
      sluice.v1.MetricBatch.encode({ metrics, sequence: b }).finish();
      baseNs += process.hrtime.bigint() - t0;
    }
    const ours = Number(ns) / calls;
    const base = Number(baseNs) / calls;
    return {
      name: 'producer',
      question: 'caller-thread cost of one producer.histogram() call with 3 labels (batch encode included), acks from a real server',
      measurements: [
        { variant: 'producer.histogram() (encodes into the batch as it goes)', value: ours, unit: 'ns/call' },
        { variant: 'baseline: object per call + protobufjs batch encode', value: base, unit: 'ns/call' },
      ],
      ratios: [ratio('baseline / producer ns per call', base / ours)],
    };
  } finally {
    server.kill();
  }
}
