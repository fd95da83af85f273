import assert from 'node:assert/strict';
import { test } from 'node:test';
import { IngestClient, type TestAck, type TestMetric } from './support/ingest-client.js';
import { startTestSluice, waitFor } from './support/sluice-harness.js';

const batch = (n: number, tag: number): TestMetric[] =>
  Array.from({ length: n }, (_, i) => ({ name: `sup.m${i % 5}`, labels: [{ key: 's', value: String((i + tag) % 200) }], value: 2, timestampMs: 0 }));

async function streamFor(client: IngestClient, ms: number, onAck: (ack: TestAck) => void): Promise<number> {
  const call = client.raw.Stream();
  const done = new Promise<void>((resolve, reject) => { call.on('end', resolve); call.on('error', reject); });
  call.on('data', onAck);
  let sent = 0;
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    sent++;
    if (!call.write({ metrics: batch(200, sent), sequence: sent })) await new Promise((resolve) => call.once('drain', resolve));
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  call.end();
  await done;
  return sent;
}

for (const fault of ['throw', 'exit'] as const) {
  test(`a shard actor that ${fault === 'throw' ? 'throws' : 'kills its worker'} mid-stream is restarted; the others keep aggregating; the loss is counted`, async () => {
    const sluice = await startTestSluice();
    const client = new IngestClient(sluice.grpcPort);
    let acked = 0;
    let ackedBatches = 0;
    const streaming = streamFor(client, 3000, (ack) => { acked += ack.accepted; ackedBatches++; });

    await new Promise((resolve) => setTimeout(resolve, 800));
    const victim = sluice.shards[0]!;
    const other = sluice.broadcaster.aggregatedByShard;
    victim.injectFault(fault);
    await waitFor(() => victim.restarts === 1, 10_000, 'the restart');
    const otherAtRestart = other[1]!;
    const victimAtRestart = other[0]!;
    const sent = await streaming;
    assert.equal(ackedBatches, sent, 'the producer kept being served: every batch acked');

    await sluice.close();
    assert.ok(other[1]! > otherAtRestart, 'the other shard kept aggregating');
    assert.ok(other[0]! > victimAtRestart, 'the restarted shard aggregates again');
    const ledger = sluice.ledger;
    assert.equal(ledger.actorRestarts.get('shard-0'), 1);
    const lost = ledger.lost.get('actor_crash') ?? 0;
    assert.ok(lost > 0, 'what the crashed shard held in open windows is counted as lost');
    assert.equal(ledger.accepted, acked);
    assert.equal(ledger.aggregated() + lost, acked, 'accepted = aggregated + lost, exactly');
    assert.deepEqual(ledger.balance(), { receivedGap: 0, acceptedGap: 0 });
    const text = await sluice.metricsText();
    assert.match(text, /sluice_actor_restarts_total\{actor="shard-0"\} 1/);
    assert.match(text, new RegExp(`sluice_metrics_lost_total\\{reason="actor_crash"\\} ${lost}`));
  });
}
