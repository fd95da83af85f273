/**
 * Realistic MetricBatch bytes for the decode benches: `series` distinct
 * series (service × host × metric name, 3 labels), every kind, batch of
 * `size` metrics.
 */
import { sluice } from '../../proto/generated/metrics.js';

export function sampleMetrics(count: number, series: number, seed = 1): sluice.v1.IMetric[] {
  let x = seed;
  const next = (): number => { x = (Math.imul(x, 1103515245) + 12345) >>> 0; return x; };
  const names = ['http.server.requests', 'http.server.latency_ms', 'process.cpu.usage', 'db.pool.connections', 'queue.depth'];
  const metrics: sluice.v1.IMetric[] = [];
  const now = Date.now();
  for (let i = 0; i < count; i++) {
    const s = next() % series;
    const n = s % names.length;
    metrics.push({
      name: names[n],
      labels: [
        { key: 'service', value: `svc-${(s >>> 3) % 50}` },
        { key: 'host', value: `host-${s % 200}` },
        { key: 'region', value: ['eu-west-1', 'us-east-1', 'ap-south-1'][s % 3] },
      ],
      value: (next() % 10_000) / 10,
      timestampMs: now,
      kind: n === 1 ? 2 : n === 0 ? 1 : 0,
    });
  }
  return metrics;
}

export function sampleBatch(size: number, series: number, seed = 1): Uint8Array {
  return sluice.v1.MetricBatch.encode({ metrics: sampleMetrics(size, series, seed), sequence: 1 }).finish();
}
