import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as grpc from '@grpc/grpc-js';
import { IngestClient, type TestMetric } from './support/ingest-client.js';
import { startTestSluice } from './support/sluice-harness.js';
import { SseReader } from './support/sse-reader.js';

const labels = (n: number, prefix = 'k'): Array<{ key: string; value: string }> =>
  Array.from({ length: n }, (_, i) => ({ key: `${prefix}${String(i).padStart(2, '0')}`, value: 'v' }));

test('each bad metric is rejected alone with its reason; the good ones in the same batch are aggregated', async () => {
  const sluice = await startTestSluice();
  const client = new IngestClient(sluice.grpcPort);
  const sse = new SseReader(`http://127.0.0.1:${sluice.httpPort}/v1/stream?match=ok.*`);
  await sse.opened;
  const now = Date.now();
  const good = (value: number, extra: Partial<TestMetric> = {}): TestMetric => ({ name: 'ok.metric', value, timestampMs: now, ...extra });
  const cases: Array<[TestMetric, string | null]> = [
    [good(1), null],
    [{ name: '', value: 1, timestampMs: now }, 'invalid_name: empty name'],
    [{ name: 'x'.repeat(257), value: 1, timestampMs: now }, 'invalid_name: name longer than 256 bytes'],
    [{ name: 'has space', value: 1, timestampMs: now }, 'invalid_name: name outside [A-Za-z0-9_.:-]'],
    [{ name: 'émoji', value: 1, timestampMs: now }, 'invalid_name: name outside [A-Za-z0-9_.:-]'],
    [good(Number.NaN), 'invalid_value: not finite'],
    [good(Number.POSITIVE_INFINITY), 'invalid_value: not finite'],
    [good(2, { labels: labels(33) }), 'too_many_labels: 33 labels, at most 32'],
    [good(3, { labels: [{ key: '', value: 'v' }] }), 'invalid_label: empty label key'],
    [good(4, { labels: [{ key: 'a', value: '1' }, { key: 'a', value: '2' }] }), 'invalid_label: duplicate label key'],
    [good(5, { labels: [{ key: 'k'.repeat(257), value: 'v' }] }), 'invalid_label: label key longer than 256 bytes'],
    [good(6, { labels: [{ key: 'k', value: 'v'.repeat(257) }] }), 'invalid_label: label value longer than 256 bytes'],
    [good(7, { timestampMs: now + 3_600_000 }), 'future: more than 5000 ms ahead'],
    [good(8, { timestampMs: now - 3_600_000 }), 'late: window already closed'],
    [good(10, { labels: labels(32) }), null],
    [good(20, { labels: [{ key: 'k'.repeat(256), value: 'v'.repeat(256) }] }), null],
    [{ name: 'x'.repeat(256).replace(/^x{3}/, 'ok.'), value: 30, timestampMs: now }, null],
    [good(40, { timestampMs: 0 }), null],
  ];
  const ack = await client.push(cases.map(([m]) => m), 7);
  const expectedRejections = cases.flatMap(([, reason], index) => (reason === null ? [] : [{ index, reason }]));
  assert.equal(ack.sequence, 7);
  assert.deepEqual(ack.rejections, expectedRejections);
  assert.equal(ack.rejected, expectedRejections.length);
  assert.equal(ack.accepted, cases.length - expectedRejections.length);

  // The server keeps serving: a clean batch right after is fully accepted.
  const next = await client.push([good(100)], 8);
  assert.deepEqual([next.accepted, next.rejected, next.rejections.length], [1, 0, 0]);

  await sluice.close();
  await sse.done;
  const series = sse.windows().filter((w) => w.resolution_ms === 1000).flatMap((w) => w.series);
  const total = series.reduce((n, s) => n + s.count, 0);
  const sum = series.reduce((n, s) => n + s.sum, 0);
  assert.equal(total, ack.accepted + 1);
  assert.equal(sum, 1 + 10 + 20 + 30 + 40 + 100);
  assert.deepEqual(
    [...sluice.ledger.rejected.entries()].sort(),
    [['future', 1], ['invalid_label', 4], ['invalid_name', 4], ['invalid_value', 2], ['late', 1], ['too_many_labels', 1]],
  );
  const { receivedGap, acceptedGap } = sluice.ledger.balance();
  assert.deepEqual([receivedGap, acceptedGap], [0, 0]);
});

test('a batch over the metric limit is refused whole with RESOURCE_EXHAUSTED', async () => {
  const sluice = await startTestSluice(['--max-batch-metrics', '100', '--ring-bytes', String(16 * 1024 * 1024)]);
  const client = new IngestClient(sluice.grpcPort);
  const batch = Array.from({ length: 101 }, (_, i) => ({ name: 'big', value: i }));
  await assert.rejects(client.push(batch), (error: grpc.ServiceError) => error.code === grpc.status.RESOURCE_EXHAUSTED && /more than 100 metrics/.test(error.details));
  const ok = await client.push(batch.slice(0, 100));
  assert.equal(ok.accepted, 100);
  assert.equal(sluice.ledger.batchesRefused.get('too_large'), 1);
});

test('a batch over the byte limit is refused whole with RESOURCE_EXHAUSTED', async () => {
  const sluice = await startTestSluice(['--max-batch-bytes', '65536', '--ring-bytes', String(4 * 1024 * 1024)]);
  const client = new IngestClient(sluice.grpcPort);
  const batch = Array.from({ length: 400 }, (_, i) => ({ name: 'wide', labels: [{ key: 'pad', value: 'p'.repeat(200) }], value: i }));
  await assert.rejects(client.push(batch), (error: grpc.ServiceError) => error.code === grpc.status.RESOURCE_EXHAUSTED);
  assert.equal((await client.push(batch.slice(0, 10))).accepted, 10);
});

test('labels are a set: any order of the same labels is one series', async () => {
  const sluice = await startTestSluice();
  const client = new IngestClient(sluice.grpcPort);
  const sse = new SseReader(`http://127.0.0.1:${sluice.httpPort}/v1/stream?match=order`);
  await sse.opened;
  const now = Date.now();
  await client.push([
    { name: 'order', labels: [{ key: 'b', value: '2' }, { key: 'a', value: '1' }, { key: 'c', value: '3' }], value: 1, timestampMs: now },
    { name: 'order', labels: [{ key: 'c', value: '3' }, { key: 'a', value: '1' }, { key: 'b', value: '2' }], value: 2, timestampMs: now },
  ]);
  await sluice.close();
  await sse.done;
  const series = sse.windows().filter((w) => w.resolution_ms === 1000).flatMap((w) => w.series);
  assert.equal(series.length, 1);
  assert.deepEqual(series[0]!.labels, { a: '1', b: '2', c: '3' });
  assert.deepEqual(Object.keys(series[0]!.labels), ['a', 'b', 'c']);
  assert.equal(series[0]!.count, 2);
});
