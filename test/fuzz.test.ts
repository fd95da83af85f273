import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as grpc from '@grpc/grpc-js';
import { BatchDecoder } from '../actors/ingest/batch-decoder.js';
import { MessageWriter } from '../engine/message-writer.js';
import { sluice } from '../proto/generated/metrics.js';
import { seededRandom } from './support/seeded-random.js';
import { startTestSluice } from './support/sluice-harness.js';

const { MetricBatch, PushAck } = sluice.v1;

/** A valid batch of 1–8 metrics, some with labels, all timestamped "now". */
function validBatch(random: () => number): Uint8Array {
  const metrics = Array.from({ length: 1 + Math.floor(random() * 8) }, (_, i) => ({
    name: `fuzz.m${Math.floor(random() * 5)}`,
    labels: Array.from({ length: Math.floor(random() * 3) }, (_, j) => ({ key: `k${j}`, value: `v${Math.floor(random() * 4)}` })),
    value: Math.floor(random() * 100),
    timestampMs: 0,
    kind: Math.floor(random() * 3),
  }));
  // kind must be stable per name for the metrics to be accepted; keep it so.
  for (const m of metrics) m.kind = Number(m.name.at(-1)) % 3;
  return MetricBatch.encode({ metrics, sequence: Math.floor(random() * 1e6) }).finish();
}

/** One random corruption: truncation, flipped bytes, bad lengths, wrong wire types, splices. */
function mutate(bytes: Uint8Array, random: () => number): Uint8Array {
  const out = Uint8Array.from(bytes);
  const at = () => Math.floor(random() * out.length);
  switch (Math.floor(random() * 6)) {
    case 0: return out.subarray(0, at());                                   // truncated
    case 1: { for (let n = 1 + Math.floor(random() * 4); n > 0; n--) out[at()] ^= 1 << Math.floor(random() * 8); return out; } // bit flips
    case 2: { out[at()] = Math.floor(random() * 256); return out; }        // a random byte (often a length)
    case 3: { const i = at(); out[i] = (out[i]! & ~7) | Math.floor(random() * 8); return out; } // wire type changed
    case 4: { const i = at(); return Uint8Array.from([...out.subarray(0, i), 0xff, 0xff, 0xff, 0xff, 0x0f, ...out.subarray(i)]); } // huge varint inserted
    default: { const i = at(); const j = at(); return Uint8Array.from([...out.subarray(0, i), ...out.subarray(j)]); } // spliced
  }
}

test('decoder: 300,000 seeded mutations never throw, never read past the buffer, never leave records staged', () => {
  const random = seededRandom(1);
  const writers = [new MessageWriter(1024), new MessageWriter(1024)];
  const decoder = new BatchDecoder(writers, 7, { maxMetrics: 10_000, windowMs: 1000, futureSkewMs: 5000 });
  const outcomes = { ok: 0, malformed: 0, too_many_metrics: 0 };
  for (let n = 0; n < 300_000; n++) {
    const bytes = mutate(validBatch(random), random);
    // A view into a larger buffer: reading past its end would see 0xEE bytes.
    const host = new Uint8Array(bytes.length + 64).fill(0xee);
    host.set(bytes, 32);
    const status = decoder.decode(host.subarray(32, 32 + bytes.length), Date.now(), Date.now() - 1500);
    outcomes[status]++;
    if (status !== 'ok') {
      assert.equal(writers[0]!.length + writers[1]!.length, 0, 'a refused batch left records staged');
    } else {
      const records = writers[0]!.records + writers[1]!.records;
      assert.equal(records, decoder.accepted);
      assert.equal(decoder.accepted + decoder.rejected, decoder.metrics);
    }
    for (const w of writers) w.reset();
  }
  assert.ok(outcomes.ok > 30_000 && outcomes.malformed > 30_000, JSON.stringify(outcomes));
});

test('server: 100,000 seeded malformed batches over gRPC are each answered; it keeps serving; the ledger balances', async () => {
  const sluice = await startTestSluice();
  const random = seededRandom(2);
  const client = new grpc.Client(`127.0.0.1:${sluice.grpcPort}`, grpc.credentials.createInsecure());
  const push = (bytes: Uint8Array): Promise<{ code: number; ack?: ReturnType<typeof PushAck.decode> }> => new Promise((resolve) => {
    client.makeUnaryRequest('/sluice.v1.Ingest/Push', (b: Buffer) => b, (b: Buffer) => b, Buffer.from(bytes), (error, response) => {
      if (error) resolve({ code: error.code });
      else resolve({ code: 0, ack: PushAck.decode(response!) });
    });
  });
  const total = 100_000;
  const codes = new Map<number, number>();
  let acked = 0;
  let ackedMetrics = 0;
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < total) {
      next++;
      const bytes = random() < 0.9 ? mutate(validBatch(random), random) : validBatch(random);
      const { code, ack } = await push(bytes);
      codes.set(code, (codes.get(code) ?? 0) + 1);
      if (ack) {
        acked += ack.accepted;
        ackedMetrics += ack.accepted + ack.rejected;
      }
    }
  };
  await Promise.all(Array.from({ length: 64 }, worker));
  const answered = [...codes.values()].reduce((a, b) => a + b, 0);
  assert.equal(answered, total);
  assert.deepEqual([...codes.keys()].sort(), [grpc.status.OK, grpc.status.INVALID_ARGUMENT].sort(), `status codes: ${JSON.stringify([...codes])}`);

  // Still serving: a clean batch is fully accepted.
  const clean = MetricBatch.encode({ metrics: [{ name: 'fuzz.after', value: 1 }], sequence: 1 }).finish();
  const after = await push(clean);
  assert.equal(after.ack?.accepted, 1);
  client.close();

  await sluice.close();
  const ledger = sluice.ledger;
  assert.equal(ledger.received, ackedMetrics + 1, 'every metric of an answered batch is counted once');
  assert.equal(ledger.accepted, acked + 1);
  assert.deepEqual(ledger.balance(), { receivedGap: 0, acceptedGap: 0 });
  assert.equal(ledger.aggregated(), acked + 1, 'no partial record reached a ring: the shards aggregated exactly what was acked');
  assert.equal(ledger.batchesRefused.get('malformed'), codes.get(grpc.status.INVALID_ARGUMENT));
});
