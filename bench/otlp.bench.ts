/**
 * OTLP ingest against native ingest, in one run, server and generator in
 * their own processes (as the e2e bench):
 *   native: sluice.v1 Stream, batches of 1,000 metrics over 10,000 series
 *     (the e2e generator);
 *   OTLP: `MetricsService/Export` requests of 1,000 data points over the
 *     same 10,000 series (gauges and a DELTA monotonic sum), pre-encoded
 *     once, into the same Sluice;
 *   baseline: the same OTLP requests into a plain grpc-js server that only
 *     decodes them with the generated code (bench/support/otlp-baseline-server.ts).
 * Metrics/s (what the answers accepted, per second) and server CPU-s per
 * million. Then the OTLP decoder alone (support/otlp-decoder-alone.ts):
 * in-place path against the object path, interleaved in one process, the
 * number the machine's load moves least. Sluice runs count only if, once idle, the ledger balances and
 * it aggregated exactly what it acked.
 */
import { ingestRun, type IngestRun } from './e2e.bench.js';
import { start } from './support/children.js';
import { measureLoad } from './support/measured-load.js';
import { otlpDecoderAlone } from './support/otlp-decoder-alone.js';
import type { OtlpLoadSpec } from './support/otlp-load-generator.js';
import { ratio, type BenchResult, type Measurement } from './support/report.js';

const sluiceServerFile = new URL('./support/server-process.js', import.meta.url);
const baselineServerFile = new URL('./support/otlp-baseline-server.js', import.meta.url);
const otlpLoadFile = new URL('./support/otlp-load-generator.js', import.meta.url);

interface Run {
  label: string;
  metricsPerSecond: number;
  cpuSecondsPerMillion: number;
  balanced: boolean;
  errors: number;
}

async function otlpRun(label: string, server: { file: URL; args: string[] }, spec: Omit<OtlpLoadSpec, 'target'>): Promise<Run> {
  const srv = await start(server.file, server.args);
  const gen = await start(otlpLoadFile);
  try {
    const { load, final, cpuSecondsPerMillion, balanced } = await measureLoad(srv, gen, { ...spec, target: `127.0.0.1:${srv.ready.ports!.grpc}` });
    return {
      label,
      metricsPerSecond: load.accepted / load.seconds,
      cpuSecondsPerMillion,
      balanced: balanced && final.aggregated === load.accepted && final.lost === 0,
      errors: load.errors,
    };
  } finally {
    srv.child.kill();
    gen.child.kill();
  }
}

const fromIngest = (r: IngestRun): Run => ({
  label: r.label, metricsPerSecond: r.metricsPerSecond, cpuSecondsPerMillion: r.cpuSecondsPerMillion,
  balanced: r.balanced && r.ackedEqualsAggregated, errors: r.load.errors,
});

export async function run(options: { quick: boolean }): Promise<BenchResult> {
  const durationMs = options.quick ? 5000 : 10_000;
  const say = (text: string): void => { process.stderr.write(`  otlp: ${text}\n`); };
  const otlpSpec: Omit<OtlpLoadSpec, 'target'> = { batch: 1000, series: 10_000, durationMs, inFlight: 16 };
  say('native: sluice.v1 Stream, batch 1000, 10,000 series');
  const native = fromIngest(await ingestRun('native sluice.v1 Stream, batch 1000, 1 stream, 10,000 series', 'sluice', [],
    { mode: 'grpc', batch: 1000, streams: 1, series: 10_000, durationMs, rate: 0 }));
  say('OTLP Export into Sluice, 1000 points per request, 10,000 series');
  const otlp = await otlpRun('OTLP Export into Sluice, 1000 points per request, 16 in flight, 10,000 series',
    { file: sluiceServerFile, args: ['sluice'] }, otlpSpec);
  say('baseline: grpc-js server decoding OTLP with the generated code, nothing else');
  const baseline = await otlpRun('baseline: grpc-js + generated-code decode of the same OTLP requests, nothing else',
    { file: baselineServerFile, args: [] }, otlpSpec);

  say('the OTLP decoder alone: in place vs the object path, interleaved');
  const alone = otlpDecoderAlone(options.quick ? 6 : 12);

  const runs = [native, otlp, baseline];
  const measurements: Measurement[] = runs.map((r) => ({
    variant: `${r.label}: sustained`, value: r.metricsPerSecond,
    unit: `metrics/s${r === baseline ? '' : r.balanced ? ', ledger balanced' : ', LEDGER NOT BALANCED'}`,
    detail: { cpuSecondsPerMillion: r.cpuSecondsPerMillion, errors: r.errors },
  }));
  for (const r of runs) measurements.push({ variant: `${r.label}: server CPU per million`, value: r.cpuSecondsPerMillion, unit: 'CPU-s' });
  measurements.push(
    { variant: 'OTLP decoder alone, in place (one core, staged records, nothing committed)', value: alone.inPlace, unit: 'points per CPU-s' },
    { variant: 'OTLP decoder alone, object path (every point through objects and strings)', value: alone.objects, unit: 'points per CPU-s' },
  );
  const unbalanced = [native, otlp].filter((r) => !r.balanced).map((r) => r.label);
  return {
    name: 'otlp',
    question: 'OTLP/gRPC ingest of the native bench\'s metrics, side by side with native ingest and with a decode-only OTLP server',
    measurements,
    ratios: [
      ratio('OTLP / native metrics/s (target ≥ 0.5)', otlp.metricsPerSecond / native.metricsPerSecond, 0.5),
      ratio('OTLP into Sluice / decode-only grpc-js baseline metrics/s (target ≥ 1)', otlp.metricsPerSecond / baseline.metricsPerSecond, 1),
      ratio('OTLP / native server CPU-s per million', otlp.cpuSecondsPerMillion / native.cpuSecondsPerMillion),
      ratio('OTLP into Sluice / decode-only baseline server CPU-s per million', otlp.cpuSecondsPerMillion / baseline.cpuSecondsPerMillion),
      ratio('OTLP decoder alone: in place / object path points per CPU-s', alone.inPlace / alone.objects),
    ],
    notes: [
      unbalanced.length > 0 ? `ledger not balanced in: ${unbalanced.join('; ')}` : 'native and OTLP runs: the ledger balanced and the server aggregated exactly what it acked',
      'native batches carry one histogram observation in five (the e2e generator); the OTLP requests carry gauges and a DELTA sum',
    ],
  };
}
