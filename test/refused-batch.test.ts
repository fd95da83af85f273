/**
 * A refused batch leaves no trace but its counters: the names and series it
 * carried are not registered (they do not use up --max-metric-names), not
 * announced (no topic, not in /v1/series), and the idle clocks and overflow
 * series it touched are as before.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as grpc from '@grpc/grpc-js';
import { BatchDecoder } from '../actors/ingest/batch-decoder.js';
import { SeriesAdmission } from '../actors/ingest/series-admission.js';
import { MessageWriter } from '../engine/message-writer.js';
import { sluice as proto } from '../proto/generated/metrics.js';
import { IngestClient, type TestMetric } from './support/ingest-client.js';
import { startTestSluice, waitFor } from './support/sluice-harness.js';

const { MetricBatch } = proto.v1;

/** A batch of valid metrics followed by a truncated `metrics` field: malformed as a whole. */
function validThenTruncated(metrics: TestMetric[]): Buffer {
  const valid = MetricBatch.encode({ metrics, sequence: 1 }).finish();
  return Buffer.concat([valid, Buffer.from([0x0a, 0x05, 0x0a])]);
}

async function seriesTopics(httpPort: number): Promise<string[]> {
  const response = await fetch(`http://127.0.0.1:${httpPort}/v1/series`);
  return ((await response.json()) as { topics: string[] }).topics;
}

test('malformed and oversized batches carrying new names do not use up --max-metric-names nor announce their names', async () => {
  const sluice = await startTestSluice(['--max-metric-names', '5', '--max-batch-metrics', '10']);
  const client = new IngestClient(sluice.grpcPort);
  const now = Date.now();

  for (let batch = 0; batch < 5; batch++) {
    const metrics = Array.from({ length: 3 }, (_, i) => ({ name: `refused.m${batch}.${i}`, value: 1, timestampMs: now }));
    await assert.rejects(client.pushRaw(validThenTruncated(metrics)), (error: grpc.ServiceError) => error.code === grpc.status.INVALID_ARGUMENT);
  }
  // Too many metrics: the first ten are decoded (and were admitted) before the eleventh refuses the batch.
  const tooMany = Array.from({ length: 11 }, (_, i) => ({ name: `toolarge.m${i}`, value: 1, timestampMs: now }));
  await assert.rejects(client.push(tooMany), (error: grpc.ServiceError) => error.code === grpc.status.RESOURCE_EXHAUSTED);

  // The limit is intact: five new names are accepted.
  const fresh = Array.from({ length: 5 }, (_, i) => ({ name: `accepted.m${i}`, value: 1, timestampMs: now }));
  const ack = await client.push(fresh);
  assert.deepEqual([ack.accepted, ack.rejected], [5, 0], JSON.stringify(ack.rejections));
  assert.equal(sluice.admission.size, 5);

  await waitFor(async () => (await seriesTopics(sluice.httpPort)).length >= 5, 5000, 'the accepted names in /v1/series');
  const topics = await seriesTopics(sluice.httpPort);
  assert.deepEqual(topics.filter((t) => !t.startsWith('accepted.')), [], 'refused names were announced');
  assert.deepEqual(await sluice.bus.knownTopics().then((t) => t.sort()), fresh.map((m) => m.name));

  assert.equal(sluice.ledger.batchesRefused.get('malformed'), 5);
  assert.equal(sluice.ledger.batchesRefused.get('too_large'), 1);
  await sluice.close();
  const { receivedGap, acceptedGap } = sluice.ledger.balance();
  assert.deepEqual([receivedGap, acceptedGap], [0, 0]);
});

test('a refused batch moves no idle clock and fixes no overflow kind (decoder and admission, in process)', () => {
  const windowMs = 1000;
  const admission = new SeriesAdmission({ maxSeriesPerMetric: 1, maxSeries: 100, maxMetricNames: 100, windowMs, idleWindows: 2, seed: 7 }, 1);
  const writers = [new MessageWriter(1024)];
  const decoder = new BatchDecoder(writers, 7, { maxMetrics: 100, windowMs, futureSkewMs: 3_600_000 }, admission);
  const t0 = 1_000_000;
  const decode = (bytes: Uint8Array, at: number): string => {
    const status = decoder.decode(bytes, at, at - 500);
    writers[0]!.reset();
    return status;
  };
  assert.equal(decode(MetricBatch.encode({ metrics: [{ name: 'idle', value: 1, timestampMs: t0 }] }).finish(), t0), 'ok');
  assert.equal(admission.size, 1);

  // A refused batch with a metric of that series ten windows later, and a
  // second series of the name that would fold into its overflow series as a counter.
  const later = t0 + 10 * windowMs;
  const refused = validThenTruncated([
    { name: 'idle', value: 1, timestampMs: later },
    { name: 'idle', labels: [{ key: 'k', value: 'v' }], value: 1, timestampMs: later, kind: 1 },
  ]);
  assert.equal(decode(refused, later), 'malformed');
  assert.equal(admission.folded, 0, 'the refused fold is not counted');

  // The overflow series was not fixed to counter by the refused batch: a gauge folds into it.
  assert.equal(decode(MetricBatch.encode({ metrics: [{ name: 'idle', labels: [{ key: 'k', value: 'w' }], value: 2, timestampMs: t0 }] }).finish(), t0), 'ok');
  assert.deepEqual([decoder.accepted, decoder.rejected, admission.folded], [1, 0, 1], decoder.listedReason.join());

  // Swept as if the refused metric had never come: the series is idle.
  const evicted: number[] = [];
  admission.sweep(later, (lo) => evicted.push(lo));
  assert.ok(evicted.length >= 1, 'the refused batch kept the series alive');
  assert.equal(admission.size, 0);
});
