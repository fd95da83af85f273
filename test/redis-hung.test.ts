import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import * as grpc from '@grpc/grpc-js';
import { startChildSluice } from './support/child-sluice.js';
import { IngestClient, type TestMetric } from './support/ingest-client.js';
import { scrape, sumOf } from '../devkit/prometheus-text.js';
import { startRedis } from './support/redis-server.js';
import { waitFor } from './support/sluice-harness.js';

async function readyz(port: number): Promise<{ status: number; reason?: string }> {
  const response = await fetch(`http://127.0.0.1:${port}/readyz`);
  const body = (await response.json()) as { reason?: string };
  return { status: response.status, reason: body.reason };
}

function rssBytes(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'))!;
  return Number(line.split(/\s+/)[1]) * 1024;
}

const kBacklogBytes = 1024 * 1024;

test('a hung Redis (SIGSTOP) is a Redis that is gone: the unanswered publishes count in the bounded backlog, /readyz 503, producers get UNAVAILABLE; after SIGCONT it is ready again and the ledger balances', async () => {
  const redis = await startRedis();
  const node = await startChildSluice(['--redis-url', redis.url, '--redis-prefix', 'hung:', '--bus-backlog-bytes', String(kBacklogBytes),
    '--redis-timeout-ms', '1000', '--window-ms', '200', '--resolutions', '200', '--lateness-ms', '100']);
  const client = new IngestClient(node.grpcPort);
  let running = true;
  let acked = 0;
  let refused = 0;
  let round = 0;
  // 2,000 series over 20 topics, 500 metrics every ~50 ms: windows of ~100 KB every 200 ms.
  const pushing = (async () => {
    while (running) {
      const batch: TestMetric[] = Array.from({ length: 500 }, (_, i) => {
        const series = (round * 500 + i) % 2000;
        return { name: `hung.m${series % 20}`, labels: [{ key: 'series', value: `s-${series}` }], value: i, timestampMs: 0 };
      });
      round++;
      try {
        acked += (await client.push(batch, round, new grpc.Metadata(), 5000)).accepted;
      } catch (error) {
        assert.equal((error as grpc.ServiceError).code, grpc.status.UNAVAILABLE, (error as Error).message);
        assert.match((error as Error).message, /bus unavailable/);
        refused++;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  await waitFor(async () => (await scrape(node.httpPort)).get('sluice_windows_published_total')! >= 5, 10_000, 'windows to flow');
  assert.equal((await readyz(node.httpPort)).status, 200);

  redis.process.kill('SIGSTOP');
  const stoppedAt = Date.now();
  try {
    // The backlog may pass half its bound (refusing, 'bus unavailable') before --redis-timeout-ms has passed;
    // either way /readyz turns 503, and once the timeout has passed it names the silent Redis.
    await waitFor(async () => /redis not answering/.test((await readyz(node.httpPort)).reason ?? ''), 6000, '/readyz to say Redis does not answer');
    assert.equal((await readyz(node.httpPort)).status, 503);
    await waitFor(() => refused > 0, 10_000, 'producers to be told UNAVAILABLE');
    // Hold the stop a while longer: the backlog (sent-unanswered included) rises and stays under its bound.
    let peak = 0;
    const rssAtRefusal = rssBytes(node.process.pid!);
    let rssPeak = rssAtRefusal;
    while (Date.now() - stoppedAt < 6000) {
      const backlog = (await scrape(node.httpPort)).get('sluice_bus_backlog_bytes')!;
      peak = Math.max(peak, backlog);
      rssPeak = Math.max(rssPeak, rssBytes(node.process.pid!));
      assert.ok(backlog <= kBacklogBytes, `backlog ${backlog} within its bound`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    assert.ok(peak >= kBacklogBytes / 2, `the unanswered publishes were counted (peak ${peak} bytes)`);
    const refusedWhileStopped = refused;
    assert.ok(refusedWhileStopped > 0);
    // Not a speed bound: while refusing, memory does not keep growing with the load (it grew ~3 MB/s before).
    assert.ok(rssPeak - rssAtRefusal < 32 * 1024 * 1024, `RSS grew ${((rssPeak - rssAtRefusal) / 2 ** 20).toFixed(1)} MiB while refusing`);
  } finally {
    redis.process.kill('SIGCONT');
  }
  await waitFor(async () => (await readyz(node.httpPort)).status === 200, 15_000, '/readyz to say ready after SIGCONT');
  const acceptedBefore = acked;
  await waitFor(() => acked > acceptedBefore, 10_000, 'producers to be acked again');
  running = false;
  await pushing;

  // Idle: everything acked is in a published window, or counted lost.
  let last = new Map<string, number>();
  await waitFor(async () => {
    last = await scrape(node.httpPort);
    return last.get('sluice_metrics_accepted_total')! === last.get('sluice_metrics_aggregated_total')! + sumOf(last, 'sluice_metrics_lost_total')
      && last.get('sluice_bus_backlog_bytes') === 0;
  }, 15_000, 'the ledger to balance').catch((error: Error) => { throw new Error(`${error.message}: ${JSON.stringify([...last].filter(([k]) => /metrics_|backlog/.test(k)))}`); });
  assert.equal(last.get('sluice_metrics_accepted_total'), acked, 'every ack is in the ledger');
  assert.equal(last.get('sluice_ledger_unbalanced{kind="accepted"}'), 0);
  node.process.kill('SIGTERM');
  assert.equal(await node.exited, 0);
});
