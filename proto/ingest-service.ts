/**
 * The `sluice.v1.Ingest` service for grpc-js, written out so that the server
 * receives each MetricBatch as the raw bytes off the wire (the ingest actor
 * reads them in place) and sends PushAcks it has already encoded. The method
 * paths must match metrics.proto; test/proto-contract.test.ts checks them
 * against the .proto file.
 */
import type { ServiceDefinition } from '@grpc/grpc-js';

const passThrough = (bytes: Buffer): Buffer => bytes;

export const ingestServiceDefinition = {
  push: {
    path: '/sluice.v1.Ingest/Push',
    requestStream: false,
    responseStream: false,
    requestSerialize: passThrough,
    requestDeserialize: passThrough,
    responseSerialize: passThrough,
    responseDeserialize: passThrough,
  },
  stream: {
    path: '/sluice.v1.Ingest/Stream',
    requestStream: true,
    responseStream: true,
    requestSerialize: passThrough,
    requestDeserialize: passThrough,
    responseSerialize: passThrough,
    responseDeserialize: passThrough,
  },
} satisfies ServiceDefinition;

export const protoFile = new URL('../../proto/metrics.proto', import.meta.url);
