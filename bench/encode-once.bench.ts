/**
 * Question: what does encoding each window once (per subscription group)
 * save against encoding it per client? One window of 8 series delivered to
 * 1,000 clients: once = one `windowFrame` and 1,000 references to the same
 * bytes; per client = the window's JSON built and turned into bytes for each
 * client, as a naive SSE server does. The write itself is left out of both.
 */
import { Bench } from 'tinybench';
import { InProcessBus } from '../bus/in-process-bus.js';
import { windowFrame } from '../gateway/frames.js';
import { parseStreamFilter } from '../gateway/stream-filter.js';
import { TopicWindow } from '../gateway/window-json.js';
import { startWindowFeed } from './support/window-feed.js';
import { ratio, type BenchResult } from './support/report.js';
import { opsPerSecond } from './support/tinybench.js';

export async function run(options: { quick: boolean }): Promise<BenchResult> {
  // One real TOPIC_WINDOW payload, as the broadcaster publishes it.
  const bus = new InProcessBus({ maxWindows: 10, maxAgeMs: 60_000 });
  let payload: Uint8Array | null = null;
  bus.subscribe(100, 'enc.load', (p) => { payload = p; });
  const feed = startWindowFeed(bus, 'enc.load', 8, 100);
  while (payload === null) await new Promise((resolve) => setTimeout(resolve, 20));
  feed.stop();
  const filter = parseStreamFilter(new URLSearchParams('match=enc.load'), [100]);
  const topics = new Set(['enc.load']);
  const clients = 1000;
  const sink: Buffer[] = new Array<Buffer>(clients);
  const bench = new Bench({ time: options.quick ? 1000 : 3000, warmupTime: 300 });
  bench
    .add('encode once per window', () => {
      const window = TopicWindow.read(payload!);
      const frame = windowFrame(filter, topics, 100, window.start, [window])!;
      for (let c = 0; c < clients; c++) sink[c] = frame;
    })
    .add('encode per client', () => {
      const window = TopicWindow.read(payload!);
      for (let c = 0; c < clients; c++) {
        const series = JSON.parse(`[${window.series().json.toString()}]`) as unknown[];
        sink[c] = Buffer.from(`id: ${window.start}\nevent: window\ndata: ${JSON.stringify({ start: window.start, end: window.end, resolution_ms: 100, series })}\n\n`);
      }
    });
  await bench.run();
  const once = opsPerSecond(bench, 'encode once per window') * clients;
  const per = opsPerSecond(bench, 'encode per client') * clients;
  return {
    name: 'encode-once',
    question: 'deliveries/s of one 8-series window (~1 KB) to 1,000 clients, encoding excluded from the write',
    measurements: [
      { variant: 'encode once per window (Sluice)', value: once, unit: 'deliveries/s' },
      { variant: 'encode per client', value: per, unit: 'deliveries/s' },
    ],
    ratios: [ratio('encode once / per client', once / per)],
  };
}
