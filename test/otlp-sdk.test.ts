import assert from 'node:assert/strict';
import { test } from 'node:test';
import { OTLPMetricExporter } from '@opentelemetry/exporter-metrics-otlp-grpc';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { AggregationTemporality, AggregationType, MeterProvider, PeriodicExportingMetricReader } from '@opentelemetry/sdk-metrics';
import { startTestSluice, waitFor } from './support/sluice-harness.js';
import { SseReader, type WindowSeries } from './support/sse-reader.js';

/**
 * The official OpenTelemetry JS SDK and OTLP/gRPC exporter, unmodified,
 * export into Sluice; the SSE windows must hold exactly what was recorded.
 */

function provider(port: number, temporality: AggregationTemporality, service: string): MeterProvider {
  return new MeterProvider({
    resource: resourceFromAttributes({ 'service.name': service, 'host.name': 'h1' }),
    views: [{ instrumentName: 'otlp.size', aggregation: { type: AggregationType.EXPONENTIAL_HISTOGRAM } }],
    readers: [new PeriodicExportingMetricReader({
      exporter: new OTLPMetricExporter({ url: `http://127.0.0.1:${port}`, temporalityPreference: temporality }),
      exportIntervalMillis: 250,
    })],
  });
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function seriesOf(sse: SseReader, name: string, labels: Record<string, string> = {}): WindowSeries[] {
  return sse.windows().filter((w) => w.resolution_ms === 1000)
    .flatMap((w) => w.series.map((s) => ({ ...s, start: w.start })))
    .filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v));
}

const total = (series: WindowSeries[], field: 'sum' | 'count'): number => series.reduce((n, s) => n + s[field], 0);

async function runSdk(temporality: AggregationTemporality): Promise<void> {
  const sluice = await startTestSluice();
  const service = `otlp-e2e-${temporality}`;
  const sse = new SseReader(`http://127.0.0.1:${sluice.httpPort}/v1/stream?match=otlp.*&label=service.name:${service}`);
  await sse.opened;
  const sdk = provider(sluice.grpcPort, temporality, service);
  const meter = sdk.getMeter('e2e', '1.0.0');
  const requests = meter.createCounter('otlp.requests');
  const latency = meter.createHistogram('otlp.latency', { advice: { explicitBucketBoundaries: [10, 50, 100, 250] } });
  const size = meter.createHistogram('otlp.size');
  const queue = meter.createObservableGauge('otlp.queue');
  let depth = 0;
  queue.addCallback((result) => result.observe(depth, { queue: 'q1' }));

  const added = { '/a': 0, '/b': 0 };
  let latencyCount = 0, latencySum = 0, sizeCount = 0, sizeSum = 0;
  for (let i = 0; i < 150; i++) {
    const route = i % 3 === 0 ? '/a' : '/b';
    requests.add(i % 7 + 1, { route });
    added[route] += i % 7 + 1;
    const ms = (i * 37) % 400 + 1;
    latency.record(ms, { route });
    latencyCount++; latencySum += ms;
    const bytes = (i * 13) % 150 + 1;
    size.record(bytes);
    sizeCount++; sizeSum += bytes;
    depth = i;
    await sleep(20);
  }
  await sdk.forceFlush();
  await sdk.shutdown();
  await sluice.close();
  await sse.done;

  const a = seriesOf(sse, 'otlp.requests', { route: '/a' });
  const b = seriesOf(sse, 'otlp.requests', { route: '/b' });
  assert.ok(a.length >= 2, 'counter windows over several seconds');
  assert.equal(total(a, 'sum'), added['/a'], 'counter increments add up to what was added');
  assert.equal(total(b, 'sum'), added['/b']);
  for (const s of [...a, ...b]) {
    assert.equal(s.kind, 'counter');
    assert.ok(s.min >= 0, 'no negative increment');
    assert.deepEqual(s.labels, { 'service.name': service, route: s.labels.route }, 'service.name, not host.name (not allowed)');
  }
  const latencies = seriesOf(sse, 'otlp.latency');
  assert.equal(total(latencies, 'count'), latencyCount, 'histogram count exact');
  assert.equal(total(latencies, 'sum'), latencySum, 'histogram sum exact');
  assert.ok(latencies.every((s) => s.kind === 'histogram' && s.p50 !== undefined));
  const sizes = seriesOf(sse, 'otlp.size');
  assert.equal(total(sizes, 'count'), sizeCount, 'exponential histogram count exact');
  assert.equal(total(sizes, 'sum'), sizeSum, 'exponential histogram sum exact');
  const all = sizes.filter((s) => s.count > 0);
  assert.ok(Math.min(...all.map((s) => s.min)) >= 1 && Math.max(...all.map((s) => s.max)) <= 150 * 1.05, 'min/max within the recorded range');
  const queues = seriesOf(sse, 'otlp.queue', { queue: 'q1' }) as Array<WindowSeries & { start: number }>;
  assert.ok(queues.length > 0);
  queues.sort((x, y) => x.start - y.start);
  assert.equal(queues.at(-1)!.last, 149, 'gauge: the last observed value');
  assert.equal(queues.at(-1)!.kind, 'gauge');

  const { receivedGap, acceptedGap } = sluice.ledger.balance();
  assert.deepEqual([receivedGap, acceptedGap], [0, 0], 'ledger balances');
  assert.deepEqual([...sluice.ledger.rejected], [], 'nothing rejected');
  assert.ok(sluice.ledger.received >= 150 * 2, 'the points went through the ledger');
}

test('OpenTelemetry SDK, CUMULATIVE (the default): windows hold exactly what was recorded', () => runSdk(AggregationTemporality.CUMULATIVE));

test('OpenTelemetry SDK, DELTA: windows hold exactly what was recorded', () => runSdk(AggregationTemporality.DELTA));

test('a producer restart (new MeterProvider, new start time) neither doubles nor goes negative', async () => {
  const sluice = await startTestSluice();
  const sse = new SseReader(`http://127.0.0.1:${sluice.httpPort}/v1/stream?match=otlp.restarts`);
  await sse.opened;
  let added = 0;
  for (let life = 0; life < 3; life++) {
    const sdk = provider(sluice.grpcPort, AggregationTemporality.CUMULATIVE, 'otlp-restart');
    const counter = sdk.getMeter('e2e').createCounter('otlp.restarts');
    for (let i = 0; i < 30; i++) {
      // Each life adds more per tick than the last, so a missed reset would
      // show as an undercount (not only a fall caught as a reset).
      counter.add((life + 1) * 10, { kind: 'x' });
      added += (life + 1) * 10;
      await sleep(20);
    }
    await sdk.shutdown();
    await sleep(50);
  }
  await waitFor(() => sluice.ledger.balance().receivedGap === 0, 5000, 'ledger settles');
  await sluice.close();
  await sse.done;
  const series = seriesOf(sse, 'otlp.restarts');
  assert.equal(total(series, 'sum'), added, 'every increment once, across three lives');
  assert.ok(series.every((s) => s.min >= 0), 'no negative increment');
  assert.deepEqual([...sluice.ledger.rejected], []);
});
