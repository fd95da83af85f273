/**
 * The HTTP edge against hostile requests (issue: "nothing a client sends can
 * take Sluice down"): pattern caps and linear matching, caps on every query
 * input, Last-Event-ID validation, label keys that collide with object
 * internals, a failing handler, and a busy HTTP port.
 */
import assert from 'node:assert/strict';
import net from 'node:net';
import { test } from 'node:test';
import { InProcessBus } from '../bus/in-process-bus.js';
import { compileGlob } from '../gateway/glob-match.js';
import { SseGateway } from '../gateway/sse-gateway.js';
import { startChildSluice } from './support/child-sluice.js';
import { IngestClient } from './support/ingest-client.js';
import { scrape } from '../devkit/prometheus-text.js';
import { seededRandom } from './support/seeded-random.js';
import { openHttpEngine } from '../gateway/engines/open-http-engine.js';
import { engineTest, startTestSluiceOn, waitFor } from './support/sluice-harness.js';
import { SseReader } from './support/sse-reader.js';

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** GET with a deadline; the body is read only for non-SSE answers. */
async function get(url: string, timeoutMs = 3000, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), headers });
  const sse = (response.headers.get('content-type') ?? '').startsWith('text/event-stream');
  const body = sse ? '' : await response.text();
  if (sse) await response.body?.cancel();
  return { status: response.status, body };
}

engineTest('a 40,000-byte glob is refused 400 pattern_too_long on /v1/stream and /v1/series; the process keeps serving', async (engine) => {
  const child = await startChildSluice(['--http-engine', engine]);
  const client = new IngestClient(child.grpcPort);
  assert.equal((await client.push([{ name: 'edge.crash', value: 1 }])).accepted, 1);
  const base = `http://127.0.0.1:${child.httpPort}`;
  await waitFor(async () => (await get(`${base}/v1/series`)).body.includes('edge.crash'), 5000, 'the topic to be known');
  const glob = 'a'.repeat(40_000);
  for (const path of ['/v1/stream', '/v1/series']) {
    // Once compiled into a RegExp, this glob threw 'too large' and the process exited.
    // Past the node engine's 16 KiB request-head bound node:http answers 431 itself; uWS lets it reach the 8 KiB URL cap (414).
    const huge = await get(`${base}${path}?match=${glob}`);
    assert.equal(huge.status, engine === 'node' ? 431 : 414, `${path}: ${huge.body}`);
    if (engine === 'uws') assert.equal(JSON.parse(huge.body).error, 'url_too_long');
    // Short enough for the URL cap not to speak first: a 300-byte pattern.
    const answer = await get(`${base}${path}?match=${'a'.repeat(300)}`);
    assert.equal(answer.status, 400, `${path}: ${answer.body}`);
    assert.equal(JSON.parse(answer.body).error, 'pattern_too_long');
  }
  assert.equal((await get(`${base}/healthz`)).status, 200);
  assert.equal(child.process.exitCode, null, 'the process is still running');
  const metrics = await scrape(child.httpPort);
  assert.equal(metrics.get('sluice_sse_refused_total{reason="pattern_too_long"}'), 2);
  assert.equal(metrics.get('sluice_sse_refused_total{reason="url_too_long"}'), engine === 'node' ? undefined : 2);
});

engineTest('30 stars then z answers at once and never stalls the event loop (no backtracking)', async (engine) => {
  const child = await startChildSluice(['--http-engine', engine]);
  const client = new IngestClient(child.grpcPort);
  assert.equal((await client.push([{ name: 'edge.metric.with.a.longish.name', value: 1 }])).accepted, 1);
  const base = `http://127.0.0.1:${child.httpPort}`;
  await waitFor(async () => (await get(`${base}/v1/series`)).body.includes('edge.metric'), 5000, 'the topic to be known');
  const stars = `${'*'.repeat(30)}z`;
  const stream = new SseReader(`${base}/v1/stream?match=${encodeURIComponent(stars)}`);
  await Promise.race([stream.opened, new Promise((_, reject) => setTimeout(() => reject(new Error('/v1/stream did not answer within 2 s')), 2000))]);
  assert.equal(stream.status, 200);
  const series = await get(`${base}/v1/series?match=${encodeURIComponent(stars)}`, 2000);
  assert.equal(series.status, 200);
  assert.deepEqual(JSON.parse(series.body).topics, []);
  // While that connection stays open, a new metric name is matched against its group: Pushes stay fast.
  assert.equal((await client.push([{ name: 'edge.another.new.name.without.the.letter', value: 1 }], 2, undefined, 2000)).accepted, 1);
  assert.equal((await get(`${base}/healthz`, 1000)).status, 200);
  stream.close();
});

test('globs: the linear matcher agrees with the reference semantics on 20,000 seeded cases', () => {
  const random = seededRandom(7);
  const alphabet = ['a', 'b', '.', '*', 'a', 'b', '*', '?', '[', '\\'];
  const pick = (n: number, chars: string[]): string => Array.from({ length: n }, () => chars[Math.floor(random() * chars.length)]!).join('');
  // The reference: the old regular-expression translation, built here from test data only.
  const reference = (glob: string): RegExp => new RegExp(`^${glob.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  let matched = 0;
  for (let i = 0; i < 20_000; i++) {
    const glob = pick(Math.floor(random() * 7), alphabet);
    const name = pick(Math.floor(random() * 9), alphabet.filter((c) => c !== '*'));
    const expected = reference(glob).test(name);
    assert.equal(compileGlob(glob)(name), expected, `glob ${JSON.stringify(glob)} on ${JSON.stringify(name)}`);
    if (expected) matched++;
  }
  assert.ok(matched > 1000, `enough positive cases (${matched})`);
  assert.equal(compileGlob('a*b*a')('aba'), true);
  assert.equal(compileGlob('a*a')('a'), false);
  assert.equal(compileGlob('*.cpu')('host.cpu'), true);
  assert.equal(compileGlob('Host.*')('host.cpu'), false, 'case-sensitive');
});

engineTest('query caps, the same on /v1/stream and /v1/series: 400 (414 for the URL) with a JSON body naming the cap, counted', async (engine) => {
  const sluice = await startTestSluiceOn(engine);
  const base = `http://127.0.0.1:${sluice.httpPort}`;
  const cases: Array<[string, number, string]> = [
    // Over the 8 KiB URL cap, under the engines' own 16 KiB request-head bound (past which the engine answers 431 itself).
    [Array.from({ length: 1200 }, (_, i) => `match=m${i}`).join('&'), 414, 'url_too_long'],
    [Array.from({ length: 33 }, (_, i) => `match=m${i}`).join('&'), 400, 'too_many_match'],
    [Array.from({ length: 33 }, (_, i) => `label=k:${i}`).join('&'), 400, 'too_many_label'],
    [`label=${'k'.repeat(257)}:v`, 400, 'label_too_long'],
    [`label=k:${'v'.repeat(257)}`, 400, 'label_too_long'],
    [`match=${'*'.repeat(257)}`, 400, 'pattern_too_long'],
  ];
  for (const path of ['/v1/stream', '/v1/series']) {
    for (const [query, status, code] of cases) {
      const answer = await get(`${base}${path}?${query}`);
      assert.equal(answer.status, status, `${path}?${query.slice(0, 40)}…: ${answer.body}`);
      const body = JSON.parse(answer.body) as { error: string; message: string };
      assert.equal(body.error, code);
      assert.match(body.message, /at most|over/);
    }
    // 2,000 patterns (under the URL cap with short ones is impossible, so: 32 are fine, and cost nothing much).
    assert.equal((await get(`${base}${path}?${Array.from({ length: 32 }, (_, i) => `match=${'*'.repeat(8)}m${i}`).join('&')}`)).status, 200);
  }
  const metrics = await scrape(sluice.httpPort);
  for (const code of ['url_too_long', 'too_many_match', 'too_many_label', 'pattern_too_long']) {
    assert.equal(metrics.get(`sluice_sse_refused_total{reason="${code}"}`), 2, code);
  }
  assert.equal(metrics.get('sluice_sse_refused_total{reason="label_too_long"}'), 4);
});

engineTest('Last-Event-ID that is not a position this server sent is refused 400 (no false bus_unavailable gap)', async (engine) => {
  const sluice = await startTestSluiceOn(engine);
  const base = `http://127.0.0.1:${sluice.httpPort}/v1/stream`;
  for (const bad of ['1e308', '-5', '12.5', 'abc', '99999999999999999999', String(Date.now() + 3 * 86_400_000)]) {
    const viaQuery = await get(`${base}?lastEventId=${encodeURIComponent(bad)}`);
    assert.equal(viaQuery.status, 400, `lastEventId=${bad}: ${viaQuery.body}`);
    assert.equal(JSON.parse(viaQuery.body).error, 'bad_last_event_id');
    const viaHeader = await get(base, 3000, { 'Last-Event-ID': bad });
    assert.equal(viaHeader.status, 400, `Last-Event-ID: ${bad}`);
  }
  // A real position resumes (200), and tells no gap it has no reason for.
  const stream = new SseReader(`${base}?lastEventId=${Math.floor(Date.now() / 1000) * 1000 - 1000}`);
  await stream.opened;
  assert.equal(stream.status, 200);
  await new Promise((resolve) => setTimeout(resolve, 300));
  assert.deepEqual(stream.events.filter((e) => e.event === 'gap'), []);
  stream.close();
  assert.equal((await scrape(sluice.httpPort)).get('sluice_sse_refused_total{reason="bad_last_event_id"}'), 12);
});

engineTest('a label key __proto__ stays a label: JSON shows it, label=__proto__:x matches only its series', async (engine) => {
  const sluice = await startTestSluiceOn(engine);
  const client = new IngestClient(sluice.grpcPort);
  const base = `http://127.0.0.1:${sluice.httpPort}/v1/stream`;
  const all = new SseReader(`${base}?match=proto.m`);
  const onlyX = new SseReader(`${base}?match=proto.m&label=__proto__:x`);
  const ctor = new SseReader(`${base}?match=proto.m&label=constructor:y`);
  await Promise.all([all.opened, onlyX.opened, ctor.opened]);
  const push = (): Promise<unknown> => client.push([
    { name: 'proto.m', labels: [{ key: '__proto__', value: 'x' }], value: 1 },
    { name: 'proto.m', labels: [{ key: '__proto__', value: 'y' }], value: 2 },
  ]);
  const both = (r: SseReader): boolean => r.windows().some((w) => w.series.length === 2);
  for (let round = 0; !both(all); round++) {
    assert.ok(round < 30, 'the window never came');
    assert.deepEqual(await push().then((a) => (a as { accepted: number }).accepted), 2);
    await all.until(both, 500).catch(() => {});
  }
  const window = all.windows().find((w) => w.series.length === 2)!;
  const labels = window.series.map((s) => s.labels).sort((a, b) => (a['__proto__']! < b['__proto__']! ? -1 : 1));
  assert.ok(labels.every((l) => Object.hasOwn(l, '__proto__')), JSON.stringify(window.series));
  assert.deepEqual(labels.map((l) => l['__proto__']), ['x', 'y']);
  await onlyX.until((r) => r.windows().length > 0, 5000);
  for (const w of onlyX.windows()) assert.deepEqual(w.series.map((s) => s.labels['__proto__']), ['x']);
  assert.equal(ctor.windows().length, 0, 'constructor:y matches no series (no label constructor)');
});

engineTest('a handler that throws (or rejects) answers 500 and is counted; the gateway keeps serving', async (engine) => {
  const bus = new InProcessBus();
  let calls = 0;
  const gateway = new SseGateway({
    engine: (await openHttpEngine(engine)).engine,
    host: '127.0.0.1', port: 0, bus, streams: false, resolutions: [1000], heartbeatMs: 15_000, retryMs: 1000,
    clientQueueBytes: 1 << 20, clientStallMs: 30_000, nodeTimeoutMs: 2000, maxClients: 10, maxClientsPerAddress: 10,
    tokens: new Set(), corsOrigins: new Set(), healthy: () => true,
    // A real failure of the metrics source: first a synchronous throw (uncaught in uWS's callback, it ended the process), then a rejection.
    metricsText: () => {
      calls++;
      if (calls === 1) throw new Error('metrics source broke');
      return Promise.reject(new Error('metrics source still broken'));
    },
    routes: (app) => {
      app.get('/boom', () => { throw new Error('route broke'); });
      app.get('/boom-async', async () => { await Promise.resolve(); throw new Error('async route broke'); });
    },
  });
  const port = await gateway.start();
  try {
    const base = `http://127.0.0.1:${port}`;
    for (const path of ['/metrics', '/boom', '/boom-async']) {
      const answer = await get(`${base}${path}`);
      assert.equal(answer.status, 500, `${path}: ${answer.body}`);
      assert.equal(JSON.parse(answer.body).error, 'internal');
      assert.equal((await get(`${base}/healthz`)).status, 200, 'still serving');
    }
    const second = await get(`${base}/metrics`);
    assert.equal(second.status, 500, 'a rejection is answered as before');
    assert.equal(gateway.stats.handlerErrors, 3, 'the three throws are counted');
    assert.equal((await get(`${base}/healthz`)).status, 200);
  } finally {
    await gateway.close();
  }
});

engineTest('a second Sluice on a busy HTTP port fails to start, naming the port; the first keeps serving', async (engine) => {
  // A fixed port: a port-0 bind gets an ephemeral port that uWS's port reuse does not share, which would hide the defect.
  const port = await freePort();
  const first = await startChildSluice(['--http-engine', engine, '--http-port', String(port)]);
  const second = startChildSluice(['--http-engine', engine, '--http-port', String(port)]);
  await assert.rejects(second, (error: Error) => {
    assert.match(error.message, /child exited 1/);
    assert.match(error.message, new RegExp(`cannot listen on http://127\\.0\\.0\\.1:${first.httpPort}`));
    return true;
  });
  assert.equal((await get(`http://127.0.0.1:${first.httpPort}/healthz`)).status, 200);
  assert.equal(first.process.exitCode, null);
});
