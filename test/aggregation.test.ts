import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectedWindows, observedWindows, seriesId } from './support/expected-windows.js';
import { IngestClient, type TestMetric } from './support/ingest-client.js';
import { scrape } from '../devkit/prometheus-text.js';
import { seededRandom } from './support/seeded-random.js';
import { startTestSluice, waitFor } from './support/sluice-harness.js';
import { SseReader, type WindowSeries } from './support/sse-reader.js';

const GAUGE = 0;
const COUNTER = 1;
const HISTOGRAM = 2;

async function pushAll(client: IngestClient, metrics: TestMetric[], batchSize = 2000): Promise<number> {
  let accepted = 0;
  const batches: TestMetric[][] = [];
  for (let i = 0; i < metrics.length; i += batchSize) batches.push(metrics.slice(i, i + batchSize));
  for (const acks of await Promise.all([0, 1, 2, 3].map((s) => client.stream(batches.filter((_, i) => i % 4 === s))))) {
    for (const ack of acks) accepted += ack.accepted;
  }
  return accepted;
}

/** Values on a 1/1024 grid, so that sums are exact in any order. */
const grid = (x: number): number => Math.round(x * 1024) / 1024;

function normal(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

test('histogram quantiles are within 1% of the exact ones: uniform, lognormal, bimodal, 100,000 values each, over all shards', async () => {
  const sluice = await startTestSluice(['--window-ms', '10s', '--resolutions', '10s,60s', '--lateness-ms', '5s']);
  const client = new IngestClient(sluice.grpcPort);
  const sse = new SseReader(`http://127.0.0.1:${sluice.httpPort}/v1/stream?match=q.*&resolution=10s`);
  await sse.opened;
  const random = seededRandom(31);
  const distributions: Record<string, () => number> = {
    uniform: () => 1 + random() * 999,
    lognormal: () => Math.exp(3 + 1.2 * normal(random)),
    bimodal: () => (random() < 0.7 ? 100 + 10 * normal(random) : 1000 + 50 * normal(random)),
  };
  const timestampMs = Date.now();
  const metrics: TestMetric[] = [];
  for (const [name, draw] of Object.entries(distributions)) {
    for (let i = 0; i < 100_000; i++) {
      metrics.push({ name: `q.${name}`, labels: [{ key: 'host', value: `h${i % 6}` }], value: grid(Math.max(0.001, draw())), timestampMs, kind: HISTOGRAM });
    }
  }
  assert.equal(await pushAll(client, metrics), metrics.length);
  await sluice.close();
  await sse.done;

  const exact = new Map<string, number[]>();
  for (const m of metrics) {
    const key = seriesId(m.name, m.labels);
    (exact.get(key) ?? exact.set(key, []).get(key)!).push(m.value);
  }
  const series = sse.windows().flatMap((w) => w.series);
  assert.equal(series.length, 18, '3 distributions × 6 series');
  const shards = new Set(series.map((s) => sluice.shards.length > 1 ? s.labels.host : ''));
  assert.ok(shards.size > 1);
  for (const s of series) {
    const values = exact.get(seriesId(s.name, s.labels))!.sort((a, b) => a - b);
    assert.equal(s.kind, 'histogram');
    assert.equal(s.count, values.length);
    assert.equal(s.sum, values.reduce((a, b) => a + b, 0));
    assert.equal(s.min, values[0]);
    assert.equal(s.max, values.at(-1));
    for (const [field, q] of [['p50', 0.5], ['p90', 0.9], ['p99', 0.99], ['p999', 0.999]] as const) {
      const want = values[Math.floor(q * (values.length - 1))]!;
      const got = s[field]!;
      assert.ok(Math.abs(got - want) <= 0.01 * want, `${s.name}${JSON.stringify(s.labels)} ${field}: ${got} vs exact ${want} (${((100 * Math.abs(got - want)) / want).toFixed(3)}%)`);
    }
  }
});

test('10 s and 60 s windows, merged from finer ones, equal the exact computation over the raw metrics', async () => {
  // Scaled down 10×, so the test runs in seconds: 100 ms windows, 1 s and 6 s resolutions.
  // A lateness well past the timestamps' age (<= 31 ms): the test is about merging, not about late metrics, and a loaded machine must not turn it into one.
  const sluice = await startTestSluice(['--window-ms', '100', '--resolutions', '100,1000,6000', '--lateness-ms', '400']);
  const client = new IngestClient(sluice.grpcPort);
  const readers = [1000, 6000].map((r) => new SseReader(`http://127.0.0.1:${sluice.httpPort}/v1/stream?match=res.*&resolution=${r}`));
  await Promise.all(readers.map((r) => r.opened));
  const random = seededRandom(8);
  const sent: TestMetric[] = [];
  const started = Date.now();
  let tick = 0;
  while (Date.now() - started < 6500) {
    const now = Date.now();
    const batch: TestMetric[] = [];
    for (let i = 0; i < 40; i++) {
      const kind = i % 3;
      batch.push({ name: `res.${['g', 'c', 'h'][kind]}`, labels: [{ key: 'i', value: String(i % 5) }], value: Math.floor(random() * 200) - 50, timestampMs: now - Math.floor(random() * 30) - (tick++ % 2), kind });
    }
    const ack = await client.push(batch);
    assert.equal(ack.accepted, batch.length, JSON.stringify(ack.rejections.slice(0, 3)));
    sent.push(...batch);
    await new Promise((resolve) => setTimeout(resolve, 15));
  }
  await sluice.close();
  await Promise.all(readers.map((r) => r.done));
  for (const [i, resolution] of [1000, 6000].entries()) {
    const expected = expectedWindows(sent, resolution);
    const observed = observedWindows(readers[i]!.windows());
    assert.ok(readers[i]!.windows().every((w) => w.resolution_ms === resolution && w.end - w.start === resolution));
    assert.equal(observed.size, expected.size, `${resolution} ms: one window per series and window`);
    for (const [key, want] of expected) {
      const got = observed.get(key);
      assert.ok(got, `missing ${key}`);
      assert.deepEqual([got.count, got.sum, got.min, got.max], [want.count, want.sum, want.min, want.max], `${resolution} ms ${key}`);
      assert.ok(want.lasts.includes(got.last), `${key} last`);
      assert.equal(got.avg, want.sum / want.count);
      if (got.kind === 'counter') assert.equal(got.rate, want.sum / (resolution / 1000));
      if (got.kind === 'histogram') {
        const values = sent.filter((m) => `${seriesId(m.name, m.labels)}|${Math.floor(m.timestampMs! / resolution) * resolution}` === key).map((m) => m.value).sort((a, b) => a - b);
        const p50 = values[Math.floor(0.5 * (values.length - 1))]!;
        assert.ok(Math.abs(got.p50! - p50) <= 0.01 * Math.abs(p50) + 1e-9, `${key} p50 ${got.p50} vs ${p50}`);
      }
    }
  }
});

test('late-but-allowed metrics land in their window; later ones are rejected late; future ones future; the ledger balances', async () => {
  const sluice = await startTestSluice();
  const client = new IngestClient(sluice.grpcPort);
  const sse = new SseReader(`http://127.0.0.1:${sluice.httpPort}/v1/stream?match=lat.*`);
  await sse.opened;
  // Just after a window boundary B: [B-1000, B) is still open (it closes at B+500).
  await waitFor(() => { const r = Date.now() % 1000; return r > 100 && r < 250; }, 2000, 'a window boundary');
  const now = Date.now();
  const boundary = Math.floor(now / 1000) * 1000;
  const ack = await client.push([
    { name: 'lat.m', value: 7, timestampMs: boundary - 10 },        // previous window, within lateness
    { name: 'lat.m', value: 5, timestampMs: now },                  // current window
    { name: 'lat.m', value: 9, timestampMs: boundary - 1010 },      // the window before: closed
    { name: 'lat.m', value: 3, timestampMs: now + 60_000 },         // too far ahead
  ]);
  assert.equal(ack.accepted, 2);
  assert.deepEqual(ack.rejections, [{ index: 2, reason: 'late: window already closed' }, { index: 3, reason: 'future: more than 5000 ms ahead' }]);
  await sluice.close();
  await sse.done;
  const windows = sse.windows().filter((w) => w.resolution_ms === 1000);
  const seen = JSON.stringify({ boundary, now, windows: windows.map((w) => [w.start, w.series.map((s) => [s.count, s.sum])]), events: sse.events.filter((e) => e.event !== 'window').map((e) => e.data) });
  const byStart = new Map(windows.map((w) => [w.start, w.series[0]!]));
  assert.equal(byStart.get(boundary - 1000)?.sum, 7, `the late-but-allowed metric is in its own window: ${seen}`);
  assert.equal(byStart.get(boundary)?.sum, 5, seen);
  assert.equal(windows.length, 2, seen);
  assert.equal(sluice.ledger.rejected.get('late'), 1);
  assert.equal(sluice.ledger.rejected.get('future'), 1);
  assert.deepEqual(sluice.ledger.balance(), { receivedGap: 0, acceptedGap: 0 });
});

test('12,000 series of one name with a 10,000 limit: totals exact, overflow counted and flagged', async () => {
  const sluice = await startTestSluice(['--max-series-per-metric', '10000']);
  const client = new IngestClient(sluice.grpcPort);
  const sse = new SseReader(`http://127.0.0.1:${sluice.httpPort}/v1/stream?match=card.*`);
  await sse.opened;
  const now = Date.now();
  const metrics: TestMetric[] = Array.from({ length: 12_000 }, (_, i) => ({ name: 'card.m', labels: [{ key: 'user', value: `u${i}` }], value: i % 10, timestampMs: now, kind: COUNTER }));
  const other: TestMetric[] = [{ name: 'card.other', labels: [{ key: 'user', value: 'u1' }], value: 1, timestampMs: now, kind: GAUGE }];
  assert.equal(await pushAll(client, [...metrics, ...other], 1000), 12_001);
  const m = await scrape(sluice.httpPort);
  assert.equal(m.get('sluice_metrics_folded_total'), 2000);
  assert.equal(m.get('sluice_series_active'), 10_001);
  await sluice.close();
  await sse.done;
  const series = sse.windows().filter((w) => w.resolution_ms === 1000).flatMap((w) => w.series).filter((s) => s.name === 'card.m');
  const overflow = series.filter((s: WindowSeries) => s.overflow === true);
  assert.equal(overflow.length, 1, 'one overflow series per metric name');
  assert.deepEqual(overflow[0]!.labels, { __overflow__: 'true' });
  assert.equal(overflow[0]!.count, 2000);
  assert.equal(series.length, 10_001);
  assert.equal(series.reduce((n, s) => n + s.count, 0), 12_000, 'totals stay right');
  assert.equal(series.reduce((n, s) => n + s.sum, 0), metrics.reduce((n, x) => n + x.value, 0));
  assert.ok(series.filter((s) => s.overflow !== true).every((s) => s.count === 1));
});

test('eviction keeps state flat with churning series (bounds: 4,000 series at the ingest, 8,000 in the shards, 8 MB of shard state)', async () => {
  const sluice = await startTestSluice(['--window-ms', '100', '--resolutions', '100,1000', '--lateness-ms', '50', '--idle-windows', '3']);
  const client = new IngestClient(sluice.grpcPort);
  let created = 0;
  let maxActive = 0;
  let maxShardSeries = 0;
  let maxStateBytes = 0;
  const stateSamples: number[] = [];
  const started = Date.now();
  while (Date.now() - started < 8000) {
    // 300 series never seen before, every ~100 ms: about 3,000 new series a second.
    // A shard keeps a series until its 1 s window has closed: ~1.5 s × 3,000.
    const batch: TestMetric[] = Array.from({ length: 300 }, () => ({ name: 'churn.m', labels: [{ key: 'id', value: String(created++) }], value: 1, timestampMs: 0, kind: HISTOGRAM }));
    assert.equal((await client.push(batch)).accepted, 300);
    const m = await scrape(sluice.httpPort);
    const shardSeries = (m.get('sluice_shard_series{shard="0"}') ?? 0) + (m.get('sluice_shard_series{shard="1"}') ?? 0);
    const stateBytes = (m.get('sluice_shard_state_bytes{shard="0"}') ?? 0) + (m.get('sluice_shard_state_bytes{shard="1"}') ?? 0);
    maxActive = Math.max(maxActive, m.get('sluice_series_active')!);
    maxShardSeries = Math.max(maxShardSeries, shardSeries);
    maxStateBytes = Math.max(maxStateBytes, stateBytes);
    stateSamples.push(stateBytes);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.ok(created > 15_000, `churned through ${created} series`);
  assert.ok(maxActive < 4000, `ingest series table stayed under 4,000 (max ${maxActive})`);
  assert.ok(maxShardSeries < 8000, `shards held under 8,000 series (max ${maxShardSeries})`);
  assert.ok(maxStateBytes < 8 * 2 ** 20, `shard state stayed under 8 MB (max ${(maxStateBytes / 2 ** 20).toFixed(1)} MB)`);
  const third = Math.floor(stateSamples.length / 3);
  const early = Math.max(...stateSamples.slice(third, 2 * third));
  const late = Math.max(...stateSamples.slice(2 * third));
  assert.ok(late < early * 1.5 + 2 ** 20, `flat: late max ${late} vs middle max ${early}`);
  const evicted = (await scrape(sluice.httpPort)).get('sluice_series_evicted_total')!;
  assert.ok(evicted > created - 8000, `evicted ${evicted} of ${created}`);
});
