/**
 * Question: how many dashboards can one gateway serve, and how well?
 * 1,000 / 5,000 / 10,000 SSE clients on one topic, 10 windows a second of
 * about 1 KB each, clients in a separate process. For each: deliveries/s,
 * publish → receipt latency (p50/p99/p999/max), loss, RSS per connection,
 * and deliveries per CPU-second of the server (the whole process: every
 * thread). The gateway runs on both HTTP engines, and with
 * `--gateway-threads 2` beside one thread (at 10,000 clients only those
 * two) (`uws`: uWebSockets.js, where it loads; `node`: node:http
 * behind the same seam). Baseline in the same run: the obvious node:http SSE
 * server on the same bus writing the same once-encoded frames. Peer in the
 * same run, when installed: nginx + nchan (one worker), the same window
 * events published to it over HTTP; its CPU is nginx's (master and worker,
 * from /proc), not the publisher's.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { nodeSharesPort } from '../gateway/engines/node-engine.js';
import { loadUws } from '../gateway/engines/uws-engine.js';
import { ask } from './support/children.js';
import { nchanMissing, startNchan, type Nchan } from './support/nchan-server.js';
import { readProcsCpuSeconds } from './support/proc-usage.js';
import { ratio, type BenchResult, type Measurement } from './support/report.js';

const serverFile = new URL('./support/fanout-server.js', import.meta.url);
const clientFile = new URL('./support/sse-load-client.js', import.meta.url);

interface ServerStats { cpuSeconds: number; rss: number; clients: number; windows: number }
interface ClientResult { received: number; missed: number; repeated: number; p50: number; p99: number; p999: number; max: number }

function started(child: ChildProcess): Promise<{ port?: number }> {
  return new Promise((resolve, reject) => {
    child.once('message', (m: { port?: number }) => resolve(m));
    child.once('exit', (code) => reject(new Error(`child exited ${code}`)));
  });
}

export interface FanoutRun {
  kind: string;
  clients: number;
  deliveriesPerSecond: number;
  deliveriesPerCpuSecond: number;
  lossRatio: number;
  /** Windows a connection received twice (must be 0). */
  repeated: number;
  rssPerConnection: number;
  latency: { p50: number; p99: number; p999: number; max: number };
}

function rssOf(pids: readonly number[]): number {
  let total = 0;
  for (const pid of pids) {
    try { total += Number(/^VmRSS:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/status`, 'latin1'))?.[1] ?? 0) * 1024; } catch { /* exited */ }
  }
  return total;
}

/** `uws` / `node`: the gateway on that HTTP engine (`-2t`: on two gateway threads); `node-http`: the baseline; `nchan`: the peer. */
export type FanoutKind = 'uws' | 'node' | 'uws-2t' | 'node-2t' | 'node-http' | 'nchan';

export async function runFanout(kind: FanoutKind, clients: number, measureMs: number): Promise<FanoutRun> {
  const nchan: Nchan | null = kind === 'nchan' ? await startNchan(100) : null;
  const server = fork(serverFile, [kind, '8', String(nchan?.port ?? 0)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const client = fork(clientFile, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  // nchan's numbers come from nginx (CPU and RSS from /proc, subscribers from its status page).
  const stats = async (): Promise<ServerStats> => nchan === null
    ? ask<ServerStats>(server, { type: 'stats' }, 'stats')
    : { cpuSeconds: readProcsCpuSeconds(nchan.pids()), rss: rssOf(nchan.pids()), clients: await nchan.subscribers(), windows: 0 };
  try {
    const { port } = await started(server);
    await started(client);
    const idle = await stats();
    await ask(client, { type: 'open', port, path: '/v1/stream?match=fan.load', clients, resolution: 100, startFrom: nchan === null ? 'id' : 'json' }, 'opened');
    for (let i = 0; i < 100; i++) {
      const s = await stats();
      if (s.clients >= clients) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await new Promise((resolve) => setTimeout(resolve, 1000)); // settle
    const before = await stats();
    const result = await ask<ClientResult>(client, { type: 'measure', ms: measureMs }, 'result');
    const after = await stats();
    await ask(client, { type: 'close' }, 'closed');
    return {
      kind, clients,
      deliveriesPerSecond: result.received / (measureMs / 1000),
      deliveriesPerCpuSecond: result.received / Math.max(1e-6, after.cpuSeconds - before.cpuSeconds),
      // Exact: windows missing from each connection's id sequence.
      lossRatio: result.missed / Math.max(1, result.received + result.missed),
      repeated: result.repeated,
      rssPerConnection: (before.rss - idle.rss) / clients,
      latency: { p50: result.p50, p99: result.p99, p999: result.p999, max: result.max },
    };
  } finally {
    server.kill();
    client.kill();
    nchan?.stop();
  }
}

export async function run(options: { quick: boolean }): Promise<BenchResult> {
  const sizes = options.quick ? [1000, 5000] : [1000, 5000, 10_000];
  const measureMs = options.quick ? 4000 : 10_000;
  const measurements: Measurement[] = [];
  const ratios = [];
  const runs: FanoutRun[] = [];
  const notes: string[] = [];
  const missing = nchanMissing();
  if (missing !== null) {
    notes.push(`nchan skipped: ${missing} (see bench/README.md for the apt-get line)`);
    process.stderr.write(`  fanout: nchan skipped: ${missing}\n`);
  }
  const uwsLoads = await loadUws().then(() => true, () => false);
  if (!uwsLoads) notes.push('uws skipped: uWebSockets.js does not load on this Node.js; the gateway ran on the node engine only');
  // Two gateway threads: on uWS where it loads, else on node:http where it can share a port.
  const threadedKind: FanoutKind | null = uwsLoads ? 'uws-2t' : nodeSharesPort() ? 'node-2t' : null;
  if (threadedKind === null) notes.push(`--gateway-threads 2 skipped: uWebSockets.js does not load and node:http cannot share a port on Node ${process.versions.node}`);
  for (const clients of sizes) {
    // 10,000 clients: the gateway on one thread against two only (the run time stays sane).
    const threadsOnly = clients === 10_000 && threadedKind !== null;
    process.stderr.write(`  fanout: ${clients} clients, gateway on ${uwsLoads ? 'uws and ' : ''}${threadsOnly ? '' : 'node, node:http'}${threadedKind === null ? '' : `, ${threadedKind}`}${missing === null && !threadsOnly ? ' and nchan' : ''}\n`);
    const uws = uwsLoads ? await runFanout('uws', clients, measureMs) : null;
    const threaded = threadedKind === null ? null : await runFanout(threadedKind, clients, measureMs);
    const node = threadsOnly && uws !== null ? null : await runFanout('node', clients, measureMs);
    const baseline = threadsOnly ? null : await runFanout('node-http', clients, measureMs);
    const peer = missing === null && !threadsOnly ? await runFanout('nchan', clients, measureMs) : null;
    // "sluice" in the ratios below: the gateway on its fast path (uWS where it loads), one thread.
    const sluice = (uws ?? node)!;
    const these = [...(uws === null ? [] : [uws]), ...(threaded === null ? [] : [threaded]), ...(node === null ? [] : [node]), ...(baseline === null ? [] : [baseline]), ...(peer === null ? [] : [peer])];
    runs.push(...these);
    for (const r of these) {
      measurements.push({ variant: `${r.kind}, ${clients} clients: server CPU per delivery`, value: 1e6 / r.deliveriesPerCpuSecond, unit: 'µs' });
      measurements.push({
        variant: `${r.kind}, ${clients} clients: deliveries/s`, value: r.deliveriesPerSecond, unit: '/s',
        detail: { p50: r.latency.p50, p99: r.latency.p99, p999: r.latency.p999, max: r.latency.max, loss: r.lossRatio, rssPerConnection: r.rssPerConnection, deliveriesPerCpuSecond: r.deliveriesPerCpuSecond },
      });
      measurements.push({ variant: `${r.kind}, ${clients} clients: latency p50 / p99 / p999 / max`, value: r.latency.p99, unit: `ms p99 (p50 ${r.latency.p50}, p999 ${r.latency.p999}, max ${r.latency.max})` });
      measurements.push({ variant: `${r.kind}, ${clients} clients: loss`, value: r.lossRatio * 100, unit: '%' });
      measurements.push({ variant: `${r.kind}, ${clients} clients: windows received twice`, value: r.repeated, unit: '' });
      measurements.push({ variant: `${r.kind}, ${clients} clients: RSS per connection`, value: r.rssPerConnection / 1024, unit: 'KiB' });
    }
    if (threaded !== null) {
      ratios.push(ratio(`${clients} clients: 2 gateway threads / 1, µs of whole-server CPU per delivery`, sluice.deliveriesPerCpuSecond / threaded.deliveriesPerCpuSecond));
      ratios.push(ratio(`${clients} clients: 2 gateway threads / 1, p99 latency`, threaded.latency.p99 / Math.max(1, sluice.latency.p99)));
    }
    if (baseline !== null) ratios.push(ratio(`${clients} clients: sluice / node:http deliveries per server CPU-second`, sluice.deliveriesPerCpuSecond / baseline.deliveriesPerCpuSecond, 1.5));
    if (uws !== null && node !== null) ratios.push(ratio(`${clients} clients: uws / node engine, deliveries per server CPU-second (target ≤ 1.5)`, uws.deliveriesPerCpuSecond / node.deliveriesPerCpuSecond, 1.5, 'max'));
    if (node !== null && baseline !== null) ratios.push(ratio(`${clients} clients: node engine / node:http baseline, deliveries per server CPU-second`, node.deliveriesPerCpuSecond / baseline.deliveriesPerCpuSecond, 1));
    if (peer !== null) {
      ratios.push(ratio(`${clients} clients: sluice / nchan CPU per delivery${clients === 1000 ? ' (target ≤ 1)' : ''}`, peer.deliveriesPerCpuSecond / sluice.deliveriesPerCpuSecond, clients === 1000 ? 1 : undefined, 'max'));
      ratios.push(ratio(`${clients} clients: sluice / nchan p99 latency`, sluice.latency.p99 / Math.max(1, peer.latency.p99)));
    }
    if (clients === 5000) {
      ratios.push(ratio('5,000 clients: sluice µs CPU per delivery (target ≤ 6)', 1e6 / sluice.deliveriesPerCpuSecond, 6, 'max'));
      ratios.push(ratio('5,000 clients: sluice p99 latency, ms (target ≤ 50)', sluice.latency.p99, 50, 'max'));
    }
    if (clients === 10_000) {
      ratios.push(ratio('10,000 clients: sluice p99 latency, ms (target ≤ 50)', sluice.latency.p99, 50, 'max'));
      ratios.push(ratio('10,000 clients: sluice KiB per connection (target ≤ 10)', sluice.rssPerConnection / 1024, 10, 'max'));
      ratios.push(ratio('10,000 clients: sluice loss, % (target 0)', sluice.lossRatio * 100, 0, 'max'));
    }
  }
  return { name: 'fanout', question: `${sizes.join(' / ')} SSE clients, one topic, 10 windows/s of ~1 KB, clients in another process`, measurements, ratios, notes, data: { runs } };
}
