/**
 * How long the gateway's main thread spends turning one window of 10,000
 * series (a TOPIC_WINDOW payload as the broadcaster publishes it) into the
 * bytes of its SSE frame; it sits on the path from window close to
 * dashboard. Sluice writes JSON bytes directly (gateway/json-bytes.ts) with
 * each series' head cached; the baseline is the obvious way: decode each
 * record into an object, `JSON.stringify` the event, encode to UTF-8.
 */
import { Bench } from 'tinybench';
import { InProcessBus } from '../bus/in-process-bus.js';
import { windowFrame } from '../gateway/frames.js';
import { parseStreamFilter } from '../gateway/stream-filter.js';
import { TopicWindow } from '../gateway/window-json.js';
import { kindNames } from '../wire/metric-kind.js';
import { decodeSeriesKey } from '../wire/series-key.js';
import { startWindowFeed } from './support/window-feed.js';
import { ratio, type BenchResult } from './support/report.js';
import { opsPerSecond } from './support/tinybench.js';

const kSeries = 10_000;

export async function run(options: { quick: boolean }): Promise<BenchResult> {
  const bus = new InProcessBus({ maxWindows: 10, maxAgeMs: 60_000 });
  let payload: Uint8Array | null = null;
  bus.subscribe(1000, 'enc.window', (p) => { payload = p; });
  const feed = startWindowFeed(bus, 'enc.window', kSeries, 1000);
  while (payload === null) await new Promise((resolve) => setTimeout(resolve, 20));
  feed.stop();
  const filter = parseStreamFilter(new URLSearchParams('match=enc.window'), [1000]);
  const topics = new Set(['enc.window']);
  let bytes = 0;
  const bench = new Bench({ time: options.quick ? 2000 : 5000, warmupTime: 500 });
  bench
    .add('sluice: JSON bytes, cached series heads', () => {
      const window = TopicWindow.read(payload!);
      bytes = windowFrame(filter, topics, 1000, window.start, [window])!.length;
    })
    .add('obvious: objects + JSON.stringify', () => {
      const window = TopicWindow.read(payload!);
      const series: object[] = [];
      window.records((_view, r) => {
        const { name, labels } = decodeSeriesKey(window.payload, r.keyAt);
        series.push({ name, labels, kind: kindNames[r.kind], count: r.count, sum: r.sum, min: r.min, max: r.max, last: r.last, avg: r.sum / r.count });
      });
      const event = { start: window.start, end: window.end, resolution_ms: 1000, series };
      Buffer.from(`id: ${window.start}\nevent: window\ndata: ${JSON.stringify(event)}\n\n`);
    });
  await bench.run();
  const ours = opsPerSecond(bench, 'sluice: JSON bytes, cached series heads');
  const obvious = opsPerSecond(bench, 'obvious: objects + JSON.stringify');
  return {
    name: 'window-encode',
    question: `ms to encode one window of ${kSeries.toLocaleString('en')} gauge series (${(bytes / 2 ** 20).toFixed(1)} MiB of SSE frame) on the gateway's main thread`,
    measurements: [
      { variant: 'sluice: JSON bytes, cached series heads', value: 1000 / ours, unit: 'ms per window' },
      { variant: 'obvious: objects + JSON.stringify', value: 1000 / obvious, unit: 'ms per window' },
    ],
    ratios: [ratio('window encode: obvious / sluice time', ours / obvious)],
  };
}
