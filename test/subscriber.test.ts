import assert from 'node:assert/strict';
import net from 'node:net';
import { after } from 'node:test';
import { test } from 'node:test';
import { subscribe, type SubscribedGap } from '../client/index.js';
import { startChildSluice } from './support/child-sluice.js';
import { IngestClient } from './support/ingest-client.js';
import { startRedis } from './support/redis-server.js';

/**
 * The package's subscriber across a gateway killed (SIGKILL) and started
 * again, Redis bus (history survives): every window arrives once, in
 * order, or is told as a gap; it reconnects by itself. The subscriber talks
 * to a TCP relay that follows the current gateway: a killed server's port
 * stays in TIME_WAIT, so the new one cannot take it at once.
 */
async function relay(): Promise<{ port: number; target: number }> {
  const state = { port: 0, target: 0 };
  const server = net.createServer((socket) => {
    const upstream = net.connect(state.target, '127.0.0.1');
    socket.pipe(upstream).pipe(socket);
    socket.on('error', () => upstream.destroy());
    upstream.on('error', () => socket.destroy());
    upstream.on('close', () => socket.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  after(() => server.close());
  state.port = (server.address() as net.AddressInfo).port;
  return state;
}
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

test('subscribe: a gateway killed and restarted mid-stream: each window once, in order, or told as a gap', async () => {
  const redis = await startRedis();
  const flags = ['--window-ms', '200', '--resolutions', '200', '--lateness-ms', '100', '--redis-url', redis.url];
  let child = await startChildSluice(flags);
  const front = await relay();
  front.target = child.httpPort;
  let running = true;
  let client = new IngestClient(child.grpcPort);
  const pushing = (async () => {
    for (let round = 0; running; round++) {
      await client.push([{ name: 'sub.m', labels: [{ key: 'k', value: 'v' }], value: round, timestampMs: 0 }]).catch(() => undefined);
      await sleep(40);
    }
  })();

  const starts: number[] = [];
  const gaps: SubscribedGap[] = [];
  let reconnects = 0;
  const events = subscribe({ url: `http://127.0.0.1:${front.port}`, match: ['sub.*'], minBackoffMs: 50, maxBackoffMs: 500 });
  let restarted = false;
  try {
    for await (const event of events) {
      if (event.type === 'window') starts.push(event.window.start);
      if (event.type === 'gap') gaps.push(event.gap);
      if (event.type === 'reconnecting') reconnects++;
      if (!restarted && starts.length === 10) {
        restarted = true;
        child.process.kill('SIGKILL');
        await child.exited;
        await sleep(1000);
        child = await startChildSluice(flags);
        front.target = child.httpPort;
        client = new IngestClient(child.grpcPort);
      }
      if (restarted && starts.length >= 30) break;
    }
  } finally {
    events.close();
    running = false;
    await pushing;
  }
  assert.ok(reconnects >= 1, 'it reconnected by itself');
  assert.deepEqual(starts, [...new Set(starts)].sort((a, b) => a - b), 'each window once, in order');
  // Every hole between two windows is covered by a gap it was told.
  for (let i = 1; i < starts.length; i++) {
    if (starts[i]! === starts[i - 1]! + 200) continue;
    const from = starts[i - 1]! + 200;
    const to = starts[i]!;
    assert.ok(gaps.some((g) => g.from <= from && g.to >= to), `windows [${from}, ${to}) were told as a gap (gaps: ${JSON.stringify(gaps)})`);
  }
  assert.ok(gaps.length >= 1, 'the restart left a hole, told as a gap');
});
