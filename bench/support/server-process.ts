/**
 * A server under test, in its own process (forked by the end-to-end bench):
 *   sluice <flags…>     the real Sluice (startSluice, the composition root)
 *   single-thread       baseline: the same in-place decoder and aggregator,
 *                       on the gRPC thread, no rings, no workers
 *   json-http           baseline: JSON over HTTP/1.1, JSON.parse, a key string
 *                       and a Map per window, single-threaded
 *   grpc-ack            floor: grpc-js alone, answering every message with one
 *                       fixed ack (no decode, no windows): what a gRPC call
 *                       costs before Sluice does anything (the idle bench)
 *   timer-floor         floor: Node woken every 50 ms by a timer, nothing else
 *                       (what 20 wake-ups a second cost the runtime here)
 *   echo-floor          floor: node:net echoing whatever it is sent (no gRPC,
 *                       no HTTP/2): the idle bench sends it the trickle's rate
 * Answers {type:'stats'} with CPU seconds (all threads), RSS and its ledger.
 */
import * as grpc from '@grpc/grpc-js';
import http from 'node:http';
import net from 'node:net';
import { BatchDecoder } from '../../actors/ingest/batch-decoder.js';
import { encodePushAck } from '../../actors/ingest/ack-encoder.js';
import { SeriesAdmission } from '../../actors/ingest/series-admission.js';
import { ShardAggregator } from '../../actors/shard/shard-aggregator.js';
import { loadConfig } from '../../config/config.js';
import { MessageWriter } from '../../engine/message-writer.js';
import { ingestServiceDefinition } from '../../proto/ingest-service.js';
import { startSluice } from '../../server.js';
import { createLogger } from '../../telemetry/log.js';
import { kOutWindow, recordType, windowCount, windowResolution } from '../../wire/window-records.js';
import { writeWatermark } from '../../wire/mailbox-records.js';

export interface ServerStats {
  cpuSeconds: number;
  rss: number;
  received: number;
  accepted: number;
  aggregated: number;
  lost: number;
  rejected: number;
  series: number;
}

const [kind, ...flags] = process.argv.slice(2);
let stats: () => Omit<ServerStats, 'cpuSeconds' | 'rss'>;
let ports: { grpc: number; http: number };
let stop: () => Promise<void>;

if (kind === 'sluice') {
  const config = loadConfig(['--grpc-port', '0', '--http-port', '0', '--log-level', 'warn', ...flags], {});
  const s = await startSluice(config, createLogger('warn'));
  ports = { grpc: config.role === 'gateway' ? 0 : s.grpcPort, http: s.httpPort };
  stats = () => {
    let rejected = 0;
    for (const n of s.ledger.rejected.values()) rejected += n;
    let lost = 0;
    for (const n of s.ledger.lost.values()) lost += n;
    return { received: s.ledger.received, accepted: s.ledger.accepted, aggregated: s.ledger.aggregated(), lost, rejected, series: s.admission.size };
  };
  stop = () => s.close();
} else if (kind === 'single-thread') {
  const windowMs = 1000;
  const out = new MessageWriter(1 << 20);
  const aggregator = new ShardAggregator({ shard: 0, resolutions: [1000, 10_000, 60_000] }, out);
  const writer = new MessageWriter(1 << 20);
  const admission = new SeriesAdmission({ maxSeriesPerMetric: 1e7, maxSeries: 1e7, maxMetricNames: 1e5, windowMs, idleWindows: 120, seed: 1 }, 1);
  const decoder = new BatchDecoder([writer], 1, { maxMetrics: 100_000, windowMs, futureSkewMs: 5000 }, admission);
  let received = 0, accepted = 0, aggregated = 0, rejected = 0;
  let watermark = Date.now() - 500;
  // Closed windows are only counted here (the bench is about ingest + aggregation).
  const drainOut = (): void => {
    const view = out.view;
    for (let pos = 0; pos < out.length; pos += view.getUint32(pos, true)) {
      if (recordType(out.bytes, pos) === kOutWindow && windowResolution(view, pos) === windowMs) aggregated += windowCount(view, pos);
    }
    out.reset();
  };
  out.spill = drainOut;
  const handle = (bytes: Buffer): Buffer | null => {
    if (decoder.decode(bytes, Date.now(), watermark) !== 'ok') return null;
    received += decoder.metrics; accepted += decoder.accepted; rejected += decoder.rejected;
    aggregator.receive(writer.bytes.subarray(0, writer.length));
    writer.reset();
    drainOut();
    return encodePushAck({ sequence: bytes.subarray(decoder.sequenceStart, decoder.sequenceEnd), accepted: decoder.accepted, rejected: decoder.rejected, rejectionIndex: [], rejectionReason: [] });
  };
  const tick = setInterval(() => {
    watermark = Date.now() - 500;
    writeWatermark(writer, watermark);
    aggregator.receive(writer.bytes.subarray(0, writer.length));
    writer.reset();
    drainOut();
  }, 100);
  const server = new grpc.Server({ 'grpc.max_receive_message_length': 64 * 1024 * 1024 });
  server.addService(ingestServiceDefinition, {
    push: (call: grpc.ServerUnaryCall<Buffer, Buffer>, callback: grpc.sendUnaryData<Buffer>) => {
      const ack = handle(call.request);
      callback(ack === null ? { code: grpc.status.INVALID_ARGUMENT } : null, ack ?? undefined);
    },
    stream: (call: grpc.ServerDuplexStream<Buffer, Buffer>) => {
      call.on('data', (bytes: Buffer) => { const ack = handle(bytes); if (ack !== null) call.write(ack); });
      call.on('end', () => call.end());
    },
  });
  const port = await new Promise<number>((resolve, reject) => server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (e, p) => (e ? reject(e) : resolve(p))));
  ports = { grpc: port, http: 0 };
  stats = () => ({ received, accepted, aggregated, lost: 0, rejected, series: aggregator.series.size });
  stop = async () => {
    clearInterval(tick);
    writeWatermark(writer, Number.POSITIVE_INFINITY);
    aggregator.receive(writer.bytes.subarray(0, writer.length));
    drainOut();
    server.forceShutdown();
  };
} else if (kind === 'grpc-ack') {
  let received = 0;
  const ack = encodePushAck({ sequence: Buffer.alloc(0), accepted: 0, rejected: 0, rejectionIndex: [], rejectionReason: [] });
  const server = new grpc.Server({ 'grpc.max_receive_message_length': 64 * 1024 * 1024 });
  server.addService(ingestServiceDefinition, {
    push: (_call: grpc.ServerUnaryCall<Buffer, Buffer>, callback: grpc.sendUnaryData<Buffer>) => { received++; callback(null, ack); },
    stream: (call: grpc.ServerDuplexStream<Buffer, Buffer>) => {
      call.on('data', () => { received++; call.write(ack); });
      call.on('end', () => call.end());
    },
  });
  const port = await new Promise<number>((resolve, reject) => server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (e, p) => (e ? reject(e) : resolve(p))));
  ports = { grpc: port, http: 0 };
  stats = () => ({ received, accepted: 0, aggregated: 0, lost: 0, rejected: 0, series: 0 });
  stop = async () => { server.forceShutdown(); };
} else if (kind === 'timer-floor') {
  const timer = setInterval(() => {}, 50);
  ports = { grpc: 0, http: 0 };
  stats = () => ({ received: 0, accepted: 0, aggregated: 0, lost: 0, rejected: 0, series: 0 });
  stop = async () => { clearInterval(timer); };
} else if (kind === 'echo-floor') {
  let received = 0;
  const server = net.createServer((socket) => socket.on('data', (chunk) => { received++; socket.write(chunk); }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  // The echo's port stands where the bench looks for a gRPC one.
  ports = { grpc: (server.address() as { port: number }).port, http: 0 };
  stats = () => ({ received, accepted: 0, aggregated: 0, lost: 0, rejected: 0, series: 0 });
  stop = async () => { server.close(); };
} else {
  // JSON over HTTP: the design Sluice replaces.
  const windowMs = 1000;
  const windows = new Map<number, Map<string, { count: number; sum: number; min: number; max: number; last: number }>>();
  let received = 0, accepted = 0, aggregated = 0, rejected = 0;
  const server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => { body += c; });
    req.on('end', () => {
      const batch = JSON.parse(body) as { metrics: Array<{ name: string; labels: Record<string, string>; value: number; timestamp_ms?: number }> };
      let ok = 0, bad = 0;
      const now = Date.now();
      for (const m of batch.metrics) {
        received++;
        if (typeof m.name !== 'string' || m.name.length === 0 || !Number.isFinite(m.value)) { bad++; continue; }
        const ts = m.timestamp_ms || now;
        const start = Math.floor(ts / windowMs) * windowMs;
        const key = `${m.name}{${Object.keys(m.labels).sort().map((k) => `${k}=${m.labels[k]}`).join(',')}}`;
        let window = windows.get(start);
        if (window === undefined) windows.set(start, (window = new Map()));
        const a = window.get(key);
        if (a === undefined) window.set(key, { count: 1, sum: m.value, min: m.value, max: m.value, last: m.value });
        else { a.count++; a.sum += m.value; a.min = Math.min(a.min, m.value); a.max = Math.max(a.max, m.value); a.last = m.value; }
        ok++;
      }
      accepted += ok; rejected += bad;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ accepted: ok, rejected: bad }));
    });
  });
  const tick = setInterval(() => {
    const closeBefore = Date.now() - 500;
    for (const [start, window] of windows) {
      if (start + windowMs > closeBefore) continue;
      for (const a of window.values()) aggregated += a.count;
      windows.delete(start);
    }
  }, 100);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  ports = { grpc: 0, http: (server.address() as { port: number }).port };
  stats = () => ({ received, accepted, aggregated, lost: 0, rejected, series: 0 });
  stop = async () => {
    clearInterval(tick);
    for (const window of windows.values()) for (const a of window.values()) aggregated += a.count;
    windows.clear();
    server.close();
  };
}

// Stopped in order before the exit: a process that exits while uWS gateway
// threads still listen aborts (uv_loop_close with open handles, exit 134),
// and an abort writes no `--cpu-prof` profile.
process.once('SIGINT', () => { void stop().finally(() => process.exit(0)); });
process.on('message', async (message: { type: string }) => {
  if (message.type === 'stats') {
    const cpu = process.cpuUsage();
    process.send!({ type: 'stats', cpuSeconds: (cpu.user + cpu.system) / 1e6, rss: process.memoryUsage().rss, ...stats() });
  } else if (message.type === 'stop') {
    await stop();
    process.send!({ type: 'stopped', cpuSeconds: process.cpuUsage().user / 1e6, ...stats() });
  }
});
process.send!({ type: 'ready', ports });
