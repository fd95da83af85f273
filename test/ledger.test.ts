import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as grpc from '@grpc/grpc-js';
import { IngestClient, type TestMetric } from './support/ingest-client.js';
import { scrape, sumOf } from '../devkit/prometheus-text.js';
import { seededRandom } from './support/seeded-random.js';
import { startTestSluice, waitFor } from './support/sluice-harness.js';

test('/metrics: the ledger balances after a mixed run (valid, invalid, oversized, malformed, concurrent streams)', async () => {
  const sluice = await startTestSluice(['--max-batch-metrics', '2000']);
  const client = new IngestClient(sluice.grpcPort);
  const random = seededRandom(3);
  const metric = (): TestMetric => {
    const r = random();
    const now = Date.now();
    if (r < 0.05) return { name: 'bad name', value: 1 };
    if (r < 0.08) return { name: 'mix.v', value: Number.NaN };
    if (r < 0.10) return { name: 'mix.late', value: 1, timestampMs: now - 60_000 };
    if (r < 0.12) return { name: 'mix.future', value: 1, timestampMs: now + 60_000 };
    if (r < 0.14) return { name: 'mix.labels', value: 1, labels: [{ key: 'a', value: '1' }, { key: 'a', value: '2' }] };
    return { name: `mix.m${Math.floor(random() * 4)}`, labels: [{ key: 'h', value: String(Math.floor(random() * 50)) }], value: Math.floor(random() * 10), timestampMs: 0 };
  };
  const batches = (n: number, size: number): TestMetric[][] => Array.from({ length: n }, () => Array.from({ length: size }, metric));

  const refusals: number[] = [];
  await Promise.all([
    ...Array.from({ length: 3 }, () => client.stream(batches(30, 300))),
    ...batches(20, 150).map((b) => client.push(b)),
    client.push(batches(1, 2001)[0]!).catch((e: grpc.ServiceError) => { refusals.push(e.code); }),
    client.pushRaw(Buffer.from([0x0a, 0x7f, 0x01])).catch((e: grpc.ServiceError) => { refusals.push(e.code); }),
  ]);
  assert.deepEqual(refusals.sort(), [grpc.status.INVALID_ARGUMENT, grpc.status.RESOURCE_EXHAUSTED].sort());

  // Idle: every window that got metrics has closed and been published.
  await waitFor(() => sluice.ledger.aggregated() === sluice.ledger.accepted, 10_000, 'windows to close');
  const m = await scrape(sluice.httpPort);
  const received = m.get('sluice_metrics_received_total')!;
  const accepted = m.get('sluice_metrics_accepted_total')!;
  const rejected = sumOf(m, 'sluice_metrics_rejected_total');
  const aggregated = m.get('sluice_metrics_aggregated_total')!;
  const lost = sumOf(m, 'sluice_metrics_lost_total');
  assert.equal(received, 3 * 30 * 300 + 20 * 150);
  assert.equal(received, accepted + rejected);
  assert.equal(accepted, aggregated + lost);
  assert.ok(rejected > 0 && accepted > 0);
  for (const reason of ['invalid_name', 'invalid_value', 'late', 'future', 'invalid_label']) {
    assert.ok((m.get(`sluice_metrics_rejected_total{reason="${reason}"}`) ?? 0) > 0, reason);
  }
  assert.equal(m.get('sluice_batches_refused_total{reason="malformed"}'), 1);
  assert.equal(m.get('sluice_batches_refused_total{reason="too_large"}'), 1);
  assert.equal(m.get('sluice_ledger_unbalanced{kind="received"}'), 0);
  assert.equal(m.get('sluice_ledger_unbalanced{kind="accepted"}'), 0);
  const text = await (await fetch(`http://127.0.0.1:${sluice.httpPort}/metrics`)).text();
  for (const name of ['sluice_metrics_received_total', 'sluice_metrics_accepted_total', 'sluice_metrics_rejected_total', 'sluice_metrics_aggregated_total',
    'sluice_metrics_lost_total', 'sluice_actor_restarts_total', 'sluice_ring_full_total']) {
    assert.match(text, new RegExp(`^# TYPE ${name} counter$`, 'm'), `${name} is exposed as a counter`);
  }
  assert.equal(m.get('sluice_ring_full_total{shard="0"}'), 0);
});
