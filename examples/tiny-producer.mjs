// A tiny producer: pushes one batch of metrics to Sluice over gRPC.
//   node examples/tiny-producer.mjs [host:port]
import * as grpc from '@grpc/grpc-js';
import * as loader from '@grpc/proto-loader';

const target = process.argv[2] ?? '127.0.0.1:50051';
const definition = loader.loadSync(new URL('../proto/metrics.proto', import.meta.url).pathname, { longs: Number, enums: Number });
const { Ingest } = grpc.loadPackageDefinition(definition).sluice.v1;
const client = new Ingest(target, grpc.credentials.createInsecure());

const metrics = [];
for (const host of ['web-1', 'web-2']) {
  metrics.push({ name: 'http.requests', labels: [{ key: 'host', value: host }], value: 1 + Math.floor(Math.random() * 10), kind: 1 /* COUNTER */ });
  metrics.push({ name: 'cpu.usage', labels: [{ key: 'host', value: host }], value: Math.random() * 100, kind: 0 /* GAUGE */ });
  metrics.push({ name: 'http.latency_ms', labels: [{ key: 'host', value: host }], value: 5 + Math.random() * 50, kind: 2 /* HISTOGRAM */ });
}
client.Push({ metrics, sequence: 1, producerId: 'tiny-producer' }, (error, ack) => {
  if (error) { console.error(`push failed: ${error.message}`); process.exit(1); }
  console.log(JSON.stringify(ack));
  client.close();
});
