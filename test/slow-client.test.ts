import assert from 'node:assert/strict';
import net from 'node:net';
import { IngestClient, type TestMetric } from './support/ingest-client.js';
import { scrape } from '../devkit/prometheus-text.js';
import { engineTest, startTestSluiceOn, waitFor } from './support/sluice-harness.js';
import { SseReader } from './support/sse-reader.js';

/** A raw HTTP/1.1 client that does not read until told to (its kernel buffer fills, then the server's). */
function slowSocket(port: number, path: string): { socket: net.Socket; read(): Promise<string>; closed: Promise<void> } {
  const socket = net.connect(port, '127.0.0.1');
  socket.setNoDelay(true);
  // A tiny receive buffer so the server feels it quickly.
  socket.on('connect', () => { socket.write(`GET ${path} HTTP/1.1\r\nHost: x\r\n\r\n`); socket.pause(); });
  let text = '';
  const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
  return {
    socket,
    closed,
    read: () => new Promise((resolve) => {
      socket.on('data', (chunk) => { text += chunk.toString('latin1'); });
      socket.resume();
      const done = (): void => resolve(text);
      socket.once('end', done);
      setTimeout(done, 1500);
    }),
  };
}

const wide = (n: number, round: number): TestMetric[] =>
  Array.from({ length: n }, (_, i) => ({ name: 'slow.m', labels: [{ key: 'series', value: `s${i}` }, { key: 'pad', value: 'p'.repeat(40) }], value: round, timestampMs: 0 }));

engineTest('a slow client is conflated and told with a gap; its buffer stays bounded; a fast client on the same topic misses nothing', async (engine) => {
  const queueBound = 256 * 1024;
  const sluice = await startTestSluiceOn(engine, ['--window-ms', '100', '--resolutions', '100,1000', '--lateness-ms', '50', '--client-queue-bytes', String(queueBound), '--client-stall-ms', '60s']);
  const client = new IngestClient(sluice.grpcPort);
  const path = '/v1/stream?match=slow.*';
  const fast = new SseReader(`http://127.0.0.1:${sluice.httpPort}${path}`);
  await fast.opened;
  const slow = slowSocket(sluice.httpPort, path);
  // ~100 KB per window, 10 windows a second, for 6 s: far more than the socket buffers hold.
  let maxQueued = 0;
  const windowsSent: number[] = [];
  for (let round = 0; round < 60; round++) {
    await client.push(wide(1000, round));
    maxQueued = Math.max(maxQueued, sluice.gateway.maxClientQueueBytes());
    await new Promise((resolve) => setTimeout(resolve, 100));
    windowsSent.push(round);
  }
  await waitFor(() => sluice.gateway.stats.conflations > 0, 5000, 'a conflation');
  const m = await scrape(sluice.httpPort);
  assert.ok(m.get('sluice_sse_conflations_total')! > 0);
  const text = await slow.read();
  await sluice.close();
  await fast.done;

  assert.ok(maxQueued <= queueBound + 120_000, `the slow client's queue stayed bounded (max ${maxQueued} B, bound ${queueBound} + one frame)`);
  const gaps = [...text.matchAll(/event: gap\ndata: (\{[^\n]*\})/g)].map((g) => JSON.parse(g[1]!) as { from: number; to: number; reason: string });
  assert.ok(gaps.length > 0 && gaps.every((g) => g.reason === 'slow_consumer' && g.to > g.from), 'the slow client was told what it missed');
  const slowStarts = [...text.matchAll(/\nid: (\d+)\n/g)].map((x) => Number(x[1]));
  const fastStarts = fast.windows().filter((w) => w.resolution_ms === 100).map((w) => w.start);
  assert.ok(slowStarts.length < fastStarts.length, `the slow client got fewer windows (${slowStarts.length}) than the fast one (${fastStarts.length})`);
  // Every window the slow client missed lies inside a gap it was told about.
  for (const start of fastStarts) {
    if (slowStarts.includes(start) || start > slowStarts.at(-1)!) continue;
    assert.ok(gaps.some((g) => start >= g.from && start < g.to), `window ${start} missed silently`);
  }
  // The fast client got every window, in order, each exactly once.
  assert.deepEqual(fastStarts, [...new Set(fastStarts)].sort((a, b) => a - b));
  const total = fast.windows().filter((w) => w.resolution_ms === 100).reduce((n, w) => n + w.series.reduce((k, s) => k + s.count, 0), 0);
  assert.equal(total, 60 * 1000, 'the fast client saw every metric');
});

engineTest('a client that takes nothing for --client-stall-ms is disconnected and counted', async (engine) => {
  const sluice = await startTestSluiceOn(engine, ['--window-ms', '100', '--resolutions', '100,1000', '--lateness-ms', '50', '--client-queue-bytes', '65536', '--client-stall-ms', '1500']);
  const client = new IngestClient(sluice.grpcPort);
  const slow = slowSocket(sluice.httpPort, '/v1/stream?match=slow.*');
  let closed = false;
  void slow.closed.then(() => { closed = true; });
  for (let round = 0; round < 80 && !closed; round++) {
    await client.push(wide(1000, round));
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await waitFor(() => (sluice.gateway.stats.disconnects.get('slow_consumer') ?? 0) === 1, 5000, 'the stalled client to be dropped');
  assert.equal(sluice.gateway.clients, 0);
  const m = await scrape(sluice.httpPort);
  assert.equal(m.get('sluice_sse_disconnects_total{reason="slow_consumer"}'), 1);
  slow.socket.destroy();
});
