import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as grpc from '@grpc/grpc-js';
import { fileURLToPath } from 'node:url';
import protobuf from 'protobufjs';
import { opentelemetry } from '../proto/generated/otlp-metrics.js';
import { otlpMetricsServiceDefinition } from '../proto/otlp-service.js';
import { startTestSluice } from './support/sluice-harness.js';

const v1 = opentelemetry.proto.collector.metrics.v1;
const protoPath = fileURLToPath(new URL('../../proto/otlp-metrics.proto', import.meta.url));
const OtlpClient = grpc.makeGenericClientConstructor(otlpMetricsServiceDefinition, 'MetricsService');

function exportRaw(port: number, bytes: Uint8Array, metadata = new grpc.Metadata()): Promise<{ error: grpc.ServiceError | null; response: Buffer | null }> {
  const client = new OtlpClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure()) as unknown as {
    export(request: Buffer, metadata: grpc.Metadata, callback: (error: grpc.ServiceError | null, response: Buffer) => void): void; close(): void;
  };
  return new Promise((resolve) => {
    client.export(Buffer.from(bytes), metadata, (error, response) => {
      client.close();
      resolve({ error, response: response ?? null });
    });
  });
}

const now = (): number => Date.now() * 1e6;
const str = (value: string) => ({ stringValue: value });
const gaugePoint = (value: number, attributes: Array<{ key: string; value: { stringValue: string } }> = []) =>
  ({ asDouble: value, timeUnixNano: now(), attributes });

function request(metrics: object[]): Uint8Array {
  return v1.ExportMetricsServiceRequest.encode(v1.ExportMetricsServiceRequest.fromObject({
    resourceMetrics: [{ resource: { attributes: [{ key: 'service.name', value: str('bad-input') }] }, scopeMetrics: [{ scope: { name: 's' }, metrics }] }],
  })).finish();
}

test('the hand-written OTLP service and messages match the OTLP specification\'s numbers', () => {
  const root = protobuf.loadSync(protoPath);
  const service = root.lookupService('opentelemetry.proto.collector.metrics.v1.MetricsService');
  assert.deepEqual(Object.keys(service.methods), ['Export']);
  assert.equal(otlpMetricsServiceDefinition.export.path, '/opentelemetry.proto.collector.metrics.v1.MetricsService/Export');
  const fields = (type: string) => Object.fromEntries(Object.values(root.lookupType(`opentelemetry.proto.collector.metrics.v1.${type}`).fields).map((f) => [f.name, [f.id, f.type]]));
  assert.deepEqual(fields('ExportMetricsPartialSuccess'), { rejectedDataPoints: [1, 'int64'], errorMessage: [2, 'string'] });
  assert.deepEqual(fields('Metric'), { name: [1, 'string'], gauge: [5, 'Gauge'], sum: [7, 'Sum'], histogram: [9, 'Histogram'], exponentialHistogram: [10, 'ExponentialHistogram'], summary: [11, 'Summary'] });
  assert.deepEqual(fields('NumberDataPoint'), { attributes: [7, 'KeyValue'], startTimeUnixNano: [2, 'fixed64'], timeUnixNano: [3, 'fixed64'], asDouble: [4, 'double'], asInt: [6, 'sfixed64'], flags: [8, 'uint32'] });
  assert.deepEqual(fields('HistogramDataPoint'), { attributes: [9, 'KeyValue'], startTimeUnixNano: [2, 'fixed64'], timeUnixNano: [3, 'fixed64'], count: [4, 'fixed64'], sum: [5, 'double'], bucketCounts: [6, 'fixed64'], explicitBounds: [7, 'double'], flags: [10, 'uint32'], min: [11, 'double'], max: [12, 'double'] });
  assert.deepEqual(fields('ExponentialHistogramDataPoint'), { attributes: [1, 'KeyValue'], startTimeUnixNano: [2, 'fixed64'], timeUnixNano: [3, 'fixed64'], count: [4, 'fixed64'], sum: [5, 'double'], scale: [6, 'sint32'], zeroCount: [7, 'fixed64'], positive: [8, 'Buckets'], negative: [9, 'Buckets'], flags: [10, 'uint32'], min: [12, 'double'], max: [13, 'double'], zeroThreshold: [14, 'double'] });
  assert.deepEqual(fields('Sum'), { dataPoints: [1, 'NumberDataPoint'], aggregationTemporality: [2, 'AggregationTemporality'], isMonotonic: [3, 'bool'] });
  assert.deepEqual(fields('ResourceMetrics'), { resource: [1, 'Resource'], scopeMetrics: [2, 'ScopeMetrics'] });
  assert.deepEqual(fields('ScopeMetrics'), { scope: [1, 'InstrumentationScope'], metrics: [2, 'Metric'] });
  assert.deepEqual(fields('KeyValue'), { key: [1, 'string'], value: [2, 'AnyValue'] });
});

test('bad OTLP points are rejected one by one, with reasons; the server keeps serving', async () => {
  const sluice = await startTestSluice();
  const thousand = Array.from({ length: 1000 }, (_, i) => ({ key: `k${i}`, value: str('v') }));
  const bytes = request([
    { name: 'bad.unknown_type' },                                                       // no data at all
    { name: 'bad.empty', gauge: { dataPoints: [] } },                                   // no data points
    { name: 'bad.nan', gauge: { dataPoints: [gaugePoint(Number.NaN)] } },
    { name: '///', gauge: { dataPoints: [gaugePoint(1)] } },                            // maps to nothing
    { name: 'bad.attributes', gauge: { dataPoints: [gaugePoint(1, thousand)] } },
    { name: 'bad.no_value', gauge: { dataPoints: [{ timeUnixNano: now() }] } },
    { name: 'bad.negative', sum: { isMonotonic: true, aggregationTemporality: 1, dataPoints: [gaugePoint(-3)] } },
    { name: 'bad.histogram', histogram: { aggregationTemporality: 1, dataPoints: [{ timeUnixNano: now(), count: 3, sum: 6, bucketCounts: [1, 1], explicitBounds: [1] }] } },
    { name: 'good/one', gauge: { dataPoints: [gaugePoint(42, [{ key: 'a-b/c', value: str('x') }])] } },
  ]);
  const { error, response } = await exportRaw(sluice.grpcPort, bytes);
  assert.equal(error, null);
  const answer = v1.ExportMetricsServiceResponse.decode(response!);
  assert.equal(Number(answer.partialSuccess?.rejectedDataPoints), 8);
  const message = answer.partialSuccess?.errorMessage ?? '';
  assert.match(message, /^8 of 9 data points rejected: invalid_value: unknown or missing metric data \(metric "bad.unknown_type"\); invalid_value: metric has no data points/);
  assert.match(message, /and 3 more$/);
  assert.deepEqual(Object.fromEntries(sluice.ledger.rejected), { invalid_value: 6, invalid_name: 1, too_many_labels: 1 });
  assert.equal(sluice.ledger.accepted, 1);
  assert.equal(sluice.admission.seriesOf('good_one'), 1, 'the good point went in, its name and label key mapped');

  // Not protobuf: refused whole, INVALID_ARGUMENT; the next request is served.
  const garbage = await exportRaw(sluice.grpcPort, Buffer.from([0x0a, 0xff, 0xff, 0xff, 0x0f, 0x01]));
  assert.equal(garbage.error?.code, grpc.status.INVALID_ARGUMENT);
  assert.match(garbage.error?.details ?? '', /malformed ExportMetricsServiceRequest/);
  const again = await exportRaw(sluice.grpcPort, request([{ name: 'good.two', gauge: { dataPoints: [gaugePoint(1)] } }]));
  assert.equal(again.error, null);
  assert.equal(again.response!.length, 0, 'all taken: no partial_success');
  assert.deepEqual(sluice.ledger.balance().receivedGap, 0);
});

test('OTLP needs the producer token like Push, and a request over the point limit is INVALID_ARGUMENT, not RESOURCE_EXHAUSTED', async () => {
  const sluice = await startTestSluice(['--producer-tokens', 'secret', '--max-batch-metrics', '2']);
  const bytes = request([{ name: 'x', gauge: { dataPoints: [gaugePoint(1), gaugePoint(2), gaugePoint(3)] } }]);
  const anonymous = await exportRaw(sluice.grpcPort, bytes);
  assert.equal(anonymous.error?.code, grpc.status.UNAUTHENTICATED);
  const metadata = new grpc.Metadata();
  metadata.set('authorization', 'Bearer secret');
  const tooMany = await exportRaw(sluice.grpcPort, bytes, metadata);
  assert.equal(tooMany.error?.code, grpc.status.INVALID_ARGUMENT);
  assert.match(tooMany.error?.details ?? '', /more than 2 data points/);
  const ok = await exportRaw(sluice.grpcPort, request([{ name: 'x', gauge: { dataPoints: [gaugePoint(1)] } }]), metadata);
  assert.equal(ok.error, null);
  assert.equal(sluice.ledger.accepted, 1);
});
