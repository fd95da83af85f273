import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectedWindows, observedWindows } from './support/expected-windows.js';
import { IngestClient, type TestMetric } from './support/ingest-client.js';
import { startRedis } from './support/redis-server.js';
import { seededRandom } from './support/seeded-random.js';
import type { HttpEngineName } from '../gateway/http-engine.js';
import { engineTest, httpEngines, startTestSluiceOn } from './support/sluice-harness.js';
import { SseReader } from './support/sse-reader.js';

/**
 * 10,000 metrics over 100 series (10 names × 10 hosts), half through Stream
 * and half through Push, must arrive on an SSE client with exact
 * count/sum/min/max/last per series and per window.
 */
async function runFlow(engine: HttpEngineName, flags: string[]): Promise<void> {
  // Timestamps are taken when the batches are built, before all 10,000 go
  // out; on a loaded machine (2 cores shared, CI running three Node
  // versions) that took longer than the default 500 ms lateness, and whole
  // batches came back `late`. What is checked here is the arithmetic.
  const sluice = await startTestSluiceOn(engine, ['--lateness-ms', '3000', ...flags]);
  const client = new IngestClient(sluice.grpcPort);
  const random = seededRandom(42);
  const names = Array.from({ length: 10 }, (_, i) => `e2e.metric_${i}`);

  const sse = new SseReader(`http://127.0.0.1:${sluice.httpPort}/v1/stream?match=e2e.*`);
  await sse.opened;
  assert.equal(sse.status, 200);
  assert.match(String(sse.headers['content-type']), /^text\/event-stream/);

  // A first metric per name makes the topics known, so the gateway (and, on
  // Redis, its SUBSCRIBE) is in place before the measured metrics flow.
  const metric = (name: string, host: number): TestMetric => ({
    name,
    labels: [{ key: 'host', value: `h${host}` }, { key: 'dc', value: host % 2 === 0 ? 'east' : 'west' }],
    value: Math.floor(random() * 2000) - 1000,
    timestampMs: Date.now() - Math.floor(random() * 300),
  });
  const warmUp: TestMetric[] = [];
  const seen = (r: SseReader): boolean => new Set(r.windows().flatMap((w) => w.series.map((s) => s.name))).size === names.length;
  for (let round = 0; !seen(sse); round++) {
    assert.ok(round < 50, 'the warm-up windows never arrived');
    const batch = names.map((name) => metric(name, 0));
    assert.equal((await client.push(batch, round + 1)).accepted, names.length);
    warmUp.push(...batch);
    await sse.until(seen, 400).catch(() => {});
  }

  const sent: TestMetric[] = [...warmUp];
  const streamBatches: TestMetric[][] = [];
  const pushBatches: TestMetric[][] = [];
  for (let b = 0; b < 20; b++) {
    const batch: TestMetric[] = [];
    for (let i = 0; i < 500; i++) batch.push(metric(names[Math.floor(random() * 10)]!, Math.floor(random() * 10)));
    sent.push(...batch);
    (b % 2 === 0 ? streamBatches : pushBatches).push(batch);
  }
  const [streamAcks, pushAcks] = await Promise.all([
    client.stream(streamBatches, 100),
    Promise.all(pushBatches.map((batch, i) => client.push(batch, 200 + i))),
  ]);
  assert.deepEqual(streamAcks.map((a) => a.sequence), streamBatches.map((_, i) => 100 + i), 'one ack per batch, in order');
  for (const ack of [...streamAcks, ...pushAcks]) assert.deepEqual([ack.accepted, ack.rejected], [500, 0], JSON.stringify(ack.rejections.slice(0, 3)));

  await sluice.close(); // closes and publishes every open window, then ends the stream
  await sse.done;

  const expected = expectedWindows(sent, 1000);
  const observed = observedWindows(sse.windows().filter((w) => w.resolution_ms === 1000));
  const missing = [...expected.keys()].filter((k) => !observed.has(k));
  assert.equal(observed.size, expected.size, `one window per series per second, no more, no less (missing: ${missing.slice(0, 5).join(' ')})`);
  let total = 0;
  for (const [key, want] of expected) {
    const got = observed.get(key);
    assert.ok(got, `missing ${key}`);
    assert.deepEqual([got.count, got.sum, got.min, got.max], [want.count, want.sum, want.min, want.max], key);
    // `last` is the value with the greatest timestamp; Stream and Push run
    // concurrently, so on a timestamp tie any of the tied values may be last.
    assert.ok(want.lasts.includes(got.last), `${key}: last ${got.last} not among ${want.lasts}`);
    total += got.count;
  }
  assert.equal(total, sent.length);
  for (const e of sse.events.filter((e) => e.event === 'window')) assert.match(e.id ?? '', /^\d+$/, 'window events carry an id');
  const { receivedGap, acceptedGap } = sluice.ledger.balance();
  assert.deepEqual([receivedGap, acceptedGap], [0, 0]);
  assert.equal(sluice.ledger.aggregated(), sent.length);
}

engineTest('10,000 metrics over 100 series arrive exactly, on the in-process bus', (engine) => runFlow(engine, []));

// The bus is what differs here, not HTTP: one engine is enough.
test('10,000 metrics over 100 series arrive exactly, through a real redis-server', async () => {
  const redis = await startRedis();
  await runFlow(httpEngines[0]!, ['--redis-url', redis.url]);
});
