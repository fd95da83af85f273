import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertWindowsAsSent } from './support/expected-windows.js';
import { IngestClient, type TestMetric } from './support/ingest-client.js';
import { startTestSluice, waitFor } from './support/sluice-harness.js';
import { SseReader } from './support/sse-reader.js';

/**
 * Timers of an idle-ish node: work in proportion to data, not to time. A
 * timer armed and cleared still wakes the thread when it falls due (Node
 * leaves the libuv timer armed), so these count timers armed, not fired.
 */
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test("one node's windows complete on their tick in the turn their parts came: the gateway arms no settle timer, and delivers every window", async () => {
  const sluice = await startTestSluice(['--window-ms', '100', '--resolutions', '100,1000', '--lateness-ms', '100']);
  const client = new IngestClient(sluice.grpcPort);
  const sse = new SseReader(`http://127.0.0.1:${sluice.httpPort}/v1/stream?match=settle.*&resolution=100`);
  await sse.opened;
  const sent: TestMetric[] = [];
  for (let sequence = 1; sequence <= 10; sequence++) {
    const batch: TestMetric[] = [];
    for (let host = 0; host < 4; host++) batch.push({ name: 'settle.m', labels: [{ key: 'host', value: `h${host}` }], value: sequence * 10 + host, timestampMs: Date.now() });
    assert.equal((await client.push(batch, sequence)).accepted, batch.length);
    sent.push(...batch);
    await sleep(50);
  }
  const lastStart = Math.floor(sent.at(-1)!.timestampMs! / 100) * 100;
  await waitFor(() => sse.windows().some((w) => w.resolution_ms === 100 && w.start === lastStart), 10_000, 'the last window at the dashboard');
  // Before: one settle timer per delivered window (armed for its parts, cleared at its tick).
  assert.equal(sluice.gateway.stats.settleTimers ?? 0, 0, 'settle timers armed');
  await sluice.close();
  await sse.done;
  assertWindowsAsSent(sent, sse.windows(), 100);
});

test('heartbeats run only while a dashboard is connected: none before the first, one timer for many, gone with the last, back with the next', async () => {
  const sluice = await startTestSluice(['--heartbeat-ms', '300']);
  const stats = sluice.gateway.stats;
  await sleep(400);
  assert.equal(stats.heartbeatTimers ?? 0, 0, 'no timer while nobody watches');
  const url = `http://127.0.0.1:${sluice.httpPort}/v1/stream?match=beat.*`;
  const first = new SseReader(url);
  const second = new SseReader(url);
  await Promise.all([first.opened, second.opened]);
  await waitFor(() => sluice.gateway.clients === 2, 5000, 'both clients');
  // Idle streams are kept open by heartbeat comments (every 300 ms here).
  await first.until((r) => r.comments.some((c) => c.includes('heartbeat')), 5000);
  assert.equal(stats.heartbeatTimers, 1, 'one timer for both clients');
  first.close();
  second.close();
  await waitFor(() => sluice.gateway.clients === 0, 5000, 'both gone');
  const third = new SseReader(url);
  await third.opened;
  await third.until((r) => r.comments.some((c) => c.includes('heartbeat')), 5000);
  assert.equal(stats.heartbeatTimers, 2, 'stopped with the last client, started again with the next');
});
