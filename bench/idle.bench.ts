/**
 * Question: what does Sluice cost when there is almost nothing to do?
 * The real server in its own process, measured from /proc (whole process,
 * all threads, so the bench's own messages never wake it), in three phases:
 *   no producer, no dashboard;
 *   a trickle (20 series every 50 ms, one gRPC stream) and one SSE
 *   dashboard, at 1 s windows;
 *   the same at 100 ms windows;
 *   the floors, what the same rate costs with no Sluice: grpc-js alone
 *   taking the same trickle and answering each message with a fixed ack;
 *   node:net echoing 20 messages a second of the trickle's size; and Node woken
 *   20 times a second by a timer and doing nothing (on this VM a wake-up of
 *   a Node thread costs ~0.2–0.4 ms of CPU, so the wake-ups are the cost).
 * Per phase: server CPU as % of one core, and wake-ups per second per thread
 * (voluntary context switches), so the note can say where they go.
 */
import net from 'node:net';
import { ask, start, type Started } from './support/children.js';
import { readProcUsage, threadDeltas, type ThreadDelta } from './support/proc-usage.js';
import { ratio, type BenchResult, type Measurement, type Ratio } from './support/report.js';
import type { LoadSpec } from './support/load-generator.js';

const serverFile = new URL('./support/server-process.js', import.meta.url);
const generatorFile = new URL('./support/load-generator.js', import.meta.url);
const watcherFile = new URL('./support/window-watcher.js', import.meta.url);

export interface IdlePhase {
  name: string;
  kind: Server;
  windowMs: number;
  trickle: boolean;
  seconds: number;
  cpuPercent: number;
  wakeupsPerSecond: number;
  /** Windows the dashboard received while measuring (trickle phases). */
  windows: number;
  threads: Array<ThreadDelta & { label: string }>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * Time from start-up to measuring (`SLUICE_IDLE_SETTLE_MS`). At a trickle
 * functions turn hot slowly: TurboFan compiles (1–12 ms each, on V8's
 * platform threads) go on for 30–40 s (`--trace-opt`), so the quick run's
 * 15 s reads about a fifth above the steady state the full run's 40 s reaches.
 */
let settleMs = 15_000;
const kFloor = 'floor: grpc-js alone, the same trickle acked, no Sluice';
/**
 * The trickle's batch as the load generator encodes it (20 of its metrics:
 * MetricBatch.encode(...).length), what the echo floor is sent every 50 ms.
 */
const kTrickleBatchBytes = 1733;

/** What runs in the measured process: Sluice, or one of the floors of server-process.ts. */
type Server = 'sluice' | 'grpc-ack' | 'echo-floor' | 'timer-floor';

async function phase(name: string, windowMs: number, trickle: boolean, measureMs: number, kind: Server = 'sluice'): Promise<IdlePhase> {
  // Two shards, as on this 2-core machine by default; pinned so runs compare.
  // The gateway as configured by default (`auto` threads) unless SLUICE_IDLE_GATEWAY_THREADS says.
  const threads = process.env.SLUICE_IDLE_GATEWAY_THREADS;
  const floor = kind !== 'sluice';
  const server = await start(serverFile, floor ? [kind] : ['sluice', '--window-ms', String(windowMs), '--shards', '2', ...(threads === undefined ? [] : ['--gateway-threads', threads])]);
  const children: Started[] = [server];
  let echoTrickle: { socket: net.Socket; timer: NodeJS.Timeout } | null = null;
  try {
    const pid = server.child.pid!;
    const ports = server.ready.ports!;
    let watcher: Started | null = null;
    let result: Promise<{ windows: number }> | null = null;
    if (kind === 'echo-floor') {
      // The same rate and size as the trickle's batches, from this process (not measured).
      const socket = net.connect(ports.grpc, '127.0.0.1');
      socket.on('data', () => {});
      const batch = Buffer.alloc(kTrickleBatchBytes, 1);
      echoTrickle = { socket, timer: setInterval(() => socket.write(batch), 50) };
    } else if (trickle) {
      const generator = await start(generatorFile);
      children.push(generator);
      // 20 series every 50 ms: 400 metrics/s in batches of 20, for longer than the phase.
      const spec: LoadSpec = { target: `127.0.0.1:${ports.grpc}`, mode: 'grpc', batch: 20, streams: 1, series: 20, durationMs: measureMs + 60_000, rate: 400 };
      await ask(generator.child, { type: 'run', ...spec }, 'prepared');
      generator.child.send({ type: 'go' });
      if (!floor) {
        watcher = await start(watcherFile);
        children.push(watcher);
        await ask(watcher.child, { type: 'open', port: ports.http, path: `/v1/stream?resolution=${windowMs}`, latenessMs: 500 }, 'opened');
      }
    }
    // Let start-up work (JIT, first windows, series admission) pass (see settleMs).
    await sleep(settleMs);
    if (watcher !== null) watcher.child.send({ type: 'measure', ms: measureMs });
    result = watcher !== null ? new Promise((resolve) => watcher!.child.once('message', resolve as (m: unknown) => void)) : null;
    const before = readProcUsage(pid);
    const t0 = process.hrtime.bigint();
    await sleep(measureMs);
    const after = readProcUsage(pid);
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    const windows = result !== null ? (await result).windows : 0;
    const threads = threadDeltas(before, after, seconds).map((t) => ({ ...t, label: t.tid === pid ? 'main' : `tid+${t.tid - pid}` }));
    return {
      name, kind, windowMs, trickle, seconds, windows, threads,
      cpuPercent: ((after.cpuSeconds - before.cpuSeconds) / seconds) * 100,
      wakeupsPerSecond: threads.reduce((sum, t) => sum + t.wakeupsPerSecond, 0),
    };
  } finally {
    if (echoTrickle !== null) { clearInterval(echoTrickle.timer); echoTrickle.socket.destroy(); }
    // SIGINT: the server exits normally, so `--cpu-prof` (SLUICE_BENCH_NODE_ARGS) writes its profiles.
    await Promise.all(children.reverse().map((c) => new Promise((resolve) => {
      if (c.child.exitCode !== null) return resolve(null);
      c.child.once('exit', resolve);
      c.child.kill('SIGINT');
      setTimeout(() => c.child.kill('SIGKILL'), 5000).unref();
    })));
  }
}

/** "main 10/s 0.3%, tid+12 10/s 0.1%, …": the threads that woke at least once a second. */
function threadSummary(threads: IdlePhase['threads']): string {
  return threads.filter((t) => t.wakeupsPerSecond >= 1 || t.cpuPercent >= 0.1)
    .map((t) => `${t.label} ${t.wakeupsPerSecond.toFixed(0)}/s ${t.cpuPercent.toFixed(2)}%`).join(', ');
}

export async function run(options: { quick: boolean }): Promise<BenchResult> {
  const measureMs = Number(process.env.SLUICE_IDLE_MS ?? (options.quick ? 20_000 : 30_000));
  settleMs = Number(process.env.SLUICE_IDLE_SETTLE_MS ?? (options.quick ? 15_000 : 40_000));
  const phases: IdlePhase[] = [];
  const plan: Array<[string, number, boolean, number | null, Server]> = [
    ['no producer, no dashboard', 1000, false, 0.5, 'sluice'],
    ['trickle + 1 dashboard, 1 s windows', 1000, true, 1, 'sluice'],
    ['trickle + 1 dashboard, 100 ms windows', 100, true, 3, 'sluice'],
    [kFloor, 1000, true, null, 'grpc-ack'],
    ['floor: node:net echoing 20 messages/s of the trickle\'s size', 1000, false, null, 'echo-floor'],
    ['floor: Node woken 20 times/s by a timer, nothing else', 1000, false, null, 'timer-floor'],
  ];
  const measurements: Measurement[] = [];
  const ratios: Ratio[] = [];
  const notes: string[] = [];
  for (const [name, windowMs, trickle, target, kind] of plan) {
    process.stderr.write(`  idle: ${name} (${measureMs / 1000} s)\n`);
    const p = await phase(name, windowMs, trickle, measureMs, kind);
    phases.push(p);
    measurements.push({ variant: `${name}: server CPU`, value: p.cpuPercent, unit: '% of a core', detail: { seconds: p.seconds, windows: p.windows } });
    measurements.push({ variant: `${name}: wake-ups, all threads`, value: p.wakeupsPerSecond, unit: '/s' });
    if (trickle && target !== null) measurements.push({ variant: `${name}: windows at the dashboard`, value: p.windows / p.seconds, unit: '/s' });
    if (target !== null) ratios.push(ratio(`${name}: server CPU, % of a core (target ≤ ${target})`, p.cpuPercent, target, 'max'));
    notes.push(`${name}: ${threadSummary(p.threads)}`);
  }
  // What Sluice adds to the gRPC floor at 1 s windows (the part of the 1 % target it controls).
  const oneSecond = phases[1]!.cpuPercent;
  const floorCpu = phases.find((p) => p.kind === 'grpc-ack')!.cpuPercent;
  const echoCpu = phases.find((p) => p.kind === 'echo-floor')!.cpuPercent;
  notes.push(`1 s windows: Sluice ${oneSecond.toFixed(2)} % of a core, of which grpc-js alone (the floor) ${floorCpu.toFixed(2)} %, Sluice's own ${(oneSecond - floorCpu).toFixed(2)} %`);
  // The floors say what the targets mean on this machine: below the echo, no Node server can go.
  ratios.push(ratio('1 s windows with the trickle: Sluice / node:net echo of the same rate, CPU', oneSecond / echoCpu));
  ratios.push(ratio('grpc-js alone / node:net echo of the same rate, CPU', floorCpu / echoCpu));
  return {
    name: 'idle',
    question: `server CPU (whole process, from /proc) idle, and with 20 series / 50 ms + 1 dashboard at 1 s and 100 ms windows, ${measureMs / 1000} s each, from ${settleMs / 1000} s after start-up`,
    measurements, ratios, notes, data: { phases },
  };
}
