/**
 * Question: what does one open histogram sketch cost in memory, ours
 * (collections/quantile-sketch.ts, typed-array bins) against the library it
 * reimplements (@datadog/sketches-js DDSketch, 1% accuracy)? 10,000 sketches
 * of 20 values each (a histogram series in a 1 s window), heap growth after a
 * GC, divided by the sketches. The reason we keep our own sketch.
 */
import { DDSketch } from '@datadog/sketches-js';
import { QuantileSketch } from '../collections/quantile-sketch.js';
import { ratio, type BenchResult } from './support/report.js';

function bytesPerSketch(make: () => { add(value: number): void }): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) throw new Error('run with --expose-gc (npm run bench does)');
  gc();
  const before = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
  const kept: unknown[] = [];
  for (let i = 0; i < 10_000; i++) {
    const sketch = make();
    for (let k = 0; k < 20; k++) sketch.add(Math.exp(2 + ((i * 7 + k * 13) % 100) / 30));
    kept.push(sketch);
  }
  gc();
  const after = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
  return (after - before) / kept.length;
}

export async function run(): Promise<BenchResult> {
  const library = bytesPerSketch(() => {
    const sketch = new DDSketch({ relativeAccuracy: 0.01 });
    return { add: (value: number) => sketch.accept(value) };
  });
  const ours = bytesPerSketch(() => new QuantileSketch());
  return {
    name: 'sketch-memory',
    question: 'bytes per open DDSketch of 20 values: ours vs @datadog/sketches-js',
    measurements: [
      { variant: '@datadog/sketches-js DDSketch', value: library, unit: 'B/sketch' },
      { variant: 'ours (typed-array bins)', value: ours, unit: 'B/sketch' },
    ],
    ratios: [ratio('sketches-js / ours bytes per sketch', library / ours)],
  };
}
