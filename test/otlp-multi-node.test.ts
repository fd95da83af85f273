import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ExportResult } from '@opentelemetry/core';
import { OTLPMetricExporter } from '@opentelemetry/exporter-metrics-otlp-grpc';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  AggregationTemporality, MeterProvider, PeriodicExportingMetricReader,
  type InstrumentType, type PushMetricExporter, type ResourceMetrics,
} from '@opentelemetry/sdk-metrics';
import { startChildSluice, type ChildSluice } from './support/child-sluice.js';
import { scrape, sumOf } from '../devkit/prometheus-text.js';
import { startRedis } from './support/redis-server.js';
import { SseReader } from './support/sse-reader.js';

/**
 * Cumulative OTLP state is per ingest node. A producer whose connection
 * moves to another node (one MeterProvider, so one stream, one start time)
 * starts there with a first point, handled by that node's
 * --otlp-initial-value; moving back to a node that still remembers the
 * stream continues from what that node last saw. The windows must hold
 * exactly what docs/otlp.md says for each case, computed from the points
 * each node was sent.
 */

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** One exporter per node; `target` says where the next export goes (a load balancer's choice). */
class MovingExporter implements PushMetricExporter {
  target = 0;
  /** Per node, in order: the counter's cumulative value in each export it took. */
  readonly sent: number[][] = [];
  readonly #exporters: OTLPMetricExporter[] = [];

  addNode(port: number): void {
    this.#exporters.push(new OTLPMetricExporter({ url: `http://127.0.0.1:${port}`, temporalityPreference: AggregationTemporality.CUMULATIVE }));
    this.sent.push([]);
  }

  export(metrics: ResourceMetrics, resultCallback: (result: ExportResult) => void): void {
    const node = this.target;
    const point = metrics.scopeMetrics.flatMap((s) => s.metrics).find((m) => m.descriptor.name === 'otlp.moves')?.dataPoints[0];
    this.#exporters[node]!.export(metrics, (result) => {
      // Every export must get through: the test is about where, not whether.
      if (result.error !== undefined) this.failures.push(`node ${node}: ${result.error.message}`);
      else if (point !== undefined) this.sent[node]!.push(point.value as number);
      resultCallback(result);
    });
  }

  readonly failures: string[] = [];

  selectAggregationTemporality(): AggregationTemporality {
    return AggregationTemporality.CUMULATIVE;
  }

  async forceFlush(): Promise<void> {
    await Promise.all(this.#exporters.map((e) => e.forceFlush()));
  }

  async shutdown(): Promise<void> {
    await Promise.all(this.#exporters.map((e) => e.shutdown()));
  }
}

interface Run {
  added: number;
  /** Per node, the cumulative values it took, in order. */
  sent: number[][];
  /** The counter's windows on the gateway, summed. */
  windowed: number;
  minIncrement: number;
  /** Per node: first points used only as a base (ledger), and the ledger's gaps. */
  bases: number[];
  gaps: number[];
}

/**
 * `before` ingest nodes start before the producer's stream, `after` once it
 * has started (its first record fixes its start time); the producer's
 * exports go to the nodes in `route` order, ~1 s each.
 */
async function movingProducer(initialValue: string, before: number, after: number, route: number[], prefix: string): Promise<Run> {
  const redis = await startRedis();
  const common = ['--redis-url', redis.url, '--redis-prefix', prefix, '--node-timeout-ms', '2000', '--otlp-initial-value', initialValue];
  const ingest = (id: number): Promise<ChildSluice> => startChildSluice(['--role', 'ingest', '--node-id', `ingest-${id}`, ...common]);
  const nodes = await Promise.all(Array.from({ length: before }, (_, i) => ingest(i)));
  const gateway = await startChildSluice(['--role', 'gateway', '--node-id', 'gw', ...common]);
  const sse = new SseReader(`http://127.0.0.1:${gateway.httpPort}/v1/stream?match=otlp.moves`);
  await sse.opened;

  const exporter = new MovingExporter();
  for (const node of nodes) exporter.addNode(node.grpcPort);
  const sdk = new MeterProvider({
    resource: resourceFromAttributes({ 'service.name': 'mover' }),
    readers: [new PeriodicExportingMetricReader({ exporter, exportIntervalMillis: 200 })],
  });
  const counter = sdk.getMeter('moves').createCounter('otlp.moves');
  let added = 0;
  let recording = true;
  const recorder = (async () => {
    while (recording) {
      counter.add(1, { k: 'v' });
      added++;
      await sleep(10);
    }
  })();
  // The stream has started (its first record): now the later nodes.
  await sleep(100);
  for (let i = 0; i < after; i++) {
    const node = await ingest(before + i);
    nodes.push(node);
    exporter.addNode(node.grpcPort);
  }
  for (const target of route) {
    exporter.target = target;
    const taken = exporter.sent[target]!.length;
    await sleep(1000);
    // At least two exports reached it (a first point and an increment).
    while (exporter.sent[target]!.length < taken + 2) await sleep(50);
  }
  recording = false;
  await recorder;
  await sdk.forceFlush();
  await sdk.shutdown();

  const windowed = (): number => sse.windows().filter((w) => w.resolution_ms === 1000)
    .flatMap((w) => w.series).filter((s) => s.name === 'otlp.moves').reduce((n, s) => n + s.sum, 0);
  const sent = exporter.sent;
  // Windows settle after the last export: wait until every node has
  // published all it accepted and the gateway's sum stood still for 1 s.
  let bases: number[] = [];
  let gaps: number[] = [];
  let previous = -1;
  for (const deadline = Date.now() + 20_000; Date.now() < deadline; await sleep(1000)) {
    const scraped = await Promise.all(nodes.map((node) => scrape(node.httpPort)));
    bases = scraped.map((m) => m.get('sluice_metrics_rejected_total{reason="cumulative_base"}') ?? 0);
    gaps = scraped.map((m) => sumOf(m, 'sluice_metrics_received_total') - sumOf(m, 'sluice_metrics_accepted_total') - sumOf(m, 'sluice_metrics_rejected_total'));
    const published = scraped.every((m) => sumOf(m, 'sluice_metrics_aggregated_total') === sumOf(m, 'sluice_metrics_accepted_total'));
    const now = windowed();
    if (published && now === previous) break;
    previous = now;
  }
  assert.deepEqual(exporter.failures, [], 'every export got through');
  const series = sse.windows().flatMap((w) => w.series).filter((s) => s.name === 'otlp.moves');
  return { added, sent, windowed: windowed(), minIncrement: Math.min(...series.map((s) => s.min)), bases, gaps };
}

/**
 * What a node counts of the (cumulative, rising) points it took: the
 * increments from its first to its last, and the first point whole or not.
 */
function counted(points: number[], firstCounted: boolean): number {
  if (points.length === 0) return 0;
  const first = Math.min(...points);
  return Math.max(...points) - first + (firstCounted ? first : 0);
}

test('drop: a stream moved to another node loses its first point there (the increment of the move), and counts nothing twice', async () => {
  const run = await movingProducer('drop', 2, 0, [0, 1], 'om1:');
  const [a, b] = run.sent as [number[], number[]];
  assert.equal(b.at(-1), run.added, 'the last export carried everything recorded');
  const expected = counted(a, false) + counted(b, false);
  assert.equal(run.windowed, expected, `each node counts its increments only (A ${JSON.stringify(a)}, B ${JSON.stringify(b)})`);
  assert.equal(run.added - run.windowed, a[0]! + (b[0]! - a.at(-1)!), 'what is missing: the first point on A and the increment of the move');
  assert.ok(run.minIncrement >= 0, 'no negative increment');
  assert.deepEqual(run.bases, [1, 1], 'each node counted its base point in the ledger');
  assert.deepEqual(run.gaps, [0, 0], 'ledgers balance');
});

test('auto: moved to a node started before the stream, its first point counts whole (what the old node counted is counted again); to a node started after, it is a base', async () => {
  // Nodes 0 and 1 start before the stream, node 2 after it. Route 0 → 2 → 1.
  const run = await movingProducer('auto', 2, 1, [0, 2, 1], 'om2:');
  const [a, late, b] = [run.sent[0]!, run.sent[2]!, run.sent[1]!];
  const expected = counted(a, true) + counted(late, false) + counted(b, true);
  assert.equal(run.windowed, expected, `A ${JSON.stringify(a)}, C (started after the stream) ${JSON.stringify(late)}, B ${JSON.stringify(b)}`);
  assert.equal(run.windowed - run.added, a.at(-1)! + late.at(-1)! - late[0]!,
    'counted twice: what A and C counted (B\'s first point is the whole total); the increment of the move to C is not counted');
  assert.ok(run.minIncrement >= 0, 'no negative increment');
  assert.deepEqual(run.bases, [0, 0, 1], 'only the node started after the stream used its first point as a base');
  assert.deepEqual(run.gaps, [0, 0, 0], 'ledgers balance');
});

test('moved back to a node that still remembers the stream: that node counts the increment since its own last point, which includes what the other node counted', async () => {
  const run = await movingProducer('drop', 2, 0, [0, 1, 0], 'om3:');
  const [a, b] = run.sent as [number[], number[]];
  // A took a run of points, then B, then A again: A's increment across the
  // gap covers B's time.
  const expected = counted(a, false) + counted(b, false);
  assert.equal(run.windowed, expected, `A ${JSON.stringify(a)}, B ${JSON.stringify(b)}`);
  assert.ok(run.windowed > run.added - a[0]!, `more than was recorded since A's first point: B's increments are counted twice`);
  assert.ok(run.minIncrement >= 0, 'no negative increment');
  assert.deepEqual(run.gaps, [0, 0], 'ledgers balance');
});
