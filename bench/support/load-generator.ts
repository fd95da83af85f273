/**
 * The load generator of the end-to-end bench, in its own process. It
 * pre-encodes MetricBatch bytes for `series` distinct series (timestamps 0:
 * the server's receive time), then pushes them over `streams` gRPC Streams,
 * either flat out (each stream writes until HTTP/2 flow control pushes back)
 * or at a fixed total `rate` (metrics/s), for `durationMs`, and reports what
 * the acks said. `mode: 'json-http'` sends the same metrics as JSON to the
 * baseline HTTP server instead.
 *   {type:'run', …LoadSpec} → {type:'prepared'}; {type:'go'} → {type:'result', …LoadResult}
 */
import * as grpc from '@grpc/grpc-js';
import http from 'node:http';
import { sluice } from '../../proto/generated/metrics.js';

export interface LoadSpec {
  /** host:port, or several comma-separated (gRPC only). */
  target: string;
  mode: 'grpc' | 'json-http';
  batch: number;
  streams: number;
  series: number;
  durationMs: number;
  /** Metrics per second in total; 0 = as fast as flow control allows. */
  rate: number;
}

export interface LoadResult {
  batchesSent: number;
  batchesAcked: number;
  accepted: number;
  rejected: number;
  errors: number;
  seconds: number;
}

const names = ['http.server.requests', 'http.server.latency_ms', 'process.cpu.usage', 'db.pool.connections', 'queue.depth'];

function metricAt(s: number): sluice.v1.IMetric {
  const n = s % names.length;
  return {
    name: names[n],
    labels: [{ key: 'service', value: `svc-${(s >>> 4) % 100}` }, { key: 'host', value: `host-${s}` }, { key: 'region', value: 'eu-west-1' }],
    value: (s % 1000) / 10,
    timestampMs: 0,
    kind: n === 1 ? 2 : n === 0 ? 1 : 0,
  };
}

/** Batches covering every series once, in rotation (at most 20,000 distinct batches). */
function prepare(spec: LoadSpec): Array<Buffer | string> {
  const count = Math.max(1, Math.min(20_000, Math.ceil(spec.series / spec.batch)));
  const out: Array<Buffer | string> = [];
  let s = 0;
  for (let b = 0; b < count; b++) {
    const metrics: sluice.v1.IMetric[] = [];
    for (let i = 0; i < spec.batch; i++) { metrics.push(metricAt(s)); s = (s + 1) % spec.series; }
    out.push(spec.mode === 'grpc'
      ? Buffer.from(sluice.v1.MetricBatch.encode({ metrics, sequence: b }).finish())
      : JSON.stringify({ metrics: metrics.map((m) => ({ name: m.name, labels: Object.fromEntries(m.labels!.map((l) => [l.key, l.value])), value: m.value, kind: m.kind })) }));
  }
  return out;
}

async function runGrpc(spec: LoadSpec, batches: Buffer[]): Promise<LoadResult> {
  // Several targets (comma-separated): streams go round-robin to them, and
  // every series is sent to every target (one series, partial windows on each).
  const clients = spec.target.split(',').map((target) => new grpc.Client(target, grpc.credentials.createInsecure(), { 'grpc.max_send_message_length': 64 * 1024 * 1024 }));
  const result: LoadResult = { batchesSent: 0, batchesAcked: 0, accepted: 0, rejected: 0, errors: 0, seconds: 0 };
  const started = Date.now();
  const deadline = started + spec.durationMs;
  const perStreamRate = spec.rate / spec.streams;
  let next = 0;
  await Promise.all(Array.from({ length: spec.streams }, async (_, stream) => {
    const call = clients[stream % clients.length]!.makeBidiStreamRequest('/sluice.v1.Ingest/Stream', (b: Buffer) => b, (b: Buffer) => b);
    let sent = 0;
    let acked = 0;
    const done = new Promise<void>((resolve) => {
      call.on('data', (ack: Buffer) => {
        const decoded = sluice.v1.PushAck.decode(ack);
        result.accepted += decoded.accepted;
        result.rejected += decoded.rejected;
        result.batchesAcked++;
        acked++;
      });
      call.on('error', () => { result.errors++; resolve(); });
      call.on('end', resolve);
    });
    const streamStart = Date.now();
    while (Date.now() < deadline) {
      if (perStreamRate > 0) {
        const due = streamStart + ((sent * spec.batch) / perStreamRate) * 1000;
        const wait = due - Date.now();
        if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
      }
      const bytes = batches[next++ % batches.length]!;
      sent++;
      result.batchesSent++;
      if (!call.write(bytes)) await new Promise((resolve) => call.once('drain', resolve));
      // Bound what is in flight without acks, as a real producer's queue would.
      while (sent - acked > 64) await new Promise((resolve) => setImmediate(resolve));
    }
    call.end();
    await done;
  }));
  result.seconds = (Date.now() - started) / 1000;
  for (const client of clients) client.close();
  return result;
}

async function runJson(spec: LoadSpec, bodies: string[]): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: spec.streams });
  const [host, port] = spec.target.split(':');
  const result: LoadResult = { batchesSent: 0, batchesAcked: 0, accepted: 0, rejected: 0, errors: 0, seconds: 0 };
  const started = Date.now();
  const deadline = started + spec.durationMs;
  let next = 0;
  await Promise.all(Array.from({ length: spec.streams }, async () => {
    while (Date.now() < deadline) {
      const body = bodies[next++ % bodies.length]!;
      result.batchesSent++;
      const ack = await new Promise<{ accepted: number; rejected: number } | null>((resolve) => {
        const req = http.request({ host, port: Number(port), method: 'POST', path: '/ingest', agent, headers: { 'content-type': 'application/json' } }, (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (c: string) => { text += c; });
          res.on('end', () => resolve(res.statusCode === 200 ? JSON.parse(text) as { accepted: number; rejected: number } : null));
        });
        req.on('error', () => resolve(null));
        req.end(body);
      });
      if (ack === null) result.errors++;
      else { result.batchesAcked++; result.accepted += ack.accepted; result.rejected += ack.rejected; }
    }
  }));
  result.seconds = (Date.now() - started) / 1000;
  agent.destroy();
  return result;
}

process.on('message', async (message: { type: string } & LoadSpec) => {
  if (message.type !== 'run') return;
  const batches = prepare(message);
  process.send!({ type: 'prepared' });
  await new Promise<void>((resolve) => process.once('message', () => resolve())); // 'go'
  const result = message.mode === 'grpc' ? await runGrpc(message, batches as Buffer[]) : await runJson(message, batches as string[]);
  process.send!({ type: 'result', ...result });
});
process.send!({ type: 'ready' });
