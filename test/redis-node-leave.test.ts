import assert from 'node:assert/strict';
import { test } from 'node:test';
import { startChildSluice } from './support/child-sluice.js';
import { IngestClient, type TestMetric } from './support/ingest-client.js';
import { startRedis } from './support/redis-server.js';
import { SseReader } from './support/sse-reader.js';

test('a node stopped cleanly: neither its own gateway (closing) nor another tells a node_down gap naming the node still running', async () => {
  const redis = await startRedis();
  const common = ['--redis-url', redis.url, '--redis-prefix', 'nl:', '--window-ms', '200', '--resolutions', '200,2000', '--lateness-ms', '100', '--node-timeout-ms', '1000'];
  // Role all: each node is an ingest node and a gateway; one gateway-only node besides.
  const [a, b] = await Promise.all(['node-a', 'node-b'].map((id) => startChildSluice(['--role', 'all', '--node-id', id, ...common])));
  const gateway = await startChildSluice(['--role', 'gateway', ...common]);
  const readers = [a!, b!, gateway].flatMap((g) => ['200ms', '2s'].map((r) => new SseReader(`http://127.0.0.1:${g.httpPort}/v1/stream?match=nl.*&resolution=${r}`)));
  await Promise.all(readers.map((r) => r.opened));
  const clients = [new IngestClient(a!.grpcPort), new IngestClient(b!.grpcPort)];
  const batch = (node: string): TestMetric[] => Array.from({ length: 10 }, (_, i) => ({ name: 'nl.m', labels: [{ key: 'node', value: node }, { key: 'i', value: String(i) }], value: 1, timestampMs: 0 }));
  let running = true;
  let aRunning = true;
  const pushing = (async () => {
    while (running) {
      await Promise.all([aRunning ? clients[0]!.push(batch('a')).catch(() => {}) : null, clients[1]!.push(batch('b'))]);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  await new Promise((resolve) => setTimeout(resolve, 3000));
  aRunning = false;
  a!.process.kill('SIGTERM');
  assert.equal(await a!.exited, 0);
  // Past a's node timeout and a coarse window's end: b keeps sending.
  await new Promise((resolve) => setTimeout(resolve, 5000));
  running = false;
  await pushing;
  await readers[0]!.done; // a's clients were told to reconnect
  assert.ok(readers[0]!.windows().length > 5, 'the stopping node served windows until it stopped');
  assert.ok(readers[4]!.windows().length > 20, 'the gateway served windows');
  for (const reader of readers) {
    const gaps = reader.events.filter((e) => e.event === 'gap').map((e) => JSON.parse(e.data) as { from: number; reason: string; node?: string });
    assert.deepEqual(gaps.filter((g) => g.node === 'node-b'), [], `no gap names the live node (all gaps: ${JSON.stringify(gaps)}; node-a log: ${a!.logs.join('\n').slice(-600)})`);
  }
});
