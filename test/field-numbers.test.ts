/**
 * Protobuf field numbers: 0 is not a field (the batch is malformed), 1 to
 * 2^29 - 1 are; unknown ones are skipped whatever their wire type (groups
 * included), in the batch, in a metric and in a label.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as grpc from '@grpc/grpc-js';
import { BatchDecoder } from '../actors/ingest/batch-decoder.js';
import { MessageWriter } from '../engine/message-writer.js';
import { sluice as proto } from '../proto/generated/metrics.js';
import { IngestClient } from './support/ingest-client.js';
import { startTestSluice } from './support/sluice-harness.js';

const { MetricBatch, Metric, Label, PushAck } = proto.v1;
const kMaxField = 2 ** 29 - 1;

function varint(value: number): number[] {
  const out: number[] = [];
  while (value >= 0x80) { out.push((value % 0x80) | 0x80); value = Math.floor(value / 0x80); }
  out.push(value);
  return out;
}

/** One field `field` of wire type `wireType`, with a value of the right shape. */
function unknownField(field: number, wireType: number): number[] {
  const tag = varint(field * 8 + wireType);
  switch (wireType) {
    case 0: return [...tag, 0xff, 0xff, 0xff, 0xff, 0x0f];
    case 1: return [...tag, 1, 2, 3, 4, 5, 6, 7, 8];
    case 2: return [...tag, 3, 0x61, 0x62, 0x63];
    case 3: return [...tag, ...unknownField(7, 0), ...varint(8 * 8 + 3), ...unknownField(9, 2), ...varint(8 * 8 + 4), ...varint(field * 8 + 4)]; // a group, with a nested one
    default: return [...tag, 1, 2, 3, 4];
  }
}
const wireTypes = [0, 1, 2, 3, 5];

/** A batch of one metric `m` (labels `a=b`) with `extra` spliced into the batch, the metric, or the label. */
function batchWith(where: 'batch' | 'metric' | 'label', extra: number[]): Uint8Array {
  const label = [...Label.encode({ key: 'a', value: 'b' }).finish(), ...(where === 'label' ? extra : [])];
  const metric = [
    ...Metric.encode({ name: 'fields.m', value: 2, timestampMs: Date.now() }).finish(),
    0x12, ...varint(label.length), ...label,
    ...(where === 'metric' ? extra : []),
  ];
  return Uint8Array.from([
    ...(where === 'batch' ? extra : []),
    0x0a, ...varint(metric.length), ...metric,
    ...MetricBatch.encode({ sequence: 9 }).finish(),
  ]);
}

const places = ['batch', 'metric', 'label'] as const;

test('decoder: field number 0 is malformed; unknown fields up to 2^29 - 1 of every wire type are skipped', () => {
  const writers = [new MessageWriter(1024)];
  const decoder = new BatchDecoder(writers, 7, { maxMetrics: 100, windowMs: 1000, futureSkewMs: 5000 });
  const decode = (bytes: Uint8Array): string => {
    const status = decoder.decode(bytes, Date.now(), Date.now() - 1500);
    writers[0]!.reset();
    return status;
  };
  for (const where of places) {
    for (const wireType of [0, 1, 2, 5]) {
      assert.equal(decode(batchWith(where, unknownField(0, wireType))), 'malformed', `field 0, wire type ${wireType}, in the ${where}`);
    }
    for (const field of [6, 2 ** 28 - 1, 2 ** 28, kMaxField]) {
      for (const wireType of wireTypes) {
        const status = decode(batchWith(where, unknownField(field, wireType)));
        assert.deepEqual([status, decoder.accepted], ['ok', 1], `field ${field}, wire type ${wireType}, in the ${where}: ${decoder.error}`);
      }
    }
    // Past 2^29 - 1 the tag needs more than 32 bits: malformed, as are wire types 6 and 7 and an unmatched end-group.
    assert.equal(decode(batchWith(where, [0x80, 0x80, 0x80, 0x80, 0x20, 0])), 'malformed');
    assert.equal(decode(batchWith(where, [...varint(6 * 8 + 6), 0])), 'malformed');
    assert.equal(decode(batchWith(where, [...varint(6 * 8 + 4)])), 'malformed');
    assert.equal(decode(batchWith(where, [...varint(6 * 8 + 3), ...varint(7 * 8 + 4)])), 'malformed', 'a group closed by another field number');
  }
  // Groups nested deeper than the bound are malformed, not a stack overflow.
  const deep = [...Array.from({ length: 10_000 }, () => varint(6 * 8 + 3)).flat(), ...Array.from({ length: 10_000 }, () => varint(6 * 8 + 4)).flat()];
  assert.equal(decode(batchWith('metric', deep)), 'malformed');
});

test('server: field number 0 gets INVALID_ARGUMENT; field 2^29 - 1 is skipped and the metric accepted', async () => {
  const sluice = await startTestSluice();
  const client = new IngestClient(sluice.grpcPort);
  for (const where of places) {
    await assert.rejects(client.pushRaw(Buffer.from(batchWith(where, unknownField(0, 0)))),
      (error: grpc.ServiceError) => error.code === grpc.status.INVALID_ARGUMENT && /field number 0/.test(error.details));
    for (const wireType of wireTypes) {
      const ack = PushAck.decode(await client.pushRaw(Buffer.from(batchWith(where, unknownField(kMaxField, wireType)))));
      assert.deepEqual([Number(ack.sequence), ack.accepted, ack.rejected], [9, 1, 0], `wire type ${wireType} in the ${where}`);
    }
  }
  assert.equal(sluice.ledger.batchesRefused.get('malformed'), 3);
  await sluice.close();
  const { receivedGap, acceptedGap } = sluice.ledger.balance();
  assert.deepEqual([receivedGap, acceptedGap], [0, 0]);
});
