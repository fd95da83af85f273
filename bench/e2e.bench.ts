/**
 * The end-to-end load bench. The server, the load generator and the
 * dashboard each run in their own process; every phase is bounded in time.
 *
 *   ingest ceiling: the generator pushes as fast as flow control allows for
 *     the phase; the sustained rate is what the acks accepted per second.
 *     The run counts only if, once idle, the server's ledger balances and it
 *     aggregated exactly what it acked.
 *   baselines, same load, same run: unbatched (batch 1) vs batched, JSON over
 *     HTTP vs protobuf over gRPC, a single-threaded aggregator vs the sharded
 *     actor system.
 *   latency: at a fixed fraction of the ceiling, metric → dashboard and
 *     window close → dashboard (p50/p99/p999/max).
 *   cost: server CPU seconds per million metrics; RSS per active series.
 */
import { ask, start } from './support/children.js';
import { measureLoad } from './support/measured-load.js';
import { ratio, type BenchResult, type Measurement, type Ratio } from './support/report.js';
import type { LoadResult, LoadSpec } from './support/load-generator.js';

const serverFile = new URL('./support/server-process.js', import.meta.url);
const loadFile = new URL('./support/load-generator.js', import.meta.url);
const watcherFile = new URL('./support/window-watcher.js', import.meta.url);

export type ServerKind = 'sluice' | 'single-thread' | 'json-http';

export interface IngestRun {
  label: string;
  server: ServerKind;
  spec: Omit<LoadSpec, 'target'>;
  metricsPerSecond: number;
  cpuSecondsPerMillion: number;
  rss: number;
  series: number;
  balanced: boolean;
  ackedEqualsAggregated: boolean;
  load: LoadResult;
}

export async function ingestRun(label: string, server: ServerKind, flags: string[], spec: Omit<LoadSpec, 'target'>): Promise<IngestRun> {
  const srv = await start(serverFile, [server, ...flags]);
  const gen = await start(loadFile);
  try {
    const ports = srv.ready.ports!;
    const target = spec.mode === 'grpc' ? `127.0.0.1:${ports.grpc}` : `127.0.0.1:${ports.http}`;
    const { load, idle, final, cpuSecondsPerMillion, balanced } = await measureLoad(srv, gen, { ...spec, target });
    return {
      label, server, spec,
      metricsPerSecond: load.accepted / load.seconds,
      cpuSecondsPerMillion,
      rss: idle.rss,
      series: idle.series,
      balanced,
      ackedEqualsAggregated: final.aggregated === load.accepted && final.lost === 0,
      load,
    };
  } finally {
    srv.child.kill();
    gen.child.kill();
  }
}

export interface LatencyRun {
  fraction: number;
  rate: number;
  achieved: number;
  windows: number;
  close: { p50: number; p99: number; p999: number; max: number };
  metric: { p50: number; p99: number; p999: number; max: number };
}

export async function latencyRun(ceiling: number, fraction: number, durationMs: number, flags: string[] = []): Promise<LatencyRun> {
  const srv = await start(serverFile, ['sluice', ...flags]);
  const gen = await start(loadFile);
  const watcher = await start(watcherFile);
  try {
    const ports = srv.ready.ports!;
    await ask(watcher.child, { type: 'open', port: ports.http, path: '/v1/stream', latenessMs: 500 }, 'opened');
    const rate = Math.floor(ceiling * fraction);
    const warmup = 3000;
    await ask(gen.child, { type: 'run', target: `127.0.0.1:${ports.grpc}`, mode: 'grpc', batch: 1000, streams: 1, series: 10_000, durationMs: durationMs + warmup + 2000, rate }, 'prepared');
    const loading = ask<LoadResult>(gen.child, { type: 'go' }, 'result');
    await new Promise((resolve) => setTimeout(resolve, warmup));
    const result = await ask<{ windows: number; close: LatencyRun['close']; metric: LatencyRun['metric'] }>(watcher.child, { type: 'measure', ms: durationMs }, 'result');
    const load = await loading;
    return { fraction, rate, achieved: load.accepted / load.seconds, windows: result.windows, close: result.close, metric: result.metric };
  } finally {
    srv.child.kill();
    gen.child.kill();
    watcher.child.kill();
  }
}

export async function run(options: { quick: boolean }): Promise<BenchResult> {
  const seconds = options.quick ? 5000 : 10_000;
  const grpcSpec = (batch: number, streams: number, series: number): Omit<LoadSpec, 'target'> => ({ mode: 'grpc', batch, streams, series, durationMs: seconds, rate: 0 });
  const runs: IngestRun[] = [];
  const say = (text: string): void => { process.stderr.write(`  e2e: ${text}\n`); };
  const grid = options.quick
    ? [[1000, 1, 10_000], [1, 1, 10_000]] as const
    : [[1, 1, 10_000], [100, 1, 10_000], [1000, 1, 10_000], [1, 8, 10_000], [100, 8, 10_000], [1000, 8, 10_000],
      [1, 1, 1_000_000], [100, 1, 1_000_000], [1000, 1, 1_000_000], [1, 8, 1_000_000], [100, 8, 1_000_000], [1000, 8, 1_000_000]] as const;
  for (const [batch, streams, series] of grid) {
    say(`ingest ceiling, batch ${batch}, ${streams} stream(s), ${series} series`);
    runs.push(await ingestRun(`sluice, batch ${batch}, ${streams} stream(s), ${series.toLocaleString('en')} series`, 'sluice', [], grpcSpec(batch, streams, series)));
  }
  say('baseline: single-threaded aggregator');
  const single = await ingestRun('single-threaded aggregator, batch 1000, 1 stream, 10,000 series', 'single-thread', [], grpcSpec(1000, 1, 10_000));
  say('baseline: JSON over HTTP');
  const json = await ingestRun('JSON over HTTP, batch 1000, 1 connection, 10,000 series', 'json-http', [], { ...grpcSpec(1000, 1, 10_000), mode: 'json-http' });

  const find = (batch: number, streams: number, series: number): IngestRun | undefined =>
    runs.find((r) => r.spec.batch === batch && r.spec.streams === streams && r.spec.series === series);
  const batched = find(1000, 1, 10_000)!;
  const unbatched = find(1, 1, 10_000)!;
  const million = find(1000, 1, 1_000_000) ?? find(1000, 8, 1_000_000);

  say(`latency at half the ceiling (${Math.round(batched.metricsPerSecond / 2)} metrics/s)`);
  const fractions = options.quick ? [0.5] : [0.25, 0.5, 0.75];
  const latencies: LatencyRun[] = [];
  for (const f of fractions) latencies.push(await latencyRun(batched.metricsPerSecond, f, seconds));
  const half = latencies.find((l) => l.fraction === 0.5)!;
  // The same with the gateway on the main thread (what `--gateway-threads auto` moves off it: the encode of the 2.2 MB frame).
  say('latency at half the ceiling, gateway on the main thread (--gateway-threads 1)');
  const halfMain = await latencyRun(batched.metricsPerSecond, 0.5, seconds, ['--gateway-threads', '1']);

  const measurements: Measurement[] = [];
  for (const r of [...runs, single, json]) {
    measurements.push({
      variant: `${r.label}: sustained`, value: r.metricsPerSecond, unit: `metrics/s${r.balanced && r.ackedEqualsAggregated ? ', ledger balanced' : ', LEDGER NOT BALANCED'}`,
      detail: { cpuSecondsPerMillion: r.cpuSecondsPerMillion, rssMiB: r.rss / 2 ** 20, series: r.series, errors: r.load.errors },
    });
  }
  for (const l of latencies) {
    measurements.push({ variant: `latency at ${l.fraction * 100}% of the ceiling (${Math.round(l.achieved)} metrics/s): window close → dashboard`, value: l.close.p99, unit: `ms p99 (p50 ${l.close.p50}, p999 ${l.close.p999}, max ${l.close.max})` });
    measurements.push({ variant: `latency at ${l.fraction * 100}% of the ceiling: metric → dashboard`, value: l.metric.p99, unit: `ms p99 (p50 ${l.metric.p50}, p999 ${l.metric.p999}, max ${l.metric.max})` });
  }
  measurements.push({ variant: `latency at 50% of the ceiling, --gateway-threads 1 (${Math.round(halfMain.achieved)} metrics/s): window close → dashboard`, value: halfMain.close.p99, unit: `ms p99 (p50 ${halfMain.close.p50}, p999 ${halfMain.close.p999}, max ${halfMain.close.max})` });
  measurements.push({ variant: 'cost: server CPU per million metrics (batch 1000, 10,000 series)', value: batched.cpuSecondsPerMillion, unit: 'CPU-s' });
  if (million !== undefined) {
    measurements.push({ variant: 'cost: RSS per active series (1,000,000 vs 10,000 series)', value: (million.rss - batched.rss) / (million.series - batched.series), unit: 'B/series' });
  }

  const ratios: Ratio[] = [
    ratio('batched (1000) / unbatched (1) metrics/s', batched.metricsPerSecond / unbatched.metricsPerSecond),
    ratio('protobuf over gRPC / JSON over HTTP metrics/s', batched.metricsPerSecond / json.metricsPerSecond),
    ratio('sharded actors / single-threaded aggregator metrics/s (target ≥ 1.3)', batched.metricsPerSecond / single.metricsPerSecond, 1.3),
    ratio('ingest + aggregate, batch 1000, 10,000 series, metrics/s (target ≥ 1 M)', batched.metricsPerSecond, 1_000_000),
    ratio('window close → dashboard p99 at half the ceiling, ms (target ≤ 50)', half.close.p99, 50, 'max'),
    ratio('window close → dashboard p99 at half the ceiling: gateway threads (auto) / main thread', half.close.p99 / halfMain.close.p99),
    ratio('server CPU-s per million metrics (target ≤ 2)', batched.cpuSecondsPerMillion, 2, 'max'),
  ];
  if (million !== undefined) ratios.push(ratio('ingest + aggregate with 1,000,000 series, metrics/s (target ≥ 300 k)', million.metricsPerSecond, 300_000));
  const unbalanced = [...runs, single, json].filter((r) => !r.balanced || !r.ackedEqualsAggregated).map((r) => r.label);
  return {
    name: 'e2e',
    question: 'ingest → aggregate → dashboard, server, load generator and dashboard in separate processes',
    measurements,
    ratios,
    notes: unbalanced.length > 0 ? [`ledger not balanced in: ${unbalanced.join('; ')}`] : ['every run: the ledger balanced and the server aggregated exactly what it acked'],
    data: { latencies },
  };
}
