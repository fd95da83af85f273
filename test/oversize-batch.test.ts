/**
 * A gRPC message over --max-batch-bytes is refused by grpc-js before any
 * handler runs; it is still counted in sluice_batches_refused_total{reason="too_large"}.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as grpc from '@grpc/grpc-js';
import { IngestClient } from './support/ingest-client.js';
import { scrape } from '../devkit/prometheus-text.js';
import { startTestSluice } from './support/sluice-harness.js';

test('a message over the receive limit gets RESOURCE_EXHAUSTED and is counted as a too_large refusal; the ledger balances', async () => {
  const sluice = await startTestSluice(['--max-batch-bytes', '65536']);
  const client = new IngestClient(sluice.grpcPort);
  const wide = (n: number) => Array.from({ length: n }, (_, i) => ({ name: 'oversize.m', labels: [{ key: 'pad', value: 'p'.repeat(200) }], value: i }));

  // Just over the limit, and far over it (16 MiB).
  await assert.rejects(client.push(wide(400)), (error: grpc.ServiceError) => error.code === grpc.status.RESOURCE_EXHAUSTED);
  await assert.rejects(client.pushRaw(Buffer.alloc(16 * 1024 * 1024)), (error: grpc.ServiceError) => error.code === grpc.status.RESOURCE_EXHAUSTED);
  // A stream whose second batch is too large.
  await assert.rejects(client.stream([wide(5), wide(400)]), (error: grpc.ServiceError) => error.code === grpc.status.RESOURCE_EXHAUSTED);
  // Refusals our own handler sends (too many metrics) are counted once, not twice.
  const many = await startTestSluice(['--max-batch-metrics', '10']);
  await assert.rejects(new IngestClient(many.grpcPort).push(Array.from({ length: 11 }, (_, i) => ({ name: 'm', value: i }))),
    (error: grpc.ServiceError) => error.code === grpc.status.RESOURCE_EXHAUSTED);
  assert.equal(many.ledger.batchesRefused.get('too_large'), 1);

  const ack = await client.push(wide(10));
  assert.equal(ack.accepted, 10);
  assert.equal(sluice.ledger.batchesRefused.get('too_large'), 3);
  const samples = await scrape(sluice.httpPort);
  assert.equal(samples.get('sluice_batches_refused_total{reason="too_large"}'), 3);

  await sluice.close();
  const { receivedGap, acceptedGap } = sluice.ledger.balance();
  assert.deepEqual([receivedGap, acceptedGap], [0, 0]);
  assert.equal(sluice.ledger.accepted, 15);
});
