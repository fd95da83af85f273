import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertWindowsAsSent } from './support/expected-windows.js';
import { IngestClient, type TestMetric } from './support/ingest-client.js';
import { startTestSluice, waitFor } from './support/sluice-harness.js';
import { SseReader } from './support/sse-reader.js';

/**
 * Quiet shards: a shard with no window open is not sent (nor woken for)
 * watermarks; the broadcaster counts it closed instead. Fine windows and a
 * short coarsest window (100 ms, 1 s) and a small future skew make a shard
 * quiet about a second after its last metric.
 */
const flags = ['--window-ms', '100', '--resolutions', '100,1000', '--lateness-ms', '100', '--future-skew-ms', '200'];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Bytes ever written to each shard's mailbox (the ring's free-running write index). */
const writeIndices = (shards: readonly { mailbox: { storage: SharedArrayBuffer } }[]): number[] =>
  shards.map((ref) => Atomics.load(new Int32Array(ref.mailbox.storage, 0, 1), 0));

test('an idle node sends its shards no watermarks, and still ticks every window', async () => {
  const sluice = await startTestSluice(flags);
  await sleep(500);
  const before = writeIndices(sluice.shards);
  const ticksBefore = sluice.broadcaster.stats.windowsPublished;
  await sleep(1500);
  // Every watermark went into every mailbox before: 16 bytes per shard per 100 ms.
  assert.deepEqual(writeIndices(sluice.shards), before, 'no watermark reached an idle shard');
  const ticks = sluice.broadcaster.stats.windowsPublished - ticksBefore;
  assert.ok(ticks >= 10, `${ticks} windows ticked in 1.5 s of 100 ms windows`);
});

test('shards that went quiet and get metrics again: every window exact, each delivered once, the ledger balances', async () => {
  const sluice = await startTestSluice(flags);
  const client = new IngestClient(sluice.grpcPort);
  const sse = new SseReader(`http://127.0.0.1:${sluice.httpPort}/v1/stream?match=quiet.*&resolution=100`);
  await sse.opened;
  const sent: TestMetric[] = [];
  let value = 0;
  const burst = async (sequence: number): Promise<void> => {
    const batch: TestMetric[] = [];
    for (let host = 0; host < 8; host++) batch.push({ name: 'quiet.m', labels: [{ key: 'host', value: `h${host}` }], value: ++value, timestampMs: Date.now() });
    assert.equal((await client.push(batch, sequence)).accepted, batch.length);
    sent.push(...batch);
  };
  await burst(1);
  await sleep(300);
  await burst(2);
  // The shards' coarsest (1 s) windows close, then they go quiet: no more watermarks.
  let last = writeIndices(sluice.shards);
  await waitFor(async () => {
    await sleep(400);
    const now = writeIndices(sluice.shards);
    const still = now.every((w, i) => w === last[i]);
    last = now;
    return still;
  }, 10_000, 'the shards to go quiet');
  // Quiet shards get metrics again, in the window right after the skipped watermarks.
  await burst(3);
  await sleep(150);
  await burst(4);
  await sleep(1500);
  await sluice.close();
  await sse.done;

  assertWindowsAsSent(sent, sse.windows(), 100);
  assert.equal(sse.events.filter((e) => e.event === 'gap').length, 0, 'no gaps');
  const { receivedGap, acceptedGap } = sluice.ledger.balance();
  assert.deepEqual([receivedGap, acceptedGap], [0, 0]);
});
