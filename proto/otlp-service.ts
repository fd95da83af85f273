/**
 * OpenTelemetry's `opentelemetry.proto.collector.metrics.v1.MetricsService`
 * for grpc-js, written out like proto/ingest-service.ts: the handler gets the
 * request's raw bytes and sends an answer it encoded itself. The path must
 * match proto/otlp-metrics.proto (test/proto-contract.test.ts checks it).
 */
import type { ServiceDefinition } from '@grpc/grpc-js';

const passThrough = (bytes: Buffer): Buffer => bytes;

export const otlpMetricsServiceDefinition = {
  export: {
    path: '/opentelemetry.proto.collector.metrics.v1.MetricsService/Export',
    requestStream: false,
    responseStream: false,
    requestSerialize: passThrough,
    requestDeserialize: passThrough,
    responseSerialize: passThrough,
    responseDeserialize: passThrough,
  },
} satisfies ServiceDefinition;

export const otlpProtoFile = new URL('../../proto/otlp-metrics.proto', import.meta.url);
