import assert from 'node:assert/strict';
import { test } from 'node:test';
import { kMaxBackfillWindows, parseBackfill } from '../gateway/backfill.js';
import { IngestClient, type TestMetric } from './support/ingest-client.js';
import { startRedis } from './support/redis-server.js';
import { startTestSluice } from './support/sluice-harness.js';
import { SseReader, type WindowEvent } from './support/sse-reader.js';

/**
 * `backfill=` on /v1/stream: a new connection gets the recent past from the
 * bus history first, once and in order, then live windows without a seam,
 * and no `history_expired` gap for what it never had.
 */

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function keepPushing(client: IngestClient): { stop(): Promise<void> } {
  let running = true;
  const loop = (async () => {
    for (let round = 0; running; round++) {
      const batch: TestMetric[] = ['bf.a', 'bf.b'].map((name, i) => ({ name, labels: [{ key: 'i', value: String(i) }], value: round, timestampMs: 0 }));
      await client.push(batch);
      await sleep(40);
    }
  })();
  return { stop: async () => { running = false; await loop; } };
}

const starts = (windows: WindowEvent[]): number[] => windows.map((w) => w.start);
const sums = (windows: WindowEvent[]): string[] => windows.map((w) => `${w.start}:${w.series.map((s) => `${s.name}=${s.sum}`).sort().join(',')}`);

async function backfillAfterLoad(flags: string[]): Promise<void> {
  const sluice = await startTestSluice(['--window-ms', '200', '--resolutions', '200,2000', '--lateness-ms', '100', ...flags]);
  const base = `http://127.0.0.1:${sluice.httpPort}/v1/stream?match=bf.*`;
  const reference = new SseReader(`${base}&resolution=200ms`);
  const referenceCoarse = new SseReader(`${base}&resolution=2000ms`);
  await Promise.all([reference.opened, referenceCoarse.opened]);
  const pusher = new IngestClient(sluice.grpcPort);
  const load = keepPushing(pusher);
  try {
    await reference.until((r) => r.windows().length >= 20, 15_000);
    await referenceCoarse.until((r) => r.windows().length >= 2, 15_000);

    const counted = new SseReader(`${base}&resolution=200ms&backfill=10`);
    const timed = new SseReader(`${base}&resolution=200ms&backfill=1s`);
    const beyond = new SseReader(`${base}&resolution=200ms&backfill=1h`);
    const coarse = new SseReader(`${base}&resolution=2000ms&backfill=1m`);
    const joinedAt = reference.windows().at(-1)!.start;
    const coarseJoinedAt = referenceCoarse.windows().at(-1)!.start;
    // Last-Event-ID wins over backfill: the client continues after its id.
    const resumeFrom = reference.windows().at(-5)!.start;
    const resumed = new SseReader(`${base}&resolution=200ms&backfill=1h`, { 'Last-Event-ID': String(resumeFrom) });
    await Promise.all([counted, timed, beyond, coarse, resumed].map((r) => r.opened));
    await reference.until((r) => r.windows().at(-1)!.start >= joinedAt + 10 * 200, 10_000);
    for (const r of [counted, timed, beyond, resumed]) await r.until((x) => (x.windows().at(-1)?.start ?? 0) >= joinedAt + 8 * 200, 10_000);
    await referenceCoarse.until((r) => r.windows().at(-1)!.start > coarseJoinedAt, 10_000);
    await coarse.until((x) => (x.windows().at(-1)?.start ?? 0) > coarseJoinedAt, 10_000);

    const sent = reference.windows();
    for (const [name, reader, asked] of [['backfill=10', counted, 10], ['backfill=1s', timed, 5]] as const) {
      const got = reader.windows();
      assert.deepEqual(reader.events.filter((e) => e.event === 'gap'), [], `${name}: no gap`);
      assert.deepEqual(starts(got), [...new Set(starts(got))].sort((a, b) => a - b), `${name}: each window once, in order`);
      const past = got.filter((w) => w.start <= joinedAt);
      assert.ok(past.length >= asked && past.length <= asked + 1, `${name}: about ${asked} past windows (${past.length}, the newest one may have closed meanwhile)`);
      // What it got is exactly what a client that was there all along got, from its first window on: no hole, no seam.
      const want = sent.filter((w) => w.start >= got[0]!.start && w.start <= got.at(-1)!.start);
      assert.deepEqual(sums(got), sums(want), `${name}: the reference's windows, past then live, without a hole`);
    }

    // Asking for more than the history holds starts where the history starts, without a gap.
    const got = beyond.windows();
    assert.deepEqual(beyond.events.filter((e) => e.event === 'gap'), [], 'backfill=1h: no history_expired gap');
    assert.equal(got[0]!.start, sent[0]!.start, 'backfill=1h: from the first window the history holds');
    assert.deepEqual(sums(got), sums(sent.filter((w) => w.start <= got.at(-1)!.start)), 'backfill=1h: every window once, in order');

    // A coarser resolution backfills too.
    const coarseGot = coarse.windows();
    assert.deepEqual(coarse.events.filter((e) => e.event === 'gap'), [], 'resolution 2 s: no gap');
    assert.deepEqual(sums(coarseGot), sums(referenceCoarse.windows().filter((w) => w.start <= coarseGot.at(-1)!.start)), 'resolution 2 s: the past 2 s windows, then live ones');
    assert.ok(coarseGot.filter((w) => w.start <= coarseJoinedAt).length >= 2, 'resolution 2 s: past windows came first');

    // Last-Event-ID wins.
    assert.equal(resumed.windows()[0]!.start, resumeFrom + 200, 'Last-Event-ID wins over backfill');

    const metrics = await (await fetch(`http://127.0.0.1:${sluice.httpPort}/metrics`)).text();
    assert.match(metrics, /^sluice_sse_backfills_total 4$/m, 'four backfills counted (the resumed one is a replay)');
  } finally {
    await load.stop();
    // Stopped here, before the test's Redis goes (its after hook runs first).
    await sluice.close();
  }
}

test('backfill after load: past windows once and in order, then live ones, no gap (in-process bus)', () => backfillAfterLoad([]));

test('backfill after load: past windows once and in order, then live ones, no gap (Redis Streams)', async () => {
  const redis = await startRedis();
  await backfillAfterLoad(['--redis-url', redis.url]);
});

test('backfill is capped: a larger ask is clamped, bad text gets a 400 naming the problem', async () => {
  assert.equal(parseBackfill(null, 1000), 0);
  assert.equal(parseBackfill('0', 1000), 0);
  assert.equal(parseBackfill('120', 1000), 120);
  assert.equal(parseBackfill('5m', 1000), 300);
  assert.equal(parseBackfill('90s', 10_000), 9);
  assert.equal(parseBackfill('1000000', 1000), kMaxBackfillWindows, 'a count over the cap is clamped');
  assert.equal(parseBackfill('1h', 1000), kMaxBackfillWindows, 'a duration over the cap is clamped');
  assert.equal(parseBackfill('1h', 60_000), 60);

  const sluice = await startTestSluice(['--window-ms', '200', '--resolutions', '200,2000']);
  for (const bad of ['abc', '1.5', '-3', '5 minutes', '9'.repeat(40), '__proto__']) {
    const response = await fetch(`http://127.0.0.1:${sluice.httpPort}/v1/stream?backfill=${encodeURIComponent(bad)}`);
    assert.equal(response.status, 400, bad);
    const body = await response.json() as { error: string; message: string };
    assert.equal(body.error, 'bad_backfill', bad);
    assert.match(body.message, /backfill must be a duration/, bad);
  }
  const ok = new SseReader(`http://127.0.0.1:${sluice.httpPort}/v1/stream?backfill=${kMaxBackfillWindows * 10}`);
  await ok.opened;
  assert.equal(ok.status, 200, 'over the cap is clamped, not refused');
});
