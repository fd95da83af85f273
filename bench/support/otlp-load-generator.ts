/**
 * The OTLP load generator of the OTLP bench, in its own process: the same
 * series as the native generator (load-generator.ts: five names, labels
 * service/host/region, 10,000 series), as OTLP `ExportMetricsServiceRequest`s
 * of `batch` data points, pre-encoded once with the generated code, sent as
 * unary `MetricsService/Export` calls, `inFlight` at a time, flat out for
 * `durationMs`. The counter name becomes a monotonic DELTA sum, the others
 * gauges (time 0: the server's receive time).
 *   {type:'run', …OtlpLoadSpec} → {type:'prepared'}; {type:'go'} → {type:'result', …LoadResult}
 */
import * as grpc from '@grpc/grpc-js';
import { opentelemetry } from '../../proto/generated/otlp-metrics.js';
import type { LoadResult } from './load-generator.js';

const v1 = opentelemetry.proto.collector.metrics.v1;
type IMetric = opentelemetry.proto.collector.metrics.v1.IMetric;
type INumberDataPoint = opentelemetry.proto.collector.metrics.v1.INumberDataPoint;

export interface OtlpLoadSpec {
  target: string;
  /** Data points per request. */
  batch: number;
  series: number;
  durationMs: number;
  /** Export calls in flight at once. */
  inFlight: number;
}

const names = ['http.server.requests', 'http.server.latency_ms', 'process.cpu.usage', 'db.pool.connections', 'queue.depth'];
const kDelta = 1;

function pointAt(s: number): INumberDataPoint {
  return {
    attributes: [
      { key: 'service', value: { stringValue: `svc-${(s >>> 4) % 100}` } },
      { key: 'host', value: { stringValue: `host-${s}` } },
      { key: 'region', value: { stringValue: 'eu-west-1' } },
    ],
    asDouble: (s % 1000) / 10,
    timeUnixNano: 0,
  };
}

/** Requests covering every series once, in rotation, each grouped by metric name. */
export function prepareOtlp(spec: Pick<OtlpLoadSpec, 'batch' | 'series'>): Buffer[] {
  const count = Math.max(1, Math.min(20_000, Math.ceil(spec.series / spec.batch)));
  const out: Buffer[] = [];
  let s = 0;
  for (let r = 0; r < count; r++) {
    const byName: INumberDataPoint[][] = names.map(() => []);
    for (let i = 0; i < spec.batch; i++) { byName[s % names.length]!.push(pointAt(s)); s = (s + 1) % spec.series; }
    const metrics: IMetric[] = names.map((name, n) => (n === 0
      ? { name, sum: { dataPoints: byName[n], aggregationTemporality: kDelta, isMonotonic: true } }
      : { name, gauge: { dataPoints: byName[n] } }));
    const request = { resourceMetrics: [{ resource: { attributes: [{ key: 'service.name', value: { stringValue: 'bench' } }] }, scopeMetrics: [{ scope: { name: 'bench' }, metrics }] }] };
    out.push(Buffer.from(v1.ExportMetricsServiceRequest.encode(request).finish()));
  }
  return out;
}

async function runOtlp(spec: OtlpLoadSpec, requests: Buffer[]): Promise<LoadResult> {
  const client = new grpc.Client(spec.target, grpc.credentials.createInsecure(), { 'grpc.max_send_message_length': 64 * 1024 * 1024 });
  const result: LoadResult = { batchesSent: 0, batchesAcked: 0, accepted: 0, rejected: 0, errors: 0, seconds: 0 };
  const started = Date.now();
  const deadline = started + spec.durationMs;
  let next = 0;
  const exportOnce = (bytes: Buffer): Promise<Buffer | null> => new Promise((resolve) => {
    client.makeUnaryRequest('/opentelemetry.proto.collector.metrics.v1.MetricsService/Export', (b: Buffer) => b, (b: Buffer) => b, bytes,
      (error, answer) => resolve(error ? null : answer ?? Buffer.alloc(0)));
  });
  await Promise.all(Array.from({ length: spec.inFlight }, async () => {
    while (Date.now() < deadline) {
      result.batchesSent++;
      const answer = await exportOnce(requests[next++ % requests.length]!);
      if (answer === null) { result.errors++; continue; }
      result.batchesAcked++;
      const rejected = answer.length === 0 ? 0 : Number(v1.ExportMetricsServiceResponse.decode(answer).partialSuccess?.rejectedDataPoints ?? 0);
      result.accepted += spec.batch - rejected;
      result.rejected += rejected;
    }
  }));
  result.seconds = (Date.now() - started) / 1000;
  client.close();
  return result;
}

if (process.send !== undefined) {
  process.on('message', async (message: { type: string } & OtlpLoadSpec) => {
    if (message.type !== 'run') return;
    const requests = prepareOtlp(message);
    process.send!({ type: 'prepared' });
    await new Promise<void>((resolve) => process.once('message', () => resolve())); // 'go'
    process.send!({ type: 'result', ...(await runOtlp(message, requests)) });
  });
  process.send({ type: 'ready' });
}
