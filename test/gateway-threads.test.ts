/**
 * `--gateway-threads 2`: SSE served from two worker threads sharing the
 * HTTP port, fed by the main thread's bus through the relay. Real gRPC in,
 * real connections out; the per-thread counts show both threads served.
 */
import assert from 'node:assert/strict';
import http from 'node:http';
import https from 'node:https';
import { createServer } from 'node:net';
import { after, test } from 'node:test';
import { nodeSharesPort } from '../gateway/engines/node-engine.js';
import { loadConfig } from '../config/config.js';
import { GatewayThreads, gatewayThreadCount } from '../gateway/gateway-threads.js';
import type { HttpEngineName } from '../gateway/http-engine.js';
import { SseGateway } from '../gateway/sse-gateway.js';
import { startSluice, type Sluice } from '../server.js';
import { createLogger } from '../telemetry/log.js';
import { freePort, startRedis } from './support/redis-server.js';
import { RedisBus } from '../bus/redis-bus.js';
import { nodeHash } from '../bus/node-hash.js';
import { encodeTick } from '../wire/bus-messages.js';
import { makeCertificates } from './support/certificates.js';
import { IngestClient } from './support/ingest-client.js';
import { engineTest, startTestSluiceOn, waitFor } from './support/sluice-harness.js';
import { SseReader } from './support/sse-reader.js';

const fast = ['--window-ms', '200', '--resolutions', '200', '--lateness-ms', '50'];

/** Sluice with two gateway threads, or null (after checking the fallback) where the engine cannot share a port here. */
async function threaded(engine: HttpEngineName, flags: string[] = []): Promise<{ sluice: Sluice; threads: GatewayThreads } | null> {
  const sluice = await startTestSluiceOn(engine, ['--gateway-threads', '2', ...fast, ...flags]);
  if (engine === 'node' && !nodeSharesPort()) {
    assert.ok(sluice.gateway instanceof SseGateway, `Node ${process.versions.node}: node:http cannot share a port, so one thread serves`);
    return null;
  }
  assert.ok(sluice.gateway instanceof GatewayThreads);
  return { sluice, threads: sluice.gateway };
}

/**
 * Pushes one `name` metric of value 1 every 20 ms until `stop()`, which
 * pushes a last one (so that a window is still open when the caller closes
 * Sluice right after) and resolves with how many were acked.
 */
function pushing(client: IngestClient, name: string): { stop: () => Promise<number> } {
  let running = true;
  let acked = 0;
  const push = async (): Promise<void> => { acked += (await client.push([{ name, labels: [], value: 1, timestampMs: 0 }])).accepted; };
  const loop = (async () => {
    while (running) {
      await push();
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  const stop = async (): Promise<number> => {
    running = false;
    await loop;
    // Early in a 200 ms window, so that it is still open when the caller closes right after the ack.
    while (Date.now() % 200 > 40) await new Promise((resolve) => setTimeout(resolve, 5));
    await push();
    return acked;
  };
  return { stop };
}

/** Opens `count` SSE streams and waits until the gateway counted them all. */
async function openReaders(sluice: Sluice, path: string, count: number, headers: Record<string, string> = {}): Promise<SseReader[]> {
  const readers = Array.from({ length: count }, () => new SseReader(`http://127.0.0.1:${sluice.httpPort}${path}`, headers));
  await Promise.all(readers.map((r) => r.opened));
  assert.deepEqual(new Set(readers.map((r) => r.status)), new Set([200]));
  return readers;
}

engineTest('two gateway threads: every client gets every window once, in order, through close; /metrics and /readyz are the whole process\'s', async (engine) => {
  const started = await threaded(engine);
  if (started === null) return;
  const { sluice, threads } = started;
  const readers = await openReaders(sluice, '/v1/stream?match=gt.deliver', 40);
  await waitFor(() => threads.clients === 40, 5000, '40 clients counted');
  const each = await threads.collect();
  assert.equal(each.length, 2);
  assert.deepEqual(each.map((t) => t.clients).reduce((a, b) => a + b), 40);
  assert.ok(each.every((t) => t.clients > 0), `both threads serve clients: ${each.map((t) => t.clients).join(' + ')}`);

  const producer = pushing(new IngestClient(sluice.grpcPort), 'gt.deliver');
  await readers[0]!.until((r) => r.windows().length >= 5, 10_000);

  // /metrics (on whichever thread the connection lands) sums both threads.
  for (let i = 0; i < 4; i++) {
    const seen = readers[0]!.windows().length;
    const text = await (await fetch(`http://127.0.0.1:${sluice.httpPort}/metrics`, { headers: { connection: 'close' } })).text();
    assert.match(text, /^sluice_sse_clients 40$/m);
    assert.match(text, /^sluice_gateway_threads 2$/m);
    assert.match(text, /^sluice_sse_connections_total 4\d$/m);
    assert.match(text, /^sluice_ingest_/m, 'the main thread\'s metrics too');
    const windows = Number(/^sluice_sse_windows_delivered_total (\d+)$/m.exec(text)?.[1]);
    assert.ok(windows >= 40 * 5, `windows delivered, summed over threads: ${windows}`);
    // Timings wait in the threads until /metrics asks: every window delivered before the scrape is in it.
    const timed = Number(/^sluice_sse_window_deliver_seconds_count (\d+)$/m.exec(text)?.[1]);
    assert.ok(timed >= seen, `the threads' delivery timings reach the main registry: ${timed} observed, a client had ${seen} windows`);
    const ready = await fetch(`http://127.0.0.1:${sluice.httpPort}/readyz`, { headers: { connection: 'close' } });
    assert.equal(ready.status, 200);
    assert.equal(((await ready.json()) as { status: string }).status, 'ready');
    assert.equal((await fetch(`http://127.0.0.1:${sluice.httpPort}/healthz`, { headers: { connection: 'close' } })).status, 200);
    // The series list (history read through the relay) and the dashboard page, on whichever thread.
    const series = (await (await fetch(`http://127.0.0.1:${sluice.httpPort}/v1/series?match=gt.*`, { headers: { connection: 'close' } })).json()) as { topics: string[]; series: Array<{ name: string }> };
    assert.deepEqual(series.topics, ['gt.deliver']);
    assert.equal(series.series[0]?.name, 'gt.deliver');
    const page = await fetch(`http://127.0.0.1:${sluice.httpPort}/`, { headers: { connection: 'close' } });
    assert.equal(page.status, 200);
    assert.match(await page.text(), /<html/i);
  }

  const acked = await producer.stop();
  const closedAt = Date.now();
  // Idempotent: every caller gets the same stop, and the gateway's own close after it too.
  await Promise.all([sluice.close(), sluice.close()]);
  await threads.close();
  await Promise.all(readers.map((r) => r.done));
  assert.ok(readers[0]!.windows().at(-1)!.end > closedAt, 'the last window was still open at close (the stop closed it)');
  const reference = readers[0]!.windows().map((w) => w.start);
  for (const reader of readers) {
    const windows = reader.windows();
    const starts = windows.map((w) => w.start);
    assert.deepEqual(starts, reference, 'every client the same windows');
    for (let i = 1; i < starts.length; i++) assert.ok(starts[i]! > starts[i - 1]!, 'in order, each once');
    assert.equal(reader.events.filter((e) => e.event === 'gap').length, 0);
    assert.ok(reader.comments.includes('server stopping, reconnect'), 'told to reconnect, after the last window');
    // Every acked metric is in a window every client got, the last ones (closed by the stop) included.
    const counted = windows.flatMap((w) => w.series).reduce((sum, s) => sum + s.count, 0);
    assert.equal(counted, acked, 'every acked metric reached every client');
  }
});

engineTest('two gateway threads: a client resumes with Last-Event-ID on whichever thread it lands', async (engine) => {
  const started = await threaded(engine);
  if (started === null) return;
  const { sluice, threads } = started;
  const producer = pushing(new IngestClient(sluice.grpcPort), 'gt.resume');
  const [first] = await openReaders(sluice, '/v1/stream?match=gt.resume', 1);
  await first!.until((r) => r.windows().length >= 3, 10_000);
  first!.close();
  const lastId = first!.events.filter((e) => e.event === 'window').at(-1)!.id!;
  await new Promise((resolve) => setTimeout(resolve, 1000)); // away for five windows
  const resumed = await openReaders(sluice, '/v1/stream?match=gt.resume', 20, { 'Last-Event-ID': lastId });
  await Promise.all(resumed.map((r) => r.until((x) => x.windows().length >= 8, 10_000)));
  const each = await threads.collect();
  assert.ok(each.every((t) => t.counts.replays! > 0), `both threads replayed: ${each.map((t) => t.counts.replays).join(', ')}`);
  for (const reader of resumed) {
    const starts = reader.windows().map((w) => w.start);
    assert.equal(starts[0], Number(lastId) + 200, 'the window after its Last-Event-ID first');
    for (let i = 1; i < starts.length; i++) assert.equal(starts[i], starts[i - 1]! + 200, 'then every window, in order');
    assert.equal(reader.events.filter((e) => e.event === 'gap').length, 0);
  }
  await producer.stop();
});

engineTest('two gateway threads: a thread with no client is sent no tick; its first client picks up live windows after the pause, none missed, none from before it came', async (engine) => {
  const started = await threaded(engine);
  if (started === null) return;
  const { sluice, threads } = started;
  const producer = pushing(new IngestClient(sluice.grpcPort), 'gt.pause');
  const ticks = async (): Promise<number[]> => (await threads.collect()).map((t) => t.counts.ticks ?? 0);
  const pause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 1000)); // five windows

  // One client: only its thread is sent ticks.
  const [only] = await openReaders(sluice, '/v1/stream?match=gt.pause', 1);
  await only!.until((r) => r.windows().length >= 2, 10_000);
  const clients = (await threads.collect()).map((t) => t.clients);
  const served = clients.indexOf(1);
  const before = await ticks();
  await pause();
  const later = await ticks();
  assert.ok(later[served]! - before[served]! >= 3, `the thread with the client took ticks: ${before} → ${later}`);
  assert.equal(later[1 - served], before[1 - served], `the thread with none took no tick: ${before} → ${later}`);
  only!.close();
  await waitFor(() => threads.clients === 0, 5000, 'the client left');
  const quiet = await ticks();
  await pause();
  assert.deepEqual(await ticks(), quiet, 'with no client, no thread takes ticks');

  // New live clients, one at a time, until both threads have one: each gets
  // every window from about when it came, in order, with no gap.
  const readers: SseReader[] = [];
  const cameAt: number[] = [];
  for (let i = 0; i < 20 && !(await threads.collect()).every((t) => t.clients > 0); i++) {
    cameAt.push(Date.now());
    readers.push(...await openReaders(sluice, '/v1/stream?match=gt.pause', 1));
  }
  const each = await threads.collect();
  assert.ok(each.every((t) => t.clients > 0), `both threads got a client: ${each.map((t) => t.clients).join(' + ')}`);
  assert.ok(each.every((t) => (t.counts.tickResumes ?? 0) >= 1), `both threads picked ticks up again: ${each.map((t) => t.counts.tickResumes).join(', ')}`);
  await Promise.all(readers.map((r) => r.until((x) => x.windows().length >= 5, 10_000)));
  readers.forEach((reader, i) => {
    const starts = reader.windows().map((w) => w.start);
    assert.ok(starts[0]! >= Math.floor(cameAt[i]! / 200) * 200 - 400, `live from about when it came (${cameAt[i]}), nothing from before: ${starts.join(',')}`);
    for (let k = 1; k < starts.length; k++) assert.equal(starts[k], starts[k - 1]! + 200, `every window, in order: ${starts.join(',')}`);
    assert.equal(reader.events.filter((e) => e.event === 'gap').length, 0);
  });
  assert.deepEqual((await threads.collect()).map((t) => t.counts.gaps), [0, 0], 'no gap on either thread');
  await producer.stop();
});

engineTest('two gateway threads: a thread that picks up ticks never replays the first window this gateway heard, which other nodes may have ticked before it listened', async (engine) => {
  if (engine === 'node' && !nodeSharesPort()) return;
  const redis = await startRedis();
  const prefix = 'fw:';
  // Two ingest nodes, as the gateway sees them: heartbeats and ticks on the real bus.
  const nodes = await Promise.all(['node-a', 'node-b'].map(async (id) => {
    const bus = new RedisBus({ url: redis.url, prefix, nodeId: id, nodeTimeoutMs: 1000, maxWindows: 10, maxAgeMs: 60_000 });
    await bus.start();
    const startedAt = Date.now();
    bus.heartbeat({ id, startedAt });
    after(() => bus.close());
    return { bus, tick: (start: number) => bus.publishTick(encodeTick(200, start, nodeHash(id, startedAt), [])) };
  }));
  const [a, b] = nodes as [typeof nodes[0], typeof nodes[0]];
  await new Promise((resolve) => setTimeout(resolve, 300)); // both heartbeats written
  // node-b ticks the first window before the gateway listens; node-a after.
  const first = Math.floor(Date.now() / 200) * 200 - 200;
  b.tick(first);
  const sluice = await startTestSluiceOn(engine, ['--role', 'gateway', '--redis-url', redis.url, '--redis-prefix', prefix, '--gateway-threads', '2',
    '--window-ms', '200', '--resolutions', '200', '--node-timeout-ms', '1000']);
  assert.ok(sluice.gateway instanceof GatewayThreads);
  const threads = sluice.gateway;
  assert.equal(await sluice.bus.barrier(), true, 'the gateway listens');
  a.tick(first);
  // Then both tick every window, as nodes do, for four windows; then a client comes (to a thread sent no tick so far).
  for (let start = first + 200; start <= first + 800; start += 200) { a.tick(start); b.tick(start); }
  await sluice.bus.barrier();
  const [reader] = await openReaders(sluice, '/v1/stream?match=fw.*&resolution=200ms', 1);
  const ticking = setInterval(() => { const start = Math.floor(Date.now() / 200) * 200 - 200; a.tick(start); b.tick(start); }, 200);
  after(() => clearInterval(ticking));
  await new Promise((resolve) => setTimeout(resolve, 2000)); // past the node timeout
  clearInterval(ticking);
  const each = await threads.collect();
  assert.equal(each.reduce((n, t) => n + (t.counts.tickResumes ?? 0), 0), 1, 'the thread of the client picked ticks up');
  const gaps = reader!.events.filter((e) => e.event === 'gap').map((e) => e.data);
  assert.deepEqual(gaps, [], 'no window is told missing for node-b, which ticked every window');
});

/** Status of a GET from `localAddress`; a 200 stays open (an SSE client counted against the limits). */
function statusFrom(url: string, localAddress: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { localAddress, agent: false }, (res) => {
      resolve(res.statusCode ?? 0);
      if (res.statusCode !== 200) res.resume();
    });
    req.on('error', reject);
    after(() => req.destroy());
  });
}

engineTest('two gateway threads: --max-clients and --max-clients-per-address stay exact across threads', async (engine) => {
  const started = await threaded(engine, ['--max-clients', '8', '--max-clients-per-address', '5']);
  if (started === null) return;
  const { sluice, threads } = started;
  const url = `http://127.0.0.1:${sluice.httpPort}/v1/stream?match=gt.limits`;
  // Twelve at once from one address: exactly five in, whichever threads they land on.
  const one = await Promise.all(Array.from({ length: 12 }, () => statusFrom(url, '127.0.0.1')));
  assert.equal(one.filter((s) => s === 200).length, 5, `statuses: ${one.join(',')}`);
  assert.equal(one.filter((s) => s === 429).length, 7);
  // Then from two more addresses at once: three more in (eight in all), the rest past the total.
  const more = await Promise.all(Array.from({ length: 10 }, (_, i) => statusFrom(url, i % 2 === 0 ? '127.0.0.2' : '127.0.0.3')));
  assert.equal(more.filter((s) => s === 200).length, 3, `statuses: ${more.join(',')}`);
  assert.equal(threads.clients, 8);
  const each = await threads.collect();
  assert.equal(each.reduce((sum, t) => sum + t.clients, 0), 8);
  const refused = new Map<string, number>();
  for (const t of each) for (const [reason, n] of t.refused) refused.set(reason, (refused.get(reason) ?? 0) + n);
  assert.equal(refused.get('too_many_clients_from_address'), 7);
  assert.equal(refused.get('too_many_clients'), 7);
});

engineTest('two gateway threads: a busy port fails clearly, whether plainly held or shared by another Sluice', async (engine) => {
  if (engine === 'node' && !nodeSharesPort()) return;
  const holder = createServer();
  await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
  after(() => holder.close());
  const port = (holder.address() as { port: number }).port;
  await assert.rejects(startTestSluiceOn(engine, ['--gateway-threads', '2', '--http-port', String(port)]), (error: Error & { code?: string }) => {
    assert.equal(error.code, 'ERR_SLUICE_LISTEN');
    assert.match(error.message, new RegExp(`127\\.0\\.0\\.1:${port}.*EADDRINUSE`));
    return true;
  });
  const first = await threaded(engine);
  await assert.rejects(startTestSluiceOn(engine, ['--gateway-threads', '2', '--http-port', String(first!.sluice.httpPort)]), { code: 'ERR_SLUICE_LISTEN' });
});

engineTest('two gateway threads: a thread that dies is counted and replaced; its clients reconnect, the process serves on', async (engine) => {
  const started = await threaded(engine);
  if (started === null) return;
  const { sluice, threads } = started;
  const readers = await openReaders(sluice, '/v1/stream?match=gt.crash', 20);
  await new Promise((resolve) => setTimeout(resolve, 1100)); // a thread that dies at once is not restarted
  const before = await threads.collect();
  threads.injectFault(0);
  await waitFor(() => threads.threadCrashes === 1, 5000, 'the crash counted');
  await waitFor(() => readers.filter((r) => r.ended).length === before[0]!.clients, 5000, 'thread 0\'s clients cut off');
  assert.equal(readers.filter((r) => !r.ended).length, before[1]!.clients, 'thread 1\'s clients stay');
  await waitFor(() => threads.liveThreads === 2, 10_000, 'the thread replaced');
  assert.equal(threads.clients, before[1]!.clients, 'the dead thread\'s clients no longer count');
  const producer = pushing(new IngestClient(sluice.grpcPort), 'gt.crash');
  const again = await openReaders(sluice, '/v1/stream?match=gt.crash', 20);
  await Promise.all(again.map((r) => r.until((x) => x.windows().length >= 2, 10_000)));
  const after2 = await threads.collect();
  assert.ok(after2.every((t) => t.clients > 0), `both threads serve again: ${after2.map((t) => t.clients).join(' + ')}`);
  await producer.stop();
});

engineTest('two gateway threads: /readyz says what the main thread sees (here: Redis not reached)', async (engine) => {
  if (engine === 'node' && !nodeSharesPort()) return;
  const config = loadConfig(['--grpc-port', '0', '--http-port', '0', '--shards', '1', '--gateway-threads', '2', '--http-engine', engine, '--redis-url', `redis://127.0.0.1:${await freePort()}`]);
  const sluice = await startSluice(config, createLogger('silent'));
  after(() => sluice.close());
  sluice.busConnected.catch(() => {});
  assert.ok(sluice.gateway instanceof GatewayThreads);
  for (let i = 0; i < 4; i++) {
    const ready = await fetch(`http://127.0.0.1:${sluice.httpPort}/readyz`, { headers: { connection: 'close' } });
    assert.equal(ready.status, 503);
    const body = (await ready.json()) as { status: string; reason: string; engine: string };
    assert.equal(body.status, 'not_ready');
    assert.match(body.reason, /redis/i);
    assert.equal(body.engine, engine);
    assert.equal((await fetch(`http://127.0.0.1:${sluice.httpPort}/healthz`, { headers: { connection: 'close' } })).status, 200, 'alive, though not ready');
  }
});

test('--gateway-threads: auto is min(cores, 4); one thread where the engine cannot share the port (a warning when asked for more), or where no streams are served', () => {
  assert.deepEqual(gatewayThreadCount('auto', 'uws', true, 2).threads, 2);
  assert.deepEqual(gatewayThreadCount('auto', 'uws', true, 32).threads, 4);
  assert.deepEqual(gatewayThreadCount('auto', 'uws', true, 1).threads, 1);
  assert.deepEqual(gatewayThreadCount(8, 'uws', true, 2).threads, 8);
  assert.deepEqual(gatewayThreadCount(3, 'uws', false, 8).threads, 1);
  const node = gatewayThreadCount(3, 'node', true, 8);
  const auto = gatewayThreadCount('auto', 'node', true, 8);
  if (nodeSharesPort()) {
    assert.equal(node.threads, 3);
    assert.equal(auto.threads, 4);
  } else {
    assert.deepEqual([node.threads, node.level], [1, 'warn']);
    assert.deepEqual([auto.threads, auto.level], [1, 'info']);
    assert.match(node.reason, /reusePort needs Node 22\.12\+/);
  }
  assert.equal(nodeSharesPort('20.20.2'), false);
  assert.equal(nodeSharesPort('22.11.0'), false);
  assert.equal(nodeSharesPort('22.12.0'), true);
  assert.equal(nodeSharesPort('23.0.0'), false);
  assert.equal(nodeSharesPort('23.1.0'), true);
  assert.equal(nodeSharesPort('24.0.0'), true);
  assert.throws(() => loadConfig(['--gateway-threads', '0']), /--gateway-threads must be auto or an integer in \[1, 16\], got '0'/);
  assert.throws(() => loadConfig(['--gateway-threads', 'many']), /must be auto or an integer/);
  assert.equal(loadConfig([], { SLUICE_GATEWAY_THREADS: '3' }).gatewayThreads, 3);
  assert.equal(loadConfig([]).gatewayThreads, 'auto');
});

engineTest('two gateway threads: each thread serves HTTPS with the same certificate', async (engine) => {
  const certs = makeCertificates();
  const started = await threaded(engine, ['--tls-cert', certs.serverCert, '--tls-key', certs.serverKey]);
  if (started === null) return;
  const { sluice, threads } = started;
  const ca = certs.read(certs.caFile);
  const requests = Array.from({ length: 20 }, () => https.get({ host: '127.0.0.1', port: sluice.httpPort, path: '/v1/stream?match=gt.tls', ca, servername: 'localhost', agent: false }));
  after(() => { for (const r of requests) r.destroy(); });
  const statuses = await Promise.all(requests.map((r) => new Promise<number>((resolve, reject) => { r.on('response', (res) => resolve(res.statusCode ?? 0)); r.on('error', reject); })));
  assert.deepEqual(new Set(statuses), new Set([200]));
  const each = await threads.collect();
  assert.ok(each.every((t) => t.clients > 0), `both threads serve HTTPS clients: ${each.map((t) => t.clients).join(' + ')}`);
});
