/**
 * Metric names whose series are all evicted are forgotten: the
 * --max-metric-names limit frees up, and the topic directory (in process,
 * and in a real Redis) stops listing them once nobody refreshes them, while
 * names still in use stay listed.
 */
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import type { Sluice } from '../server.js';
import { IngestClient } from './support/ingest-client.js';
import { scrape } from '../devkit/prometheus-text.js';
import { startRedis } from './support/redis-server.js';
import { startTestSluice, waitFor } from './support/sluice-harness.js';

// Windows of 100 ms, evicted after 2 idle windows: a refresh every 250 ms, a directory TTL of 750 ms.
const flags = ['--max-metric-names', '3', '--window-ms', '100', '--lateness-ms', '50', '--idle-windows', '2'];

async function forgetsAndFreesTheLimit(sluice: Sluice): Promise<void> {
  const client = new IngestClient(sluice.grpcPort);
  // One name stays in use throughout.
  const keepAlive = setInterval(() => { client.push([{ name: 'forget.live', value: 1 }]).catch(() => {}); }, 50);
  after(() => clearInterval(keepAlive));
  await client.push([{ name: 'forget.live', value: 1 }]);

  const first = await client.push([{ name: 'forget.a', value: 1 }, { name: 'forget.b', value: 2 }]);
  assert.deepEqual([first.accepted, first.rejected], [2, 0]);
  const over = await client.push([{ name: 'forget.c', value: 3 }]);
  assert.deepEqual(over.rejections.map((r) => r.reason), ['over_limit: more than 3 metric names']);
  await waitFor(async () => (await sluice.bus.knownTopics()).includes('forget.a'), 5000, 'forget.a in the directory');

  // forget.a and forget.b go idle: their series are evicted, their names forgotten.
  await waitFor(async () => (await scrape(sluice.httpPort)).get('sluice_metric_names') === 1, 10_000, 'sluice_metric_names == 1');
  const samples = await scrape(sluice.httpPort);
  assert.equal(samples.get('sluice_metric_names_forgotten_total'), 2);

  // The limit freed up: a new name is accepted where it was over_limit.
  const now = await client.push([{ name: 'forget.c', value: 3 }]);
  assert.deepEqual([now.accepted, now.rejected], [1, 0], JSON.stringify(now.rejections));

  // The directory drops the forgotten names after its TTL and keeps the live ones.
  await waitFor(async () => !(await sluice.bus.knownTopics()).includes('forget.a'), 10_000, 'forget.a to leave the directory');
  const listed = await sluice.bus.knownTopics();
  assert.ok(!listed.includes('forget.b'), listed.join());
  assert.ok(listed.includes('forget.live') && listed.includes('forget.c'), listed.join());
  await new Promise((resolve) => setTimeout(resolve, 1000)); // longer than the TTL: live names are refreshed
  assert.ok((await sluice.bus.knownTopics()).includes('forget.live'));

  // A forgotten name that comes back is announced again (and listed).
  await client.push([{ name: 'forget.a', value: 1 }]);
  await waitFor(async () => (await sluice.bus.knownTopics()).includes('forget.a'), 5000, 'forget.a back in the directory');
  clearInterval(keepAlive);
}

test('in-process bus: names of evicted series are forgotten, the limit frees up, the directory forgets them', async () => {
  const sluice = await startTestSluice(flags);
  await forgetsAndFreesTheLimit(sluice);
});

test('Redis bus: the directory in a real Redis stops listing forgotten names after its TTL', async () => {
  const redis = await startRedis();
  const sluice = await startTestSluice([...flags, '--redis-url', redis.url]);
  await forgetsAndFreesTheLimit(sluice);
});
