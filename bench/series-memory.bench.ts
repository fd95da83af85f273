/**
 * Question: how many bytes does an active series cost a shard?
 * One ShardAggregator (in this thread) fed real mailbox records (made by the
 * ingest's BatchDecoder) for N series, 3 metrics per series per second, over
 * 12 simulated seconds with watermarks, so that each series has what it has
 * in steady state: one or two open 1 s windows, an open 10 s and 60 s window.
 * Counted two ways: the bytes the shard's typed arrays and sketches hold
 * (`byteLength`), and the growth of V8 heap + array buffers after a GC.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ratio, type BenchResult } from './support/report.js';

const probe = fileURLToPath(new URL('./support/series-memory-probe.js', import.meta.url));

/** Each measurement in a fresh process, so pools and garbage of one cannot blur another. */
function measure(kind: 0 | 2, series: number): { bytes: number; heap: number } {
  const out = execFileSync(process.execPath, ['--expose-gc', probe, String(kind), String(series)], { encoding: 'utf8' });
  return JSON.parse(out) as { bytes: number; heap: number };
}

/**
 * Bytes per series averaged over three sizes: arrays grow by 1.5×, so any one
 * size may sit just after a growth (worst) or just before one (best).
 */
function averaged(kind: 0 | 2, sizes: number[]): { bytes: number; heap: number } {
  const runs = sizes.map((n) => measure(kind, n));
  return {
    bytes: runs.reduce((a, r) => a + r.bytes, 0) / runs.length,
    heap: runs.reduce((a, r) => a + r.heap, 0) / runs.length,
  };
}

export async function run(options: { quick: boolean }): Promise<BenchResult> {
  const sizes = options.quick ? [70_000, 100_000, 130_000] : [150_000, 200_000, 250_000];
  const gauge = averaged(0, sizes);
  const histogram = averaged(2, sizes.map((n) => n / 5));
  return {
    name: 'series-memory',
    question: `bytes per active series in a shard, steady state (1 s, 10 s, 60 s windows open), averaged over ${sizes.join(', ')} gauge series (a fifth as many histograms)`,
    measurements: [
      { variant: 'gauge: shard state (typed arrays)', value: gauge.bytes, unit: 'B/series' },
      { variant: 'gauge: heap + buffers growth', value: gauge.heap, unit: 'B/series' },
      { variant: 'histogram: shard state (arrays + sketches)', value: histogram.bytes, unit: 'B/series' },
      { variant: 'histogram: heap + buffers growth', value: histogram.heap, unit: 'B/series' },
    ],
    ratios: [
      ratio('gauge B/series (heap growth; target ≤ 300)', gauge.heap, 300, 'max'),
      ratio('histogram B/series (heap growth; target ≤ 3,000)', histogram.heap, 3000, 'max'),
    ],
  };
}
