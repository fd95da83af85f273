/**
 * Exact expected aggregates, computed from the raw metrics a test sent, to
 * compare with what came out of the SSE stream.
 */
import assert from 'node:assert/strict';
import type { TestMetric } from './ingest-client.js';
import type { WindowEvent, WindowSeries } from './sse-reader.js';

export interface Aggregate {
  count: number;
  sum: number;
  min: number;
  max: number;
  last: number;
  lastTs: number;
  /** Every value sent with the greatest timestamp (any may be `last` when arrival order is unknown). */
  lasts: number[];
}

export function seriesId(name: string, labels: Record<string, string> | Array<{ key: string; value: string }> = {}): string {
  const pairs = Array.isArray(labels) ? labels.map((l) => [l.key, l.value] as const) : Object.entries(labels);
  return `${name}{${pairs.slice().sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `${k}=${v}`).join(',')}}`;
}

/** Expected aggregates per `series|windowStart` for windows of `resolution` ms. */
export function expectedWindows(metrics: TestMetric[], resolution: number): Map<string, Aggregate> {
  const out = new Map<string, Aggregate>();
  for (const m of metrics) {
    const start = Math.floor(m.timestampMs! / resolution) * resolution;
    const key = `${seriesId(m.name, m.labels)}|${start}`;
    const a = out.get(key);
    if (a === undefined) out.set(key, { count: 1, sum: m.value, min: m.value, max: m.value, last: m.value, lastTs: m.timestampMs!, lasts: [m.value] });
    else {
      a.count++;
      a.sum += m.value;
      a.min = Math.min(a.min, m.value);
      a.max = Math.max(a.max, m.value);
      if (m.timestampMs! > a.lastTs) a.lasts = [];
      if (m.timestampMs! >= a.lastTs) { a.last = m.value; a.lastTs = m.timestampMs!; a.lasts.push(m.value); }
    }
  }
  return out;
}

/** Observed aggregates per `series|windowStart`; fails on a duplicate. */
export function observedWindows(windows: WindowEvent[]): Map<string, WindowSeries> {
  const out = new Map<string, WindowSeries>();
  for (const w of windows) {
    for (const s of w.series) {
      const key = `${seriesId(s.name, s.labels)}|${w.start}`;
      if (out.has(key)) throw new Error(`series window delivered twice: ${key}`);
      out.set(key, s);
    }
  }
  return out;
}

/** Asserts that `windows` (of `resolution` ms) hold exactly the series windows `sent` makes, each with its count, sum, min and max. */
export function assertWindowsAsSent(sent: TestMetric[], windows: WindowEvent[], resolution: number): void {
  const expected = expectedWindows(sent, resolution);
  const observed = observedWindows(windows.filter((w) => w.resolution_ms === resolution));
  assert.deepEqual([...observed.keys()].sort(), [...expected.keys()].sort());
  for (const [key, want] of expected) {
    const got = observed.get(key)!;
    assert.deepEqual([got.count, got.sum, got.min, got.max], [want.count, want.sum, want.min, want.max], key);
  }
}
