/**
 * The OTLP bench's baseline server, in its own process: a plain grpc-js
 * server of `MetricsService/Export` that decodes each request with the
 * generated code (protobufjs static module, proto/generated/) to count its
 * data points, answers an empty response, and does nothing else (no labels,
 * no series keys, no rings, no aggregation). What OTLP over grpc-js costs
 * before Sluice does any of its own work.
 * Answers {type:'stats'} like server-process.ts.
 */
import * as grpc from '@grpc/grpc-js';
import { opentelemetry } from '../../proto/generated/otlp-metrics.js';
import { otlpMetricsServiceDefinition } from '../../proto/otlp-service.js';

const v1 = opentelemetry.proto.collector.metrics.v1;
const empty = Buffer.alloc(0);
let points = 0;

const server = new grpc.Server({ 'grpc.max_receive_message_length': 64 * 1024 * 1024 });
server.addService(otlpMetricsServiceDefinition, {
  export: (call: grpc.ServerUnaryCall<Buffer, Buffer>, callback: grpc.sendUnaryData<Buffer>) => {
    let request: opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
    try {
      request = v1.ExportMetricsServiceRequest.decode(call.request);
    } catch (error) {
      return callback({ code: grpc.status.INVALID_ARGUMENT, details: (error as Error).message });
    }
    for (const resource of request.resourceMetrics) {
      for (const scope of resource.scopeMetrics ?? []) {
        for (const metric of scope.metrics ?? []) points += (metric.gauge ?? metric.sum)?.dataPoints?.length ?? 0;
      }
    }
    callback(null, empty);
  },
});
const port = await new Promise<number>((resolve, reject) => server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (e, p) => (e ? reject(e) : resolve(p))));
const stats = (): object => ({ received: points, accepted: points, aggregated: points, lost: 0, rejected: 0, series: 0 });

process.on('message', (message: { type: string }) => {
  if (message.type === 'stats') {
    const cpu = process.cpuUsage();
    process.send!({ type: 'stats', cpuSeconds: (cpu.user + cpu.system) / 1e6, rss: process.memoryUsage().rss, ...stats() });
  } else if (message.type === 'stop') {
    server.forceShutdown();
    process.send!({ type: 'stopped', ...stats() });
  }
});
process.send!({ type: 'ready', ports: { grpc: port, http: 0 } });
