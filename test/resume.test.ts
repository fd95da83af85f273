import assert from 'node:assert/strict';
import { test } from 'node:test';
import { IngestClient, type TestMetric } from './support/ingest-client.js';
import { startRedis } from './support/redis-server.js';
import type { HttpEngineName } from '../gateway/http-engine.js';
import { engineTest, httpEngines, startTestSluiceOn } from './support/sluice-harness.js';
import { SseReader, type WindowEvent } from './support/sse-reader.js';

const topics = ['rs.alpha', 'rs.beta', 'rs.gamma'];

async function resumeAcrossTopics(engine: HttpEngineName, flags: string[]): Promise<void> {
  const sluice = await startTestSluiceOn(engine, ['--window-ms', '200', '--resolutions', '200,2000', '--lateness-ms', '100', ...flags]);
  const client = new IngestClient(sluice.grpcPort);
  const url = `http://127.0.0.1:${sluice.httpPort}/v1/stream?match=rs.alpha&match=rs.beta&match=rs.gamma`;
  const reference = new SseReader(url);
  let first = new SseReader(url);
  await Promise.all([reference.opened, first.opened]);

  let running = true;
  let value = 0;
  const pushing = (async () => {
    while (running) {
      const batch: TestMetric[] = topics.map((name, i) => ({ name, labels: [{ key: 't', value: String(i) }], value: ++value, timestampMs: 0 }));
      await client.push(batch);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();

  await first.until((r) => r.windows().length >= 5, 10_000);
  first.close();
  const before = first.events.filter((e) => e.event === 'window');
  const lastId = before.at(-1)!.id!;
  await new Promise((resolve) => setTimeout(resolve, 5000)); // away for 5 s
  const second = new SseReader(url, { 'Last-Event-ID': lastId });
  await second.opened;
  await second.until((r) => r.windows().length >= 30, 10_000);
  running = false;
  await pushing;
  await sluice.close();
  await Promise.all([reference.done, second.done]);

  const gaps = second.events.filter((e) => e.event === 'gap');
  assert.deepEqual(gaps, [], 'history covered the 5 s away: no gap');
  const seen: WindowEvent[] = [...before.map((e) => JSON.parse(e.data) as WindowEvent), ...second.windows()];
  const starts = seen.map((w) => w.start);
  assert.deepEqual(starts, [...new Set(starts)].sort((a, b) => a - b), 'every window exactly once, in order');
  const want = reference.windows().filter((w) => w.start <= starts.at(-1)!);
  assert.deepEqual(seen.map((w) => [w.start, w.series.map((s) => `${s.name}:${s.sum}`).sort()]), want.map((w) => [w.start, w.series.map((s) => `${s.name}:${s.sum}`).sort()]),
    'the resumed client saw what a client that never left saw');
  assert.ok(seen.some((w) => new Set(w.series.map((s) => s.name)).size === 3), 'one event carries all three topics');
  const replayed = second.windows().filter((w) => w.start < Number(second.events.find((e) => e.event === 'window')!.id) + 5000);
  assert.ok(replayed.length > 10, 'the 5 s away were replayed from history');
}

engineTest('resume with Last-Event-ID after 5 s away: every missed window exactly once, in order, across topics (in-process bus)', (engine) => resumeAcrossTopics(engine, []));

// The bus is what differs here, not HTTP: one engine is enough.
test('resume with Last-Event-ID after 5 s away: every missed window exactly once, in order, across topics (Redis Streams)', async () => {
  const redis = await startRedis();
  await resumeAcrossTopics(httpEngines[0]!, ['--redis-url', redis.url]);
});

engineTest('a position older than the history gets a gap, then what history has; clients resuming together share history reads', async (engine) => {
  const sluice = await startTestSluiceOn(engine, ['--window-ms', '100', '--resolutions', '100,1000', '--lateness-ms', '50', '--history-windows', '10']);
  const client = new IngestClient(sluice.grpcPort);
  const url = `http://127.0.0.1:${sluice.httpPort}/v1/stream?match=old.*`;
  const first = new SseReader(url);
  await first.opened;
  for (let i = 0; i < 30; i++) {
    await client.push([{ name: 'old.m', value: i, timestampMs: 0 }]);
    await new Promise((resolve) => setTimeout(resolve, 60));
  }
  await first.until((r) => r.windows().length >= 15, 10_000);
  const oldest = first.windows()[0]!.start;
  const readsBefore = sluice.gateway.history.reads;
  const herdStart = Date.now();
  const herd = Array.from({ length: 50 }, () => new SseReader(`${url}&lastEventId=${oldest}`));
  await Promise.all(herd.map((r) => r.opened));
  // A read is shared by the clients that ask before the next window ticks
  // (100 ms here): one read per window the herd's arrival spanned. On a
  // loaded machine the 50 connections can take longer than one window to
  // arrive (more so on the node engine), hence the bound, not exactly 1.
  const windowsSpanned = Math.ceil((Date.now() - herdStart) / 100) + 1;
  await Promise.all(herd.map((r) => r.until((x) => x.events.some((e) => e.event === 'gap') && x.windows().length >= 9, 5000)));
  const reads = sluice.gateway.history.reads - readsBefore;
  assert.ok(reads >= 1 && reads <= Math.min(windowsSpanned, 10), `50 clients, one topic, one position: ${reads} history reads for ${windowsSpanned} windows of arrival`);
  for (const reader of herd) {
    const gap = JSON.parse(reader.events.find((e) => e.event === 'gap')!.data) as { from: number; to: number; reason: string };
    assert.equal(gap.reason, 'history_expired');
    assert.equal(gap.from, oldest + 100);
    const firstReplayed = reader.windows()[0]!.start;
    assert.ok(gap.to <= firstReplayed && gap.to > gap.from, `gap [${gap.from}, ${gap.to}) ends where history starts (${firstReplayed})`);
  }
  await sluice.close();
});

engineTest('a client resuming a moment after another, from the same position, still gets the windows closed in between', async (engine) => {
  const sluice = await startTestSluiceOn(engine, ['--window-ms', '200', '--resolutions', '200,2000', '--lateness-ms', '100']);
  const client = new IngestClient(sluice.grpcPort);
  const url = `http://127.0.0.1:${sluice.httpPort}/v1/stream?match=again.*`;
  const live = new SseReader(url);
  await live.opened;
  let running = true;
  const pushing = (async () => {
    while (running) {
      await client.push([{ name: 'again.m', value: 1, timestampMs: 0 }]);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  await live.until((r) => r.windows().length >= 3, 10_000);
  const from = live.windows()[0]!.start;
  const first = new SseReader(`${url}&lastEventId=${from}`);
  await first.until((r) => r.windows().length >= 2, 10_000);
  // Wait for at least two more windows to close, then resume from the same position.
  const seen = live.windows().length;
  await live.until((r) => r.windows().length >= seen + 2, 10_000);
  const second = new SseReader(`${url}&lastEventId=${from}`);
  await second.until((r) => r.windows().length >= 1, 10_000);
  await new Promise((resolve) => setTimeout(resolve, 100));
  const newestLive = live.windows().at(-1)!.start;
  const secondStarts = second.windows().map((w) => w.start);
  const expected = live.windows().map((w) => w.start).filter((s) => s > from && s <= newestLive);
  for (const start of expected) assert.ok(secondStarts.includes(start), `window ${start} missing from the second resume (${secondStarts})`);
  running = false;
  await pushing;
});
