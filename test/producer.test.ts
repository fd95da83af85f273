import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as grpc from '@grpc/grpc-js';
import { createProducer, ProducerError } from '../client/index.js';
import { freePort } from './support/redis-server.js';
import { startTestSluice } from './support/sluice-harness.js';
import { SseReader } from './support/sse-reader.js';

test('the producer batches by size and time, sends every kind, and close() waits for the acks', async () => {
  const sluice = await startTestSluice();
  const sse = new SseReader(`http://127.0.0.1:${sluice.httpPort}/v1/stream?match=prod.*`);
  await sse.opened;
  const producer = createProducer({ target: `127.0.0.1:${sluice.grpcPort}`, maxBatchSize: 100, maxDelayMs: 50, producerId: 'test' });
  for (let i = 0; i < 1000; i++) {
    assert.equal(producer.gauge('prod.cpu', i % 10, { host: `h${i % 4}` }), true);
    producer.counter('prod.requests', 1, { route: '/x' });
    producer.histogram('prod.latency_ms', 1 + (i % 100), { route: '/x', 'ü': 'ñ' });
  }
  await producer.flush();
  const afterSize = producer.stats();
  assert.equal(afterSize.accepted, 3000);
  assert.equal(afterSize.batchesSent, 30, 'batches of 100 metrics');
  assert.equal(afterSize.queued, 0);
  // Below the batch size, the timer sends it.
  producer.gauge('prod.cpu', 5, { host: 'h0' });
  const sentBefore = producer.stats().batchesSent;
  await new Promise((resolve) => setTimeout(resolve, 150));
  assert.equal(producer.stats().batchesSent, sentBefore + 1, 'a partial batch goes after maxDelayMs');
  await producer.close();
  assert.equal(producer.stats().accepted, 3001);
  assert.throws(() => producer.gauge('prod.cpu', 1), /closed/);

  await sluice.close();
  await sse.done;
  const series = sse.windows().filter((w) => w.resolution_ms === 1000).flatMap((w) => w.series);
  const sum = (name: string): number => series.filter((s) => s.name === name).reduce((n, s) => n + s.count, 0);
  assert.deepEqual([sum('prod.cpu'), sum('prod.requests'), sum('prod.latency_ms')], [1001, 1000, 1000]);
  assert.ok(series.some((s) => s.kind === 'histogram' && s.labels['ü'] === 'ñ' && s.p99 !== undefined));
  assert.ok(series.some((s) => s.kind === 'counter' && s.rate !== undefined));
});

test('the producer retries on UNAVAILABLE until a server appears, and across a server restart loses nothing acked', async () => {
  const port = await freePort();
  const producer = createProducer({ target: `127.0.0.1:${port}`, maxBatchSize: 50, maxDelayMs: 20, retryInitialMs: 50, retryMaxMs: 200 });
  for (let i = 0; i < 200; i++) producer.counter('retry.m', 1);
  await new Promise((resolve) => setTimeout(resolve, 300));
  assert.equal(producer.stats().accepted, 0);
  assert.ok(producer.stats().retries > 0, 'no server yet: retrying');

  const first = await startTestSluice(['--grpc-port', String(port)]);
  await producer.flush();
  assert.equal(producer.stats().accepted, 200);

  // Restart: metrics recorded around the restart are acked by one of the two servers.
  for (let i = 0; i < 100; i++) producer.counter('retry.m', 1);
  await first.close();
  for (let i = 0; i < 100; i++) producer.counter('retry.m', 1);
  const second = await startTestSluice(['--grpc-port', String(port)]);
  await producer.flush();
  await producer.close();
  const stats = producer.stats();
  assert.equal(stats.accepted, 400);
  assert.equal(stats.failed + stats.dropped + stats.rejected, 0);
  await second.close();
  assert.equal(first.ledger.accepted + second.ledger.accepted, 400, 'the servers acked exactly what the producer counted (no batch was acked twice here)');
});

test('a full queue: overflow "drop" drops and counts; overflow "wait" returns false until there is room', async () => {
  const port = await freePort(); // nobody listens: nothing is ever acked
  const dropping = createProducer({ target: `127.0.0.1:${port}`, maxQueue: 100, maxBatchSize: 10, retryInitialMs: 1000 });
  let accepted = 0;
  for (let i = 0; i < 150; i++) if (dropping.gauge('q.m', i)) accepted++;
  assert.equal(accepted, 100);
  assert.equal(dropping.stats().dropped, 50);
  assert.equal(dropping.stats().queued, 100);
  await dropping.close(200); // nobody will ever ack: close gives up after 200 ms
  assert.equal(dropping.stats().failed, 100, 'what was never acked is counted as failed');
  assert.equal(dropping.stats().queued, 0);

  const waiting = createProducer({ target: `127.0.0.1:${port}`, maxQueue: 10, maxBatchSize: 5, overflow: 'wait', retryInitialMs: 50, retryMaxMs: 50 });
  for (let i = 0; i < 10; i++) assert.equal(waiting.gauge('q.m', i), true);
  assert.equal(waiting.gauge('q.m', 99), false);
  assert.equal(waiting.stats().dropped, 0, "'wait' drops nothing: the caller keeps the metric");
  let roomy = false;
  const room = waiting.waitForRoom().then(() => { roomy = true; });
  await new Promise((resolve) => setTimeout(resolve, 100));
  assert.equal(roomy, false);
  const sluice = await startTestSluice(['--grpc-port', String(port)]);
  await room;
  assert.equal(waiting.gauge('q.m', 99), true);
  await waiting.close();
  assert.equal(waiting.stats().accepted, 11);
  await sluice.close();
});

test('producer tokens', async () => {
  const sluice = await startTestSluice(['--producer-tokens', 'secret']);
  const wrong = createProducer({ target: `127.0.0.1:${sluice.grpcPort}`, token: 'nope', maxDelayMs: 10 });
  const errors: ProducerError[] = [];
  wrong.on('error', (e) => errors.push(e as ProducerError));
  wrong.gauge('tok.m', 1);
  await wrong.flush();
  assert.equal(wrong.stats().failed, 1);
  assert.match(errors[0]?.message ?? '', /refused: missing or wrong producer token/);
  assert.ok(errors[0] instanceof ProducerError);
  assert.equal(errors[0]!.code, 'ERR_SLUICE_BATCH_REFUSED');
  assert.equal(errors[0]!.grpcCode, grpc.status.UNAUTHENTICATED);
  assert.equal(errors[0]!.name, 'ProducerError');
  const right = createProducer({ target: `127.0.0.1:${sluice.grpcPort}`, token: 'secret' });
  right.gauge('tok.m', 1);
  await right.close();
  assert.equal(right.stats().accepted, 1);
  assert.throws(() => right.gauge('tok.m', 1), { name: 'ProducerError', code: 'ERR_SLUICE_PRODUCER_CLOSED' });
  await wrong.close();
});

test('options are checked at the boundary, naming the option', () => {
  assert.throws(() => createProducer({ maxBatchSize: 0 }), { code: 'ERR_SLUICE_PRODUCER_OPTIONS', message: /options.maxBatchSize must be a positive integer/ });
  assert.throws(() => createProducer({ overflow: 'block' as 'drop' }), /options.overflow must be 'drop' or 'wait'/);
});
