import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import protobuf from 'protobufjs';
import { fileURLToPath } from 'node:url';
import { ingestServiceDefinition } from '../proto/ingest-service.js';
import { encodePushAck } from '../actors/ingest/ack-encoder.js';
import { sluice } from '../proto/generated/metrics.js';

const protoPath = fileURLToPath(new URL('../../proto/metrics.proto', import.meta.url));

test('the hand-written gRPC service matches metrics.proto', () => {
  const root = protobuf.loadSync(protoPath);
  const service = root.lookupService('sluice.v1.Ingest');
  const methods = Object.values(service.methods).map((m) => ({
    path: `/sluice.v1.Ingest/${m.name}`, requestStream: Boolean(m.requestStream), responseStream: Boolean(m.responseStream),
  }));
  const ours = Object.values(ingestServiceDefinition).map((m) => ({ path: m.path, requestStream: m.requestStream, responseStream: m.responseStream }));
  assert.deepEqual(ours.sort((a, b) => a.path.localeCompare(b.path)), methods.sort((a, b) => a.path.localeCompare(b.path)));
});

test('the wire contract keeps its field numbers', () => {
  const root = protobuf.loadSync(protoPath);
  const fields = (type: string) => Object.fromEntries(Object.values(root.lookupType(type).fields).map((f) => [f.name, [f.id, f.type, f.repeated]]));
  assert.deepEqual(fields('sluice.v1.Metric'), { name: [1, 'string', false], labels: [2, 'Label', true], value: [3, 'double', false], timestampMs: [4, 'int64', false], kind: [5, 'MetricKind', false] });
  assert.deepEqual(fields('sluice.v1.MetricBatch'), { metrics: [1, 'Metric', true], sequence: [2, 'uint64', false], producerId: [3, 'string', false] });
  assert.deepEqual(fields('sluice.v1.PushAck'), { sequence: [1, 'uint64', false], accepted: [2, 'uint32', false], rejected: [3, 'uint32', false], rejections: [4, 'Rejection', true] });
  assert.deepEqual(fields('sluice.v1.Rejection'), { index: [1, 'uint32', false], reason: [2, 'string', false] });
  assert.deepEqual({ ...root.lookupEnum('sluice.v1.MetricKind').values }, { GAUGE: 0, COUNTER: 1, HISTOGRAM: 2 });
  assert.match(readFileSync(protoPath, 'utf8'), /syntax = "proto3";\s+package sluice\.v1;/);
});

test('the hand-encoded PushAck decodes with protobufjs, uint64 sequence exact', () => {
  const sequenceVarint = sluice.v1.MetricBatch.encode({ sequence: 2 ** 53 + 2 } as never).finish().subarray(1);
  const bytes = encodePushAck({ sequence: sequenceVarint, accepted: 300, rejected: 2, rejectionIndex: [0, 7], rejectionReason: ['late', 'invalid_name: empty name'] });
  const root = protobuf.loadSync(protoPath);
  const ack = root.lookupType('sluice.v1.PushAck').decode(bytes).toJSON();
  assert.deepEqual(ack, { sequence: String(2 ** 53 + 2), accepted: 300, rejected: 2, rejections: [{ reason: 'late' }, { index: 7, reason: 'invalid_name: empty name' }] });
});
