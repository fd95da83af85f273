/**
 * The two HTTP engines: what node:http serves that uWebSockets.js refuses,
 * how the engine is chosen and reported, and that a busy port fails on both.
 * (Every HTTP/SSE suite runs on both engines through `engineTest`.)
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { openHttpEngine } from '../gateway/engines/open-http-engine.js';
import { loadUws } from '../gateway/engines/uws-engine.js';
import type { HttpEngineError } from '../gateway/http-engine.js';
import { startChildSluice } from './support/child-sluice.js';
import { scrape } from '../devkit/prometheus-text.js';
import { rawExchange, statusOf } from './support/raw-http.js';
import { engineTest, startTestSluiceOn } from './support/sluice-harness.js';

const serverFile = fileURLToPath(new URL('../server.js', import.meta.url));
const withoutUws = `--import=${new URL('./support/hide-modules.js', import.meta.url).href}`;
const uwsLoads = await loadUws().then(() => true, () => false);

test('node engine: a request line split across two TCP segments is answered 200', async () => {
  const sluice = await startTestSluiceOn('node');
  const response = await rawExchange(sluice.httpPort, ['GET /hea', 'lthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'], { gapMs: 100 });
  assert.equal(statusOf(response), 200, response);
  assert.match(response, /\{"status":"ok"\}$/);
});

test('node engine: HTTP/1.0 requests are answered, JSON and SSE alike', async () => {
  const sluice = await startTestSluiceOn('node');
  const health = await rawExchange(sluice.httpPort, ['GET /healthz HTTP/1.0\r\n\r\n']);
  assert.equal(statusOf(health), 200, health);
  assert.match(health, /\{"status":"ok"\}$/);
  // HTTP/1.0 has no chunked encoding: the stream's body is the raw events, until the connection closes.
  const stream = await rawExchange(sluice.httpPort, ['GET /v1/stream?match=x HTTP/1.0\r\n\r\n'], { quietMs: 500 });
  assert.equal(statusOf(stream), 200, stream);
  assert.match(stream, /^content-type: text\/event-stream/im);
  assert.doesNotMatch(stream, /^transfer-encoding: chunked/im);
  assert.match(stream, /\r\n\r\nretry: 2000\n: sluice\n\n/);
});

test('node engine: a header section past 16 KiB gets 431, and the server keeps serving', async () => {
  const sluice = await startTestSluiceOn('node');
  const response = await rawExchange(sluice.httpPort, [`GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`]);
  assert.equal(statusOf(response), 431, response);
  assert.equal((await fetch(`http://127.0.0.1:${sluice.httpPort}/healthz`)).status, 200);
});

engineTest('/readyz and /metrics name the engine that serves', async (engine) => {
  const sluice = await startTestSluiceOn(engine);
  const ready = await (await fetch(`http://127.0.0.1:${sluice.httpPort}/readyz`)).json() as { status: string; engine: string };
  assert.deepEqual(ready, { status: 'ready', engine });
  const samples = await scrape(sluice.httpPort);
  assert.equal(samples.get(`sluice_http_engine{engine="${engine}"}`), 1);
  assert.equal([...samples.keys()].filter((k) => k.startsWith('sluice_http_engine{')).length, 1);
});

engineTest('a busy HTTP port fails listen with an error naming the port', async (engine) => {
  const first = (await openHttpEngine(engine)).engine;
  first.any('/*', (res) => res.end('first'));
  const port = await first.listen('127.0.0.1', 0);
  after(() => first.close());
  const second = (await openHttpEngine(engine)).engine;
  await assert.rejects(second.listen('127.0.0.1', port), (error: HttpEngineError) =>
    error.code === 'ERR_SLUICE_LISTEN' && error.name === 'HttpEngineError' && error.message.includes(`http://127.0.0.1:${port}`));
  assert.equal(await (await fetch(`http://127.0.0.1:${port}/`)).text(), 'first');
});

test('without uWebSockets.js: auto serves on node and says why; --http-engine uws refuses to start, naming why', async () => {
  const refused = spawnSync(process.execPath, [withoutUws, serverFile, '--http-port', '0', '--grpc-port', '0'], {
    env: { ...process.env, SLUICE_HTTP_ENGINE: 'uws' }, encoding: 'utf8', timeout: 30_000,
  });
  assert.equal(refused.status, 1, refused.stderr);
  assert.match(refused.stderr, /SLUICE_HTTP_ENGINE \(--http-engine\) is uws, but uWebSockets.js does not load on Node .*Cannot find package 'uWebSockets.js'.*; use --http-engine node/);

  const sluice = await startChildSluice([], { NODE_OPTIONS: withoutUws });
  const logs = sluice.logs.map((line) => { try { return JSON.parse(line) as Record<string, unknown>; } catch { return {}; } });
  const chosen = logs.find((l) => l.msg === 'http engine');
  assert.equal(chosen?.engine, 'node');
  assert.match(String(chosen?.reason), /^auto: uWebSockets.js does not load on Node .*Cannot find package/);
  assert.equal(logs.find((l) => l.msg === 'sluice listening')?.engine, 'node');
  const ready = await (await fetch(`http://127.0.0.1:${sluice.httpPort}/readyz`)).json() as { engine: string };
  assert.equal(ready.engine, 'node');
  sluice.process.kill('SIGTERM');
  assert.equal(await sluice.exited, 0);
});

test('where uWebSockets.js does not load on this Node, --http-engine uws refuses to start with the loader\'s reason', { skip: uwsLoads ? `uWebSockets.js loads on Node ${process.versions.node}` : false }, () => {
  const refused = spawnSync(process.execPath, [serverFile, '--http-port', '0', '--grpc-port', '0', '--http-engine', 'uws'], { encoding: 'utf8', timeout: 30_000 });
  assert.equal(refused.status, 1, refused.stderr);
  assert.match(refused.stderr, /--http-engine\) is uws, but uWebSockets.js does not load on Node /);
});
