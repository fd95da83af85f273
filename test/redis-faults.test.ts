import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as grpc from '@grpc/grpc-js';
import { execFileSync } from 'node:child_process';
import { startChildSluice } from './support/child-sluice.js';
import { IngestClient, type TestMetric } from './support/ingest-client.js';
import { scrape } from '../devkit/prometheus-text.js';
import { startRedis } from './support/redis-server.js';
import { startTestSluice, waitFor } from './support/sluice-harness.js';
import { SseReader } from './support/sse-reader.js';

async function readyz(port: number): Promise<{ status: number; reason?: string }> {
  const response = await fetch(`http://127.0.0.1:${port}/readyz`);
  const body = (await response.json()) as { reason?: string };
  return { status: response.status, reason: body.reason };
}

test('Redis killed and restarted mid-stream: the process survives, /readyz goes false then true, windows flow again, nothing acked is lost silently', async () => {
  const redis = await startRedis();
  const sluice = await startTestSluice(['--redis-url', redis.url, '--window-ms', '200', '--resolutions', '200,2000', '--lateness-ms', '100']);
  const client = new IngestClient(sluice.grpcPort);
  const sse = new SseReader(`http://127.0.0.1:${sluice.httpPort}/v1/stream?match=rf.*`);
  await sse.opened;

  let running = true;
  let acked = 0;
  let refused = 0;
  const pushing = (async () => {
    while (running) {
      const batch: TestMetric[] = Array.from({ length: 20 }, (_, i) => ({ name: 'rf.m', labels: [{ key: 'i', value: String(i) }], value: 1, timestampMs: 0 }));
      try {
        acked += (await client.push(batch, 0, new grpc.Metadata(), 2000)).accepted;
      } catch (error) {
        assert.equal((error as grpc.ServiceError).code, grpc.status.UNAVAILABLE);
        refused++;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  await sse.until((r) => r.windows().length >= 5, 15_000);

  await redis.stop();
  await waitFor(async () => (await readyz(sluice.httpPort)).status === 503, 5000, '/readyz to say not ready');
  const down = await readyz(sluice.httpPort);
  assert.match(down.reason ?? '', /redis/);
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const restartedAt = Date.now();
  await redis.restart();
  await waitFor(async () => (await readyz(sluice.httpPort)).status === 200, 15_000, '/readyz to say ready again');
  await sse.until((r) => r.windows().some((w) => w.start > restartedAt + 1000), 15_000);
  running = false;
  await pushing;
  await sluice.close();
  await sse.done;

  const ledger = sluice.ledger;
  assert.deepEqual(ledger.balance(), { receivedGap: 0, acceptedGap: 0 });
  assert.equal(ledger.accepted, acked);
  const windows = sse.windows().filter((w) => w.resolution_ms === 200);
  const starts = windows.map((w) => w.start);
  assert.deepEqual(starts, [...new Set(starts)].sort((a, b) => a - b), 'windows in order, none twice');
  const delivered = windows.reduce((n, w) => n + w.series.reduce((k, s) => k + s.count, 0), 0);
  const gaps = sse.events.filter((e) => e.event === 'gap').map((e) => JSON.parse(e.data) as { from: number; to: number; reason: string });
  if (gaps.length === 0) {
    assert.equal(delivered, ledger.aggregated(), 'every published metric reached the client');
  } else {
    assert.ok(delivered < ledger.aggregated());
    assert.ok(gaps.every((g) => g.to > g.from && g.reason !== 'slow_consumer'), JSON.stringify(gaps));
  }
  assert.equal(ledger.lost.get('bus_unavailable') ?? 0, 0, 'the backlog held everything while Redis was away');
  assert.ok(acked > 0 && refused >= 0);
});

test('two gateway processes on one Redis deliver the same windows to their clients (roles ingest and gateway)', async () => {
  const redis = await startRedis();
  const common = ['--redis-url', redis.url, '--redis-prefix', 'two:', '--window-ms', '200', '--resolutions', '200,2000', '--lateness-ms', '100'];
  const ingest = await startChildSluice(['--role', 'ingest', ...common]);
  const gateways = await Promise.all([startChildSluice(['--role', 'gateway', ...common]), startChildSluice(['--role', 'gateway', ...common])]);
  const notFound = await fetch(`http://127.0.0.1:${ingest.httpPort}/v1/stream?match=x`);
  assert.equal(notFound.status, 404, 'an ingest node serves no streams');
  const readers = gateways.map((g) => new SseReader(`http://127.0.0.1:${g.httpPort}/v1/stream?match=two.*`));
  await Promise.all(readers.map((r) => r.opened));
  const client = new IngestClient(ingest.grpcPort);
  for (let round = 0; round < 30; round++) {
    const batch: TestMetric[] = Array.from({ length: 50 }, (_, i) => ({ name: `two.m${i % 3}`, labels: [{ key: 'i', value: String(i) }], value: round * 100 + i, timestampMs: 0 }));
    assert.equal((await client.push(batch)).accepted, 50);
    await new Promise((resolve) => setTimeout(resolve, 40));
  }
  ingest.process.kill('SIGTERM');
  assert.equal(await ingest.exited, 0);
  // Both gateways get the final windows the ingest published on the way out.
  const total = (r: SseReader): number => r.windows().filter((w) => w.resolution_ms === 200).reduce((n, w) => n + w.series.reduce((k, s) => k + s.count, 0), 0);
  await Promise.all(readers.map((r) => r.until((x) => total(x) === 1500, 10_000)));
  const canonical = (r: SseReader): string[] => r.windows().filter((w) => w.resolution_ms === 200).map((w) => JSON.stringify({ ...w, series: w.series.slice().sort((a, b) => JSON.stringify(a) < JSON.stringify(b) ? -1 : 1) }));
  assert.deepEqual(canonical(readers[0]!), canonical(readers[1]!));
});

test('an ingest node restarted with the same --node-id: both parts of the coarse window its drain closed early reach a live client as one window, stay in history, and a resume gets their sum', async () => {
  const redis = await startRedis();
  // A long node timeout makes the gateway's periodic membership refresh rare
  // (every 5 s): the resume must find the node's history without waiting for
  // it (it once read only the nodes of the last refresh and found nothing).
  const common = ['--redis-url', redis.url, '--redis-prefix', 'rs:', '--window-ms', '200', '--resolutions', '200,10000', '--lateness-ms', '100', '--node-timeout-ms', '30000'];
  const gateway = await startChildSluice(['--role', 'gateway', ...common]);
  // Start near the beginning of a 10 s window, so that both lives of the node fall in it.
  while (Date.now() % 10_000 > 1000) await new Promise((resolve) => setTimeout(resolve, 50));
  const coarse = Math.floor(Date.now() / 10_000) * 10_000;
  const live = new SseReader(`http://127.0.0.1:${gateway.httpPort}/v1/stream?match=rs.*&resolution=10s`);
  await live.opened;
  const batch = (n: number): TestMetric[] => Array.from({ length: n }, (_, i) => ({ name: 'rs.m', labels: [{ key: 'i', value: String(i % 4) }], value: 1, timestampMs: 0 }));
  let sent = 0;
  for (let life = 0; life < 2; life++) {
    const ingest = await startChildSluice(['--role', 'ingest', '--node-id', 'same-node', ...common]);
    const client = new IngestClient(ingest.grpcPort);
    assert.equal((await client.push(batch(100 + life))).accepted, 100 + life);
    sent += 100 + life;
    ingest.process.kill('SIGTERM');
    assert.equal(await ingest.exited, 0);
  }
  assert.ok(Date.now() < coarse + 10_000, 'both lives fell in one coarse window (the machine was too slow to test this)');
  // Resume from the window before: the coarse window comes from history, both parts merged.
  const reader = new SseReader(`http://127.0.0.1:${gateway.httpPort}/v1/stream?match=rs.*&resolution=10s&lastEventId=${coarse - 10_000}`);
  await reader.opened;
  // If it times out, say what did arrive.
  await reader.until((r) => r.windows().some((w) => w.start === coarse), 10_000).catch(async (error: Error) => {
    const series = await (await fetch(`http://127.0.0.1:${gateway.httpPort}/v1/series?match=rs.*`)).text();
    const metrics = (await (await fetch(`http://127.0.0.1:${gateway.httpPort}/metrics`)).text()).split('\n').filter((l) => /^sluice_sse_(replays|history|gaps|topic)/.test(l)).join(' ');
    throw new Error(`${error.message}; coarse ${coarse}; events ${JSON.stringify(reader.events).slice(0, 800)}; series ${series.slice(0, 500)}; ${metrics}; gateway log ${gateway.logs.join(' ').slice(-800)}`);
  });
  const window = reader.windows().find((w) => w.start === coarse)!;
  assert.equal(window.series.reduce((n, s) => n + s.count, 0), sent, 'both lives of the node are in the coarse window');
  reader.close();
  // Live, the window waited for its end rather than going out at the first drain's early tick.
  await live.until((r) => r.windows().some((w) => w.start === coarse), 15_000);
  const liveWindows = live.windows().filter((w) => w.start === coarse);
  assert.equal(liveWindows.length, 1);
  assert.equal(liveWindows[0]!.series.reduce((n, s) => n + s.count, 0), sent, 'the live client got both lives in one window');
  live.close();
});

test('a window part Redis refuses (no permission for that topic) is counted lost by the node and told to clients as a gap naming the node; the other topics are delivered whole', async () => {
  const redis = await startRedis();
  // A Redis user for the ingest node that may use every Sluice key and channel except those of topic lt.lost.
  const allowed = ['{tick}', '{topics}', '{nodes}', '{barrier}', '{lt.ok}'];
  execFileSync('redis-cli', ['-p', String(redis.port), 'ACL', 'SETUSER', 'limited', 'on', '>secret', 'resetkeys', ...allowed.map((a) => `~lt:${a}*`),
    'resetchannels', ...allowed.map((a) => `&lt:${a}*`), '+@all']);
  const common = ['--redis-prefix', 'lt:', '--window-ms', '200', '--resolutions', '200', '--lateness-ms', '100', '--node-timeout-ms', '1000'];
  const ingest = await startChildSluice(['--role', 'ingest', '--node-id', 'limited-node', '--redis-url', `redis://limited:secret@127.0.0.1:${redis.port}`, ...common]);
  const gateway = await startChildSluice(['--role', 'gateway', '--redis-url', redis.url, ...common]);
  const reader = new SseReader(`http://127.0.0.1:${gateway.httpPort}/v1/stream?match=lt.*`);
  await reader.opened;
  const client = new IngestClient(ingest.grpcPort);
  // Make both topics known (and subscribed) first.
  const warm = await client.push([{ name: 'lt.ok', value: 1, timestampMs: 0 }, { name: 'lt.lost', value: 1, timestampMs: 0 }]);
  assert.equal(warm.accepted, 2, JSON.stringify(warm));
  await reader.until((r) => r.windows().some((w) => w.series.some((s) => s.name === 'lt.ok')), 10_000);
  const from = Date.now();
  let okSent = 0;
  let lastPushAt = 0;
  for (let round = 0; round < 10; round++) {
    lastPushAt = Date.now();
    const ack = await client.push([{ name: 'lt.ok', value: 2, timestampMs: 0 }, { name: 'lt.lost', value: 3, timestampMs: 0 }]);
    assert.equal(ack.accepted, 2, 'the ack is given before the publish is refused');
    okSent++;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const to = Date.now();
  await reader.until((r) => r.windows().some((w) => w.start === Math.floor(lastPushAt / 200) * 200), 15_000);
  await reader.until((r) => r.events.some((e) => e.event === 'gap' && (JSON.parse(e.data) as { from: number }).from === Math.floor(lastPushAt / 200) * 200), 5_000).catch(() => {});
  const gaps = reader.events.filter((e) => e.event === 'gap').map((e) => JSON.parse(e.data) as { from: number; to: number; reason: string; node?: string });
  const windows = reader.windows().filter((w) => w.start >= Math.floor(from / 200) * 200 && w.start <= to);
  assert.ok(windows.length >= 3, 'windows of the run arrived');
  assert.ok(windows.every((w) => w.series.every((s) => s.name !== 'lt.lost')), 'nothing of the refused topic reached the client');
  for (const w of windows) {
    assert.ok(gaps.some((g) => g.from === w.start && g.reason === 'bus_unavailable' && g.node === 'limited-node'), `window ${w.start} lost lt.lost and the client was told (${JSON.stringify(gaps)})`);
  }
  const okDelivered = windows.reduce((n, w) => n + w.series.filter((s) => s.name === 'lt.ok' && s.sum === s.count * 2).reduce((k, s) => k + s.count, 0), 0);
  assert.equal(okDelivered, okSent, 'the allowed topic arrived whole');
  const lost = (await scrape(ingest.httpPort)).get('sluice_metrics_lost_total{reason="bus_unavailable"}') ?? 0;
  assert.ok(lost >= okSent, `the node counted the refused windows' metrics as lost (${lost})`);
});
