/**
 * Seeded HTTP fuzz against a live Sluice (a child process) with metrics
 * flowing over gRPC: 20,000 random and hostile requests (paths, queries,
 * headers, methods, garbage bytes, requests split across several writes)
 * on many raw sockets at once.
 *
 * Holds throughout: the process never exits; /healthz, probed every 20 ms
 * from a worker thread on its own keep-alive connection, answers within
 * 250 ms (its round trip waits for a core too); the child's main thread is
 * never blocked more than 100 ms (its event-loop delay, measured inside it
 * by a preloaded monitor: any one request's handling is a task on that
 * thread, so this bounds the time of each, with GC and everything else
 * included); no request makes a handler fail; and the ledger balances at
 * the end.
 */
import assert from 'node:assert/strict';
import net from 'node:net';
import { Worker } from 'node:worker_threads';
import { startChildSluice } from './support/child-sluice.js';
import { IngestClient, type TestMetric } from './support/ingest-client.js';
import { scrape, sumOf } from '../devkit/prometheus-text.js';
import { requestRefusedReasons } from '../catalogue/reasons.js';
import { seededRandom } from './support/seeded-random.js';
import { engineTest, waitFor } from './support/sluice-harness.js';

const kRequests = 20_000;
const kSockets = 64;

function hostileRequest(random: () => number): { bytes: Buffer; wellFormed: boolean } {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const repeat = (s: string, max: number): string => s.repeat(1 + Math.floor(random() * max));
  const word = (): string => pick(['fuzz.m1', 'fuzz.*', '*', '**', 'a', '%', '%zz', '%E0%A4%A', '__proto__', 'constructor', 'héllo', '\u0000', '..', '%2F', '%00']);
  const params = (): string => {
    const out: string[] = [];
    for (let n = Math.floor(random() * 6); n > 0; n--) {
      switch (Math.floor(random() * 11)) {
        case 0: out.push(`match=${repeat('*', 40)}${word()}`); break;
        case 1: out.push(`match=${repeat('a', 9000)}`); break;                         // over the URL cap
        case 2: out.push(Array.from({ length: 1 + Math.floor(random() * 60) }, () => `match=${word()}`).join('&')); break;
        case 3: out.push(Array.from({ length: 1 + Math.floor(random() * 60) }, () => `label=${word()}:${word()}`).join('&')); break;
        case 4: out.push(`lastEventId=${pick(['1e308', '-1', '0', '12.5', 'NaN', '99999999999999999999', String(Date.now() - 5000), '%00'])}`); break;
        case 5: out.push(`label=__proto__:${word()}`); break;
        case 6: out.push(`resolution=${pick(['1s', '10s', '1m', '0', '1e308', '-1s', 'x'])}`); break;
        case 7: out.push(`token=${word()}`); break;
        case 8: out.push(`${word()}=${word()}`); break;
        case 9: out.push(`match=${repeat('*', 120)}`); break;
        default: out.push(`label=${repeat('k', 300)}:v`);
      }
    }
    return out.join('&');
  };
  const kind = Math.floor(random() * 10);
  if (kind === 0) return { bytes: Buffer.from(Array.from({ length: 1 + Math.floor(random() * 400) }, () => Math.floor(random() * 256))), wellFormed: false };
  const method = kind === 1 ? pick(['POST', 'PUT', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'BREW', 'G\u0000T', '']) : 'GET';
  const path = pick(['/v1/stream', '/v1/series', '/v1/series', '/healthz', '/readyz', '/metrics', '/', '/dashboard.js', '/nope', '//v1/stream', '/v1/stream/', '/%2e%2e/etc/passwd', '*']);
  const query = random() < 0.8 ? `?${params()}` : '';
  const headers = [`Host: 127.0.0.1`];
  for (let n = Math.floor(random() * 4); n > 0; n--) {
    headers.push(pick([
      `Last-Event-ID: ${pick(['1e308', '-5', '0', 'abc', String(Date.now() - 3000), '9'.repeat(40)])}`,
      `Origin: ${pick(['http://evil.example', 'null', ''])}`,
      `Authorization: Bearer ${word()}`,
      `X-Long: ${repeat('x', 3000)}`,
      `Cache-Control: no-cache`,
      `Transfer-Encoding: chunked`,
      `Content-Length: ${pick(['0', '5', '-1', '99999999999'])}`,
      `: no name`,
      `Bad Header`,
    ]));
  }
  const version = random() < 0.95 ? 'HTTP/1.1' : pick(['HTTP/1.0', 'HTTP/9.9', '']);
  const text = `${method} ${path}${query} ${version}\r\n${headers.join('\r\n')}\r\n\r\n`;
  // Well-formed: what any HTTP/1.1 server must answer (printable ASCII, proper headers, no body framing).
  const wellFormed = kind !== 1 && version === 'HTTP/1.1' && /^[\x20-\x7e\r\n]*$/.test(text)
    && headers.every((h) => /^[A-Za-z-]+: /.test(h) && !h.startsWith('Transfer-Encoding') && !h.startsWith('Content-Length'));
  return { bytes: Buffer.from(text), wellFormed };
}

/** Sends one request in 1–4 pieces; resolves with the status line's code (0: closed without one, -1: no answer in time). */
function exchange(port: number, bytes: Buffer, random: () => number): Promise<{ code: number; pieces: number[] }> {
  // uWebSockets.js answers 505 to a request line split across writes (its parser's decision, see the README limits), so split a third of the requests only.
  const cuts = Array.from({ length: random() < 0.33 ? 1 + Math.floor(random() * 3) : 0 }, () => Math.floor(random() * bytes.length)).sort((a, b) => a - b);
  const pieces = [0, ...cuts, bytes.length].slice(1).map((end, i, ends) => bytes.subarray(i === 0 ? 0 : ends[i - 1]!, end));
  const lengths = pieces.map((p) => p.length);
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let answer = '';
    const finish = (code: number): void => { clearTimeout(timer); socket.destroy(); resolve({ code, pieces: lengths }); };
    const timer = setTimeout(() => finish(-1), 1500);
    socket.on('error', () => {});
    socket.on('data', (chunk: Buffer) => {
      answer += chunk.toString('latin1');
      if (answer.includes('\r\n')) finish(Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0));
    });
    socket.on('close', () => finish(Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0)));
    socket.on('connect', () => {
      let i = 0;
      const next = (): void => {
        if (i >= pieces.length || socket.destroyed) return;
        socket.write(pieces[i++]!);
        setImmediate(next);
      };
      next();
    });
  });
}

/** /healthz every 20 ms on one keep-alive connection, from its own thread (the fuzzing does not delay it); posts the slowest. */
function startHealthProbe(port: number): { stop: () => Promise<{ maxMs: number; probes: number; failures: number }> } {
  const worker = new Worker(`
    const { parentPort, workerData } = require('node:worker_threads');
    const http = require('node:http');
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    let maxMs = 0, probes = 0, failures = 0, running = true;
    parentPort.on('message', () => { running = false; });
    const probe = () => {
      if (!running) return parentPort.postMessage({ maxMs, probes, failures });
      const t0 = performance.now();
      const req = http.get({ host: '127.0.0.1', port: workerData.port, path: '/healthz', agent, timeout: 2000 }, (res) => {
        res.resume();
        res.on('end', () => {
          maxMs = Math.max(maxMs, performance.now() - t0); probes++;
          if (res.statusCode !== 200) failures++;
          setTimeout(probe, 20);
        });
      });
      req.on('timeout', () => req.destroy(new Error('timeout')));
      req.on('error', () => { failures++; maxMs = Math.max(maxMs, performance.now() - t0); setTimeout(probe, 20); });
    };
    probe();
  `, { eval: true, workerData: { port } });
  return {
    stop: () => new Promise((resolve) => { worker.once('message', (m) => { void worker.terminate(); resolve(m as { maxMs: number; probes: number; failures: number }); }); worker.postMessage('stop'); }),
  };
}

engineTest('HTTP fuzz: 20,000 seeded hostile requests; the process lives, /healthz stays fast, no request blocks the loop, the ledger balances', async (engine) => {
  const probeFile = new URL('./support/event-loop-probe.js', import.meta.url).href;
  const child = await startChildSluice(['--http-engine', engine], { NODE_OPTIONS: `--import ${probeFile}` });
  const exited = child.exited.then((code) => { throw new Error(`Sluice exited (${code}) during the fuzz:\n${child.logs.slice(-20).join('\n')}`); });
  const loopReports = (): number[] => child.logs.join('').split('\n').filter((l) => l.startsWith('sluice-event-loop ')).map((l) => (JSON.parse(l.slice(18)) as { maxMs: number }).maxMs);

  // Metrics flow all along, with hostile label keys too.
  const client = new IngestClient(child.grpcPort);
  let flowing = true;
  let sent = 0;
  const flow = (async () => {
    for (let round = 0; flowing; round++) {
      const batch: TestMetric[] = Array.from({ length: 50 }, (_, i) => ({
        name: `fuzz.m${i % 5}`,
        labels: [{ key: i % 2 === 0 ? '__proto__' : 'host', value: `h${i % 7}` }],
        value: i,
      }));
      await client.push(batch, round);
      sent += batch.length;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();

  const random = seededRandom(12);
  const health = startHealthProbe(child.httpPort);
  const reportsBefore = loopReports().length;
  const codes = new Map<number, number>();
  const unanswered: string[] = [];
  let next = 0;
  const started = Date.now();
  const worker = async (): Promise<void> => {
    while (next < kRequests) {
      next++;
      const { bytes, wellFormed } = hostileRequest(random);
      const { code, pieces } = await exchange(child.httpPort, bytes, random);
      codes.set(code, (codes.get(code) ?? 0) + 1);
      // uWebSockets.js refuses a request line split across TCP segments, with a 505 or by closing (its parser's
      // decision, docs/limits.md): there, only requests whose line came in one piece, its CRLF included (a
      // piece ending between the CR and the LF is closed too), must be answered.
      const lineWhole = pieces[0]! >= bytes.indexOf('\r\n') + 2;
      if (wellFormed && (engine === 'node' || lineWhole) && code <= 0 && unanswered.length < 10) unanswered.push(`${code === 0 ? 'closed' : 'no answer in time'}, sent in pieces of ${pieces.join('+')} bytes: ${JSON.stringify(bytes.toString('latin1')).slice(0, 300)}…${JSON.stringify(bytes.subarray(-120).toString('latin1'))}`);
    }
  };
  await Promise.race([Promise.all(Array.from({ length: kSockets }, worker)), exited]);
  const fuzzSeconds = (Date.now() - started) / 1000;
  const healthResult = await health.stop();
  flowing = false;
  await flow;
  const loop = loopReports().slice(reportsBefore);

  process.stdout.write(`# fuzz: ${kRequests} requests in ${fuzzSeconds.toFixed(1)} s; codes ${JSON.stringify([...codes].sort((a, b) => a[0] - b[0]))}; /healthz slowest ${healthResult.maxMs.toFixed(1)} ms over ${healthResult.probes}; loop delay worst ${Math.max(...loop).toFixed(1)} ms; ${sent} metrics\n`);
  assert.equal(child.process.exitCode, null, 'the process is alive');
  assert.equal([...codes.values()].reduce((a, b) => a + b, 0), kRequests);
  assert.equal(codes.get(500) ?? 0, 0, `no handler failed: ${JSON.stringify([...codes])}`);
  assert.deepEqual(unanswered, [], 'every well-formed request got an answer');
  assert.ok((codes.get(400) ?? 0) > 500 && (codes.get(200) ?? 0) > 1000, JSON.stringify([...codes]));
  assert.equal(healthResult.failures, 0, '/healthz never failed');
  assert.ok(healthResult.probes > 20, `probes ran (${healthResult.probes})`);
  // The probe's round trip also waits for a core: the fuzzing sockets, this
  // process and the server share two, and one CI run read 141 ms with the
  // server's loop never blocked more than 36 ms. The server's own bound is
  // the loop delay below; this one catches /healthz queued behind work.
  assert.ok(healthResult.maxMs < 250, `/healthz answered within 250 ms throughout (slowest ${healthResult.maxMs.toFixed(1)} ms)`);
  assert.ok(loop.length > 5, 'event-loop reports came');
  const worst = Math.max(...loop);
  // The delay also counts time the thread waited for a core (two, shared
  // with the fuzzing process and the server's other threads): 26–38 ms is
  // usual, one CI run on a slow day read 58 ms. A request handled in more
  // than linear time on these capped inputs would hold it for far longer.
  assert.ok(worst <= 100, `the main thread was never blocked more than 100 ms (worst ${worst.toFixed(1)} ms)`);

  // The ledger: every metric accepted is aggregated (or counted lost), every one received accepted or rejected.
  await waitFor(async () => {
    const m = await scrape(child.httpPort);
    return m.get('sluice_metrics_received_total') === sent && m.get('sluice_metrics_aggregated_total')! + sumOf(m, 'sluice_metrics_lost_total') === m.get('sluice_metrics_accepted_total');
  }, 10_000, 'the ledger to settle');
  const m = await scrape(child.httpPort);
  assert.equal(m.get('sluice_metrics_received_total'), m.get('sluice_metrics_accepted_total')! + sumOf(m, 'sluice_metrics_rejected_total'));
  assert.equal(m.get('sluice_http_handler_errors_total'), 0);
  // Refusals are counted by reason, each a reason of the catalogue. Many hostile requests never reach a
  // handler (the engine's own parser answers raw non-ASCII or NUL bytes, bad framing, split lines on uWS):
  // those are not Sluice's refusals, so the count is bounded by the 4xx answers, not equal to them.
  const refused = [...m].filter(([k]) => k.startsWith('sluice_sse_refused_total{'));
  const refusedSum = sumOf(m, 'sluice_sse_refused_total');
  const answered4xx = [400, 401, 403, 414, 429].reduce((n, code) => n + (codes.get(code) ?? 0), 0);
  assert.ok(refusedSum > 100 && refusedSum <= answered4xx, `refusals counted: ${refusedSum} of ${answered4xx} 4xx answers: ${JSON.stringify(refused)}`);
  for (const [key] of refused) assert.ok((requestRefusedReasons as readonly string[]).includes(/reason="([^"]*)"/.exec(key)![1]!), key);
});
