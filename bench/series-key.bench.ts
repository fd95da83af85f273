/**
 * Question: what does identifying a series cost per metric?
 *   hash:            64-bit hash of the canonical key bytes (ingest);
 *   admit:           the ingest's series table lookup (kind, cardinality);
 *   intern:          the shard's lookup by hash, confirmed by key bytes;
 *   string baseline: building the key as a string and a Map lookup.
 * 10,000 distinct series, keys of ~60 bytes, all already known (steady state).
 */
import { Bench } from 'tinybench';
import { kSeriesNew, SeriesAdmission } from '../actors/ingest/series-admission.js';
import { SeriesStore } from '../actors/shard/series-store.js';
import { hashKeyPieces, hashOut, hashSeriesKey } from '../wire/hash.js';
import { encodeSeriesKey } from '../wire/series-key.js';
import { ratio, type BenchResult } from './support/report.js';
import { opsPerSecond } from './support/tinybench.js';

export async function run(options: { quick: boolean }): Promise<BenchResult> {
  const n = 10_000;
  const seed = 99;
  const labels = Array.from({ length: n }, (_, i) => ({ service: `svc-${i % 50}`, host: `host-${i % 200}`, region: ['eu-west-1', 'us-east-1'][i % 2]! }));
  const keys = labels.map((l, i) => encodeSeriesKey(`http.server.requests_${i % 5}`, l));
  // All keys back to back in one buffer, as they sit in a mailbox.
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i]! + keys[i]!.length;
  const all = new Uint8Array(offsets[n]!);
  keys.forEach((k, i) => all.set(k, offsets[i]!));
  const view = new DataView(all.buffer);
  const lo = new Uint32Array(n);
  const hi = new Uint32Array(n);
  for (let i = 0; i < n; i++) { hashSeriesKey(view, offsets[i]!, seed); lo[i] = hashOut[0]!; hi[i] = hashOut[1]!; }

  const admission = new SeriesAdmission({ maxSeriesPerMetric: 1e9, maxSeries: 1e9, maxMetricNames: 1e6, windowMs: 1000, idleWindows: 1e6, seed }, 2);
  const store = new SeriesStore();
  const now = Date.now();
  for (let i = 0; i < n; i++) {
    if (admission.lookup(lo[i]!, hi[i]!, 0, now) === kSeriesNew) admission.admitNew(lo[i]!, hi[i]!, 0, keys[i]!, 2, 2 + (keys[i]![0]! | (keys[i]![1]! << 8)), now);
    store.intern(lo[i]!, hi[i]!, all, view, offsets[i]!, keys[i]!.length, 0, 0, () => {});
  }
  const strings = new Map<string, number>();
  labels.forEach((l, i) => strings.set(`http.server.requests_${i % 5}{host=${l.host},region=${l.region},service=${l.service}}`, i));

  const per = 1000; // metrics per task run
  let at = 0;
  // The label ranges of every key, as the ingest decoder has them.
  const pieces = keys.map((_, i) => {
    let p = offsets[i]!;
    const nameLength = view.getUint16(p, true);
    const name = [p + 2, p + 2 + nameLength] as const;
    p += 2 + nameLength;
    const count = view.getUint8(p++);
    const ranges = new Int32Array(count * 4);
    for (let l = 0; l < count; l++) {
      const k = view.getUint16(p, true); ranges[l * 4] = p + 2; ranges[l * 4 + 1] = p + 2 + k; p += 2 + k;
      const v = view.getUint16(p, true); ranges[l * 4 + 2] = p + 2; ranges[l * 4 + 3] = p + 2 + v; p += 2 + v;
    }
    return { name, ranges, count, order: Int32Array.from({ length: count }, (_, j) => j) };
  });
  const bench = new Bench({ time: options.quick ? 1000 : 3000, warmupTime: 300 });
  bench
    .add('hash of key bytes', () => {
      for (let k = 0; k < per; k++) {
        const i = at++ % n; // in key order: the decoder hashes bytes it has just read
        const p = pieces[i]!;
        hashKeyPieces(view, p.name[0], p.name[1], p.ranges, p.order, p.count, seed);
      }
    })
    .add('ingest lookup (series table)', () => {
      for (let k = 0; k < per; k++) { const i = (at++ * 7919) % n; if (admission.lookup(lo[i]!, hi[i]!, 0, now) !== 0) throw new Error('lookup'); }
    })
    .add('shard intern (hash + key bytes)', () => {
      for (let k = 0; k < per; k++) { const i = (at++ * 7919) % n; store.intern(lo[i]!, hi[i]!, all, view, offsets[i]!, keys[i]!.length, 0, 0, () => {}); }
    })
    .add('baseline: key string + Map', () => {
      for (let k = 0; k < per; k++) {
        const i = (at++ * 7919) % n;
        const l = labels[i]!;
        if (strings.get(`http.server.requests_${i % 5}{host=${l.host},region=${l.region},service=${l.service}}`) === undefined) throw new Error('miss');
      }
    });
  await bench.run();
  const ns = (name: string): number => 1e9 / (opsPerSecond(bench, name) * per);
  const hashNs = ns('hash of key bytes');
  const admitNs = ns('ingest lookup (series table)');
  const internNs = ns('shard intern (hash + key bytes)');
  const stringNs = ns('baseline: key string + Map');
  return {
    name: 'series-key',
    question: 'cost per metric of identifying its series (10,000 known series, ~60-byte keys)',
    measurements: [
      { variant: 'hash of key bytes', value: hashNs, unit: 'ns/metric' },
      { variant: 'ingest lookup (series table)', value: admitNs, unit: 'ns/metric' },
      { variant: 'shard intern (hash + key bytes)', value: internNs, unit: 'ns/metric' },
      { variant: 'baseline: key string + Map', value: stringNs, unit: 'ns/metric' },
    ],
    ratios: [ratio('string+Map / (hash + admit + intern)', stringNs / (hashNs + admitNs + internNs))],
  };
}
