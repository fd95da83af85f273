import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as grpc from '@grpc/grpc-js';
import { IngestClient, type TestAck, type TestMetric } from './support/ingest-client.js';
import { startTestSluice } from './support/sluice-harness.js';

const batch = (n: number, tag: number): TestMetric[] =>
  Array.from({ length: n }, (_, i) => ({ name: `bp.m${i % 7}`, labels: [{ key: 's', value: String((i * 31 + tag) % 500) }], value: 1, timestampMs: 0 }));

test('a tiny ring and a slow aggregator slow a flat-out producer down; nothing accepted is lost; memory stays bounded', async () => {
  const sluice = await startTestSluice(['--ring-bytes', '262144', '--max-batch-metrics', '1000', '--max-batch-bytes', '65536', '--push-timeout-ms', '5000']);
  // Each shard now takes 20 ms per mailbox message: about 50 batches/s.
  for (const shard of sluice.shards) shard.injectDelay(20_000);
  const client = new IngestClient(sluice.grpcPort);
  const rssBefore = process.memoryUsage().rss;
  let rssPeak = rssBefore;
  const sampler = setInterval(() => { rssPeak = Math.max(rssPeak, process.memoryUsage().rss); }, 50);

  const streams = 4;
  const runMs = 4000;
  const sent = new Array<number>(streams).fill(0);
  const acked = new Array<number>(streams).fill(0);
  let maxInFlight = 0;
  let ackedMetrics = 0;
  const deadline = Date.now() + runMs;
  await Promise.all(Array.from({ length: streams }, async (_, s) => {
    const call = client.raw.Stream();
    const done = new Promise<void>((resolve, reject) => { call.on('end', resolve); call.on('error', reject); });
    call.on('data', (ack: TestAck) => { acked[s]!++; ackedMetrics += ack.accepted; });
    while (Date.now() < deadline) {
      sent[s]!++;
      maxInFlight = Math.max(maxInFlight, sent[s]! - acked[s]!);
      if (!call.write({ metrics: batch(1000, sent[s]!), sequence: sent[s] })) await new Promise((resolve) => call.once('drain', resolve));
    }
    call.end();
    await done;
  }));

  // Now make the shards very slow (0.5 s per message) and fill the rings;
  // a Push with a 200 ms deadline must then be refused whole.
  for (const shard of sluice.shards) shard.injectDelay(500_000);
  const fillers = Array.from({ length: 16 }, (_, i) => client.push(batch(1000, 100 + i), 100 + i).then((ack) => { ackedMetrics += ack.accepted; }));
  await new Promise((resolve) => setTimeout(resolve, 100));
  const refused = await client.push(batch(1000, 9), 1, new grpc.Metadata(), 200).then(() => null, (error: grpc.ServiceError) => error);
  clearInterval(sampler);
  for (const shard of sluice.shards) shard.injectDelay(0);
  await Promise.all(fillers);

  const totalSent = sent.reduce((a, b) => a + b, 0);
  const totalAcked = acked.reduce((a, b) => a + b, 0);
  assert.equal(totalAcked, totalSent, 'every batch of every stream was acked, in the end');
  // Two shards at ~50 messages/s each can take ~100 batches/s; a producer that
  // was not slowed down would have sent thousands of batches in 4 s.
  assert.ok(totalSent < 1200, `the producer was slowed down (sent ${totalSent} batches)`);
  assert.ok(maxInFlight < 80, `batches in flight per stream stay bounded (max ${maxInFlight})`);
  assert.ok(sluice.ledger.ringFull.reduce((a, b) => a + b, 0) > 0, 'the rings were full');
  assert.ok(refused !== null, 'the Push should have been refused');
  assert.equal(refused.code, grpc.status.RESOURCE_EXHAUSTED, refused.details);
  assert.match(refused.details, /nothing of this batch was accepted/);
  const rssGrowthMb = (rssPeak - rssBefore) / 2 ** 20;
  assert.ok(rssGrowthMb < 200, `RSS grew ${rssGrowthMb.toFixed(0)} MB; the bound is 200 MB (rings are 2 × 256 KiB)`);

  await sluice.close();
  const ledger = sluice.ledger;
  assert.equal(ledger.accepted, ackedMetrics, 'accepted = what the acks said');
  assert.equal(ledger.aggregated(), ackedMetrics, 'every accepted metric was aggregated');
  assert.equal(ledger.lost.size, 0);
  assert.equal(ledger.rejected.get('deadline'), 1000, 'the refused Push is counted, not lost');
  assert.deepEqual(ledger.balance(), { receivedGap: 0, acceptedGap: 0 });
});
