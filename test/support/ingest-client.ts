/**
 * A gRPC client for tests, built from proto/metrics.proto by
 * @grpc/proto-loader: it is independent of the server's hand-written
 * service definition, so using it checks that the two agree.
 */
import * as grpc from '@grpc/grpc-js';
import * as loader from '@grpc/proto-loader';
import { fileURLToPath } from 'node:url';
import { after } from 'node:test';

export interface TestMetric {
  name: string;
  labels?: Array<{ key: string; value: string }>;
  value: number;
  timestampMs?: number;
  kind?: number;
}

export interface TestAck {
  sequence: number;
  accepted: number;
  rejected: number;
  rejections: Array<{ index: number; reason: string }>;
}

const protoPath = fileURLToPath(new URL('../../../proto/metrics.proto', import.meta.url));
const definition = loader.loadSync(protoPath, { longs: Number, enums: Number, defaults: true });
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const Ingest = (grpc.loadPackageDefinition(definition) as any).sluice.v1.Ingest as grpc.ServiceClientConstructor;

export class IngestClient {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly raw: any;
  constructor(port: number, options: grpc.ChannelOptions = {}) {
    this.raw = new Ingest(`127.0.0.1:${port}`, grpc.credentials.createInsecure(), options);
    after(() => this.raw.close());
  }

  push(metrics: TestMetric[], sequence = 0, metadata = new grpc.Metadata(), deadlineMs?: number): Promise<TestAck> {
    const options = deadlineMs === undefined ? {} : { deadline: Date.now() + deadlineMs };
    return new Promise((resolve, reject) => {
      this.raw.Push({ metrics, sequence }, metadata, options, (error: grpc.ServiceError | null, ack: TestAck) => (error ? reject(error) : resolve(ack)));
    });
  }

  /** Sends batches on one Stream, resolves with the acks in order once it ends. */
  stream(batches: TestMetric[][], firstSequence = 1, metadata = new grpc.Metadata()): Promise<TestAck[]> {
    return new Promise((resolve, reject) => {
      const acks: TestAck[] = [];
      const call = this.raw.Stream(metadata);
      call.on('data', (ack: TestAck) => acks.push(ack));
      call.on('error', reject);
      call.on('end', () => resolve(acks));
      batches.forEach((metrics, i) => call.write({ metrics, sequence: firstSequence + i }));
      call.end();
    });
  }

  /** Sends raw bytes as a MetricBatch (for malformed input). */
  pushRaw(bytes: Buffer): Promise<Buffer> {
    const client = new grpc.Client(this.raw.getChannel().getTarget(), grpc.credentials.createInsecure());
    return new Promise((resolve, reject) => {
      client.makeUnaryRequest('/sluice.v1.Ingest/Push', (b: Buffer) => b, (b: Buffer) => b, bytes, (error, response) => {
        client.close();
        if (error) reject(error); else resolve(response!);
      });
    });
  }
}
