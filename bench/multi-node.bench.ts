/**
 * One ingest node against two, on this machine, through a private Redis:
 * every process on its own (Redis, ingest nodes, a gateway, the load
 * generator, a dashboard). The shards are split so that both set-ups run
 * the same number of aggregator threads (cores in all): one node with
 * `cores` shards, or two with `cores / 2` each.
 *
 *   throughput: one generator, two gRPC streams, flat out; with two nodes
 *     its streams go one to each node and every series is sent to both, so
 *     every window is two partial windows merged at the gateway (the worst
 *     case for the merge). Counts only if the ledgers of all nodes balance.
 *   latency: the same fixed rate for both, window close → dashboard at the
 *     gateway. The difference is what the cross-node merge adds: waiting
 *     for the second node's tick and its partial windows, and merging them.
 */
import { availableParallelism } from 'node:os';
import type { ChildProcess } from 'node:child_process';
import { scrape } from '../devkit/prometheus-text.js';
import { freePort, launchRedis } from '../devkit/redis-process.js';
import { ask, start, type Started } from './support/children.js';
import type { LoadResult } from './support/load-generator.js';
import { ratio, type BenchResult, type Measurement } from './support/report.js';
import type { ServerStats } from './support/server-process.js';

const serverFile = new URL('./support/server-process.js', import.meta.url);
const loadFile = new URL('./support/load-generator.js', import.meta.url);
const watcherFile = new URL('./support/window-watcher.js', import.meta.url);

interface Topology {
  nodes: Started[];
  gateway: Started;
  stop(): void;
}

let topologies = 0;

async function startTopology(redisUrl: string, nodeCount: number): Promise<Topology> {
  const shards = Math.max(1, Math.floor(availableParallelism() / nodeCount));
  // Each phase under its own prefix: the nodes of a phase that ended by a
  // kill would otherwise still be members (owing the next phase's first
  // windows until their node timeout passed) and inflate its gateway's wait.
  const redis = ['--redis-url', redisUrl, '--redis-prefix', `bench${++topologies}:`];
  const nodes: Started[] = [];
  for (let i = 0; i < nodeCount; i++) {
    nodes.push(await start(serverFile, ['sluice', '--role', 'ingest', ...redis, '--node-id', `bench-${i}`, '--shards', String(shards)]));
  }
  const gateway = await start(serverFile, ['sluice', '--role', 'gateway', ...redis]);
  // Let the gateway see every node's first heartbeat.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  return { nodes, gateway, stop: () => { for (const s of [...nodes, gateway]) s.child.kill(); } };
}

function targets(topology: Topology): string {
  return topology.nodes.map((n) => `127.0.0.1:${n.ready.ports!.grpc}`).join(',');
}

async function ledgers(nodes: Started[], type: 'stats' | 'stop'): Promise<ServerStats> {
  const all = await Promise.all(nodes.map((n) => ask<ServerStats>(n.child, { type }, type === 'stats' ? 'stats' : 'stopped')));
  const sum = { cpuSeconds: 0, rss: 0, received: 0, accepted: 0, aggregated: 0, lost: 0, rejected: 0, series: 0 };
  for (const s of all) for (const k of Object.keys(sum) as Array<keyof ServerStats>) sum[k] += s[k];
  return sum;
}

interface ThroughputRun {
  nodes: number;
  metricsPerSecond: number;
  cpuSecondsPerMillion: number;
  balanced: boolean;
}

async function throughputRun(redisUrl: string, nodeCount: number, durationMs: number): Promise<ThroughputRun> {
  const topology = await startTopology(redisUrl, nodeCount);
  const gen = await start(loadFile);
  try {
    await ask(gen.child, { type: 'run', target: targets(topology), mode: 'grpc', batch: 1000, streams: 2, series: 10_000, durationMs, rate: 0 }, 'prepared');
    const before = await ledgers(topology.nodes, 'stats');
    const load = await ask<LoadResult>(gen.child, { type: 'go' }, 'result');
    const after = await ledgers(topology.nodes, 'stats');
    let idle = after;
    for (let i = 0; i < 40 && idle.aggregated + idle.lost < idle.accepted; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      idle = await ledgers(topology.nodes, 'stats');
    }
    const final = await ledgers(topology.nodes, 'stop');
    return {
      nodes: nodeCount,
      metricsPerSecond: load.accepted / load.seconds,
      cpuSecondsPerMillion: ((after.cpuSeconds - before.cpuSeconds) / Math.max(1, load.accepted)) * 1e6,
      balanced: final.received === final.accepted + final.rejected && final.accepted === final.aggregated + final.lost
        && final.aggregated === load.accepted && final.lost === 0,
    };
  } finally {
    topology.stop();
    gen.child.kill();
  }
}

interface LatencyRun {
  nodes: number;
  rate: number;
  windows: number;
  close: { p50: number; p99: number; p999: number; max: number };
  /** Gateway means over the run, ms: waiting for every node's part; merging, encoding and writing. */
  waitMs: number;
  deliverMs: number;
}

async function latencyRun(redisUrl: string, nodeCount: number, rate: number, durationMs: number): Promise<LatencyRun> {
  const topology = await startTopology(redisUrl, nodeCount);
  const gen = await start(loadFile);
  const watcher = await start(watcherFile);
  try {
    await ask(watcher.child, { type: 'open', port: topology.gateway.ready.ports!.http, path: '/v1/stream', latenessMs: 500 }, 'opened');
    const warmup = 3000;
    await ask(gen.child, { type: 'run', target: targets(topology), mode: 'grpc', batch: 1000, streams: 2, series: 10_000, durationMs: durationMs + warmup + 2000, rate }, 'prepared');
    const loading = ask<LoadResult>(gen.child, { type: 'go' }, 'result');
    await new Promise((resolve) => setTimeout(resolve, warmup));
    const result = await ask<{ windows: number; close: LatencyRun['close'] }>(watcher.child, { type: 'measure', ms: durationMs }, 'result');
    await loading;
    const samples = await scrape(topology.gateway.ready.ports!.http);
    const mean = (name: string): number => (1000 * (samples.get(`${name}_sum`) ?? 0)) / Math.max(1, samples.get(`${name}_count`) ?? 0);
    return { nodes: nodeCount, rate, windows: result.windows, close: result.close, waitMs: mean('sluice_sse_window_wait_seconds'), deliverMs: mean('sluice_sse_window_deliver_seconds') };
  } finally {
    topology.stop();
    gen.child.kill();
    watcher.child.kill();
  }
}

export async function run(options: { quick: boolean }): Promise<BenchResult> {
  const seconds = options.quick ? 5000 : 10_000;
  const say = (text: string): void => { process.stderr.write(`  multi-node: ${text}\n`); };
  const redisPort = await freePort();
  const redis: ChildProcess = await launchRedis(redisPort);
  const redisUrl = `redis://127.0.0.1:${redisPort}`;
  try {
    say('throughput, 1 ingest node');
    const one = await throughputRun(redisUrl, 1, seconds);
    say('throughput, 2 ingest nodes');
    const two = await throughputRun(redisUrl, 2, seconds);
    const rate = Math.floor(Math.min(one.metricsPerSecond, two.metricsPerSecond) / 4);
    say(`latency at ${rate} metrics/s, 1 ingest node`);
    // One window event per second reaches the dashboard: measure longer for percentiles.
    const latencyMs = options.quick ? 10_000 : 30_000;
    const lat1 = await latencyRun(redisUrl, 1, rate, latencyMs);
    say(`latency at ${rate} metrics/s, 2 ingest nodes`);
    const lat2 = await latencyRun(redisUrl, 2, rate, latencyMs);

    const measurements: Measurement[] = [];
    for (const t of [one, two]) {
      measurements.push({
        variant: `${t.nodes} ingest node(s), batch 1000, 10,000 series, 2 streams: sustained`, value: t.metricsPerSecond,
        unit: `metrics/s, ${t.cpuSecondsPerMillion.toFixed(2)} node CPU-s per million${t.balanced ? ', ledgers balanced' : ', LEDGERS NOT BALANCED'}`, detail: { cpuSecondsPerMillion: t.cpuSecondsPerMillion },
      });
    }
    for (const l of [lat1, lat2]) {
      measurements.push({ variant: `${l.nodes} ingest node(s) at ${l.rate} metrics/s: window close → dashboard`, value: l.close.p99, unit: `ms p99 (p50 ${l.close.p50}, p999 ${l.close.p999}, max ${l.close.max}; ${l.windows} windows)` });
      measurements.push({ variant: `${l.nodes} ingest node(s): at the gateway, mean wait for the nodes' parts / mean merge + encode + write`, value: l.waitMs, unit: `ms / ${l.deliverMs.toFixed(1)} ms` });
    }
    const cores = availableParallelism();
    return {
      name: 'multi-node',
      question: 'does a second ingest node add throughput on this machine, and what does the cross-node merge cost?',
      measurements,
      ratios: [
        ratio(`2 nodes / 1 node metrics/s (aim: close to ${cores} cores / generator share)`, two.metricsPerSecond / one.metricsPerSecond),
        ratio('latency the cross-node merge adds: p50 close → dashboard, 2 nodes − 1 node, ms', lat2.close.p50 - lat1.close.p50),
        ratio('latency the cross-node merge adds: p99 close → dashboard, 2 nodes − 1 node, ms', lat2.close.p99 - lat1.close.p99),
      ],
      notes: [
        `${cores} cores for Redis, the ingest node(s), the gateway, the generator and the dashboard: the nodes share the cores the single node had`,
        one.balanced && two.balanced ? 'every run: the ledgers of all nodes balanced and they aggregated exactly what they acked' : 'a ledger did not balance',
      ],
    };
  } finally {
    redis.kill('SIGKILL');
  }
}
