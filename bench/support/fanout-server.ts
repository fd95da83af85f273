/**
 * The server side of the fan-out bench, in its own process (forked by
 * bench/fanout.bench.ts): an SSE server fed by a synthetic window stream
 * through the in-process bus. `uws` and `node` are the real gateway on that
 * HTTP engine; `uws-2t` / `node-2t` the same on two gateway threads
 * (gateway/gateway-threads.ts), the bus and the feed on the main thread;
 * `node-http` is the baseline: node:http, same bus, same once-per-window
 * frames, `res.write` per client; `nchan <port>` publishes the same window
 * events over HTTP to the nginx + nchan at `port` (this process is then
 * only the publisher: the bench counts nginx's CPU, not this). Answers
 * `stats` messages with its CPU time, RSS and client count.
 */
import http from 'node:http';
import { InProcessBus } from '../../bus/in-process-bus.js';
import { GatewayThreads } from '../../gateway/gateway-threads.js';
import { createLogger } from '../../telemetry/log.js';
import { openHttpEngine } from '../../gateway/engines/open-http-engine.js';
import { SseGateway } from '../../gateway/sse-gateway.js';
import { parseStreamFilter } from '../../gateway/stream-filter.js';
import { windowFrame } from '../../gateway/frames.js';
import { TopicWindow } from '../../gateway/window-json.js';
import { readBusHeader } from '../../wire/bus-messages.js';
import { startWindowFeed } from './window-feed.js';

const [kind, seriesText] = process.argv.slice(2);
const series = Number(seriesText ?? 8);
const resolution = 100;
const topic = 'fan.load';
const bus = new InProcessBus({ maxWindows: 50, maxAgeMs: 60_000 });
let clients = (): number => 0;
let port = 0;

if (kind === 'uws' || kind === 'node') {
  const { engine } = await openHttpEngine(kind);
  const gateway = new SseGateway({
    engine,
    host: '127.0.0.1', port: 0, bus, streams: true, resolutions: [resolution], heartbeatMs: 15_000, retryMs: 2000,
    clientQueueBytes: 64 * 1024, clientStallMs: 60_000, nodeTimeoutMs: 3000, maxClients: 1_000_000, maxClientsPerAddress: 1_000_000,
    tokens: new Set(), corsOrigins: new Set(), healthy: () => true, metricsText: async () => '',
  });
  port = await gateway.start();
  clients = () => gateway.clients;
} else if (kind === 'uws-2t' || kind === 'node-2t') {
  // The gateway on two threads sharing the port (--gateway-threads 2), fed through the relay.
  const threads = new GatewayThreads({
    threads: 2, engine: kind === 'uws-2t' ? 'uws' : 'node', bus, log: createLogger('warn'),
    config: {
      host: '127.0.0.1', port: 0, tls: null, resolutions: [resolution], heartbeatMs: 15_000, retryMs: 2000,
      clientQueueBytes: 64 * 1024, clientStallMs: 60_000, nodeTimeoutMs: 3000, maxClients: 1_000_000, maxClientsPerAddress: 1_000_000,
      tokens: [], corsOrigins: [], dashboard: false,
    },
    metricsText: async () => '',
    readyz: () => ({ status: '200 OK', body: { status: 'ready' } }),
  });
  port = await threads.start();
  clients = () => threads.clients;
} else if (kind === 'nchan') {
  // The peer: each window's `data:` JSON POSTed to nchan's publisher location.
  port = Number(process.argv[4]);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const filter = parseStreamFilter(new URLSearchParams(`match=${topic}`), [resolution]);
  const topics = new Set([topic]);
  const pending: TopicWindow[] = [];
  const dataAt = 'data: '.length;
  bus.subscribe(resolution, topic, (payload) => pending.push(TopicWindow.read(payload)));
  bus.onTick((payload) => {
    const header = readBusHeader(payload)!;
    const frame = windowFrame(filter, topics, resolution, header.start, pending.splice(0));
    if (frame === null) return;
    const body = frame.subarray(frame.indexOf('data: ') + dataAt, frame.length - 2);
    const req = http.request({ host: '127.0.0.1', port, method: 'POST', path: '/pub', agent, headers: { 'content-type': 'application/json', 'content-length': body.length } });
    req.on('response', (res) => res.resume());
    req.on('error', (error) => process.stderr.write(`nchan publish failed: ${error.message}\n`));
    req.end(body);
  });
} else {
  // Baseline: the obvious node:http SSE server, with the same encode-once frames.
  const responses = new Set<http.ServerResponse>();
  const filter = parseStreamFilter(new URLSearchParams(`match=${topic}`), [resolution]);
  const topics = new Set([topic]);
  const pending: TopicWindow[] = [];
  bus.subscribe(resolution, topic, (payload) => pending.push(TopicWindow.read(payload)));
  bus.onTick((payload) => {
    const header = readBusHeader(payload)!;
    const frame = windowFrame(filter, topics, resolution, header.start, pending.splice(0));
    if (frame !== null) for (const res of responses) res.write(frame);
  });
  const server = http.createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    res.write('retry: 2000\n\n');
    responses.add(res);
    req.on('close', () => responses.delete(res));
  });
  server.maxConnections = 1_000_000;
  server.keepAliveTimeout = 0;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as { port: number }).port;
  clients = () => responses.size;
}
bus.announceTopic(topic);
const feed = startWindowFeed(bus, topic, series, resolution);

process.on('SIGINT', () => process.exit(0));
process.on('message', (message: { type: string }) => {
  if (message.type === 'stats') {
    const cpu = process.cpuUsage();
    process.send!({ type: 'stats', cpuSeconds: (cpu.user + cpu.system) / 1e6, rss: process.memoryUsage().rss, clients: clients(), windows: feed.windows });
  } else if (message.type === 'stop') {
    feed.stop();
    process.exit(0);
  }
});
process.send!({ type: 'ready', port });
