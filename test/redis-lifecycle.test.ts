import assert from 'node:assert/strict';
import { test } from 'node:test';
import { startChildSluice } from './support/child-sluice.js';
import { startRedisCluster } from './support/redis-cluster.js';
import { freePort, launchRedis, startRedis } from './support/redis-server.js';
import { waitFor } from './support/sluice-harness.js';
import { SseReader } from './support/sse-reader.js';
import { IngestClient } from './support/ingest-client.js';

async function readyz(port: number): Promise<{ status: number; reason?: string }> {
  const response = await fetch(`http://127.0.0.1:${port}/readyz`);
  const body = (await response.json()) as { reason?: string };
  return { status: response.status, reason: body.reason };
}

/** Resolves with the exit code, or 'still running' after `ms`. */
function exitWithin(exited: Promise<number | null>, ms: number): Promise<number | null | 'still running'> {
  return Promise.race([exited, new Promise<'still running'>((resolve) => setTimeout(() => resolve('still running'), ms))]);
}

test('a gateway on a Redis Cluster that is down exits 0 on SIGTERM, within a bounded stop time', async () => {
  const cluster = await startRedisCluster(3);
  const gateway = await startChildSluice(['--role', 'gateway', '--redis-cluster-nodes', cluster.nodes, '--redis-prefix', 'down:']);
  const reader = new SseReader(`http://127.0.0.1:${gateway.httpPort}/v1/stream?match=down.*`);
  await reader.opened;
  for (const port of cluster.ports) await cluster.kill(port);
  await waitFor(async () => (await readyz(gateway.httpPort)).status === 503, 10_000, '/readyz to say the cluster is gone');
  gateway.process.kill('SIGTERM');
  const code = await exitWithin(gateway.exited, 8000);
  assert.equal(code, 0, `the gateway exits 0 after stopping (logs: ${gateway.logs.join('\n').slice(-1500)})`);
  assert.ok(gateway.logs.some((l) => l.includes('"stopped"')), 'it stopped in order first');
});

test('a node on a standalone Redis that was killed exits 0 on SIGTERM, within a bounded stop time', async () => {
  const redis = await startRedis();
  const node = await startChildSluice(['--redis-url', redis.url, '--redis-prefix', 'sdown:']);
  await redis.stop();
  await waitFor(async () => (await readyz(node.httpPort)).status === 503, 10_000, '/readyz to say Redis is gone');
  node.process.kill('SIGTERM');
  assert.equal(await exitWithin(node.exited, 8000), 0, node.logs.join('\n').slice(-1500));
});

test('started before its Redis: it listens, says it waits for Redis (password redacted), /readyz 503 until Redis comes, then serves', async () => {
  const port = await freePort();
  const url = `redis://sluiceuser:s3cret-pass@127.0.0.1:${port}`;
  const node = await startChildSluice(['--redis-url', url, '--redis-prefix', 'late:', '--window-ms', '200', '--resolutions', '200', '--lateness-ms', '100']);
  const health = await fetch(`http://127.0.0.1:${node.httpPort}/healthz`);
  assert.equal(health.status, 200);
  const notReady = await readyz(node.httpPort);
  assert.equal(notReady.status, 503);
  assert.match(notReady.reason ?? '', /redis/i);
  await waitFor(() => node.logs.some((l) => l.includes('waiting for Redis')), 5000, 'the waiting log line');
  const waiting = node.logs.find((l) => l.includes('waiting for Redis'))!;
  assert.ok(waiting.includes(`127.0.0.1:${port}`), waiting);
  assert.ok(!node.logs.join('\n').includes('s3cret-pass'), 'the password never reaches the log');
  const redis = await launchRedis(port, ['--user', 'sluiceuser', 'on', '>s3cret-pass', '~*', '&*', '+@all']);
  try {
    await waitFor(async () => (await readyz(node.httpPort)).status === 200, 15_000, '/readyz to say ready once Redis is up');
    const reader = new SseReader(`http://127.0.0.1:${node.httpPort}/v1/stream?match=late.*`);
    await reader.opened;
    const client = new IngestClient(node.grpcPort);
    await waitFor(async () => {
      assert.equal((await client.push([{ name: 'late.m', value: 7, timestampMs: 0 }])).accepted, 1);
      return reader.windows().some((w) => w.series.some((s) => s.name === 'late.m'));
    }, 15_000, 'a pushed metric to reach the SSE client');
    reader.close();
    node.process.kill('SIGTERM');
    assert.equal(await node.exited, 0);
  } finally {
    redis.kill('SIGKILL');
  }
});

test('a dashboard that came before Redis was reached gets the windows that closed meanwhile, from the history, each once', async () => {
  const port = await freePort();
  const node = await startChildSluice(['--redis-url', `redis://127.0.0.1:${port}`, '--redis-prefix', 'early:', '--window-ms', '200', '--resolutions', '200', '--lateness-ms', '100']);
  assert.equal((await readyz(node.httpPort)).status, 503);
  const reader = new SseReader(`http://127.0.0.1:${node.httpPort}/v1/stream?match=early.*`);
  await reader.opened;
  assert.equal(reader.status, 200, 'streams are served while Redis is awaited');
  const client = new IngestClient(node.grpcPort);
  // Several windows close while Redis is away: they wait in the bus backlog,
  // which drains as soon as Redis answers, before the gateway has subscribed.
  let pushed = 0;
  for (let i = 0; i < 5; i++) {
    assert.equal((await client.push([{ name: 'early.m', value: 1, timestampMs: 0 }])).accepted, 1);
    pushed++;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  await new Promise((resolve) => setTimeout(resolve, 500));
  const redis = await launchRedis(port);
  try {
    const counted = (): number => reader.windows().flatMap((w) => w.series).filter((s) => s.name === 'early.m').reduce((n, s) => n + s.count, 0);
    await reader.until(() => counted() >= pushed, 15_000).catch(() => {});
    assert.equal(counted(), pushed, `every metric pushed before Redis came reaches the dashboard (events: ${JSON.stringify(reader.events.map((e) => e.event))})`);
    const starts = reader.windows().map((w) => w.start);
    assert.deepEqual(starts, [...new Set(starts)].sort((a, b) => a - b), 'each window once, in order');
    reader.close();
    node.process.kill('SIGTERM');
    assert.equal(await node.exited, 0);
  } finally {
    redis.kill('SIGKILL');
  }
});

test('--redis-connect-timeout-ms: with no Redis it gives up, exits non-zero, and names the redacted URL and the cause', async () => {
  const port = await freePort();
  const url = `redis://:hunter22@127.0.0.1:${port}`;
  const node = await startChildSluice(['--redis-url', url, '--redis-connect-timeout-ms', '1500']);
  const code = await exitWithin(node.exited, 10_000);
  assert.equal(code, 1, node.logs.join('\n'));
  const all = node.logs.join('\n');
  assert.ok(!all.includes('hunter22'), 'no password in the output');
  assert.match(all, new RegExp(`cannot connect to Redis at redis://:\\*\\*\\*@127\\.0\\.0\\.1:${port} .*ECONNREFUSED`));
});
