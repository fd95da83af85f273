import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ServiceError } from '@grpc/grpc-js';
import { OTLPMetricExporter } from '@opentelemetry/exporter-metrics-otlp-grpc';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { AggregationTemporality, MeterProvider, PeriodicExportingMetricReader, type PushMetricExporter } from '@opentelemetry/sdk-metrics';
import { IngestClient, type TestMetric } from './support/ingest-client.js';
import { startTestSluice } from './support/sluice-harness.js';
import { SseReader, type WindowSeries } from './support/sse-reader.js';

/**
 * Full rings under the official OTLP/gRPC exporter: its Export calls that
 * cannot get into the rings in time are answered UNAVAILABLE (never
 * RESOURCE_EXHAUSTED), given up whole (their cumulative-stream changes
 * undone, also when a later request built on them), and the exporter's next
 * CUMULATIVE point carries what they held: in the end the windows hold
 * exactly what was recorded.
 *
 * The JS gRPC exporter 0.223.0 reports every gRPC error as a failure and
 * does not retry it (its transport never says "retryable"); the next
 * periodic export is its retry. The test counts the answers it saw.
 */

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const UNAVAILABLE = 14;

const fillerBatch = (n: number, tag: number): TestMetric[] =>
  Array.from({ length: n }, (_, i) => ({ name: `bpf.m${i % 7}`, labels: [{ key: 's', value: String((i * 31 + tag) % 500) }], value: 1, timestampMs: 0 }));

/** The exporter, with every export's outcome counted by gRPC status. */
function countingExporter(port: number): { exporter: PushMetricExporter; outcomes: Map<string, number> } {
  const exporter = new OTLPMetricExporter({ url: `http://127.0.0.1:${port}`, temporalityPreference: AggregationTemporality.CUMULATIVE });
  const outcomes = new Map<string, number>();
  const exportOnce = exporter.export.bind(exporter);
  exporter.export = (metrics, resultCallback) => exportOnce(metrics, (result) => {
    const code = result.error === undefined ? 'ok' : String((result.error as Partial<ServiceError>).code ?? result.error.message);
    outcomes.set(code, (outcomes.get(code) ?? 0) + 1);
    resultCallback(result);
  });
  return { exporter, outcomes };
}

test('full rings: the exporter hears UNAVAILABLE, nothing half-counted, and every recorded point ends up in the windows', async () => {
  const sluice = await startTestSluice(['--ring-bytes', '262144', '--max-batch-metrics', '1000', '--max-batch-bytes', '65536', '--push-timeout-ms', '300']);
  const sse = new SseReader(`http://127.0.0.1:${sluice.httpPort}/v1/stream?match=otlp.bp.*`);
  await sse.opened;
  const { exporter, outcomes } = countingExporter(sluice.grpcPort);
  const sdk = new MeterProvider({
    resource: resourceFromAttributes({ 'service.name': 'otlp-bp' }),
    readers: [new PeriodicExportingMetricReader({ exporter, exportIntervalMillis: 100 })],
  });
  const meter = sdk.getMeter('bp');
  const counter = meter.createCounter('otlp.bp.requests');
  const latency = meter.createHistogram('otlp.bp.latency', { advice: { explicitBucketBoundaries: [10, 100] } });
  const added = new Map<string, number>();
  let latencyCount = 0, latencySum = 0;
  let recording = true;
  const recorder = (async () => {
    for (let i = 0; recording; i++) {
      const route = `/r${i % 5}`;
      counter.add(i % 4 + 1, { route });
      added.set(route, (added.get(route) ?? 0) + i % 4 + 1);
      latency.record(i % 150, { route });
      latencyCount++; latencySum += i % 150;
      await sleep(5);
    }
  })();

  await sleep(800);
  // Stall the shards and fill their rings with native batches on one Stream.
  // A Stream's batch waits for ring space without a deadline, so the FIFO
  // holds it for as long as the stall lasts, and every export that comes
  // meanwhile waits behind it and is given up after --push-timeout-ms.
  // (Fillers sent as Push, which give up after the same wait, left the head
  // of the FIFO free now and then: an export that reached it fit in what
  // room a full ring still had, and one CI run saw 30 of 30 exports go in.)
  const client = new IngestClient(sluice.grpcPort);
  for (const shard of sluice.shards) shard.injectDelay(1_000_000);
  const refused = (): number => sluice.ledger.rejected.get('deadline') ?? 0;
  let filled = false;
  const fillers = client.stream(Array.from({ length: 64 }, (_, i) => fillerBatch(1000, i))).finally(() => { filled = true; });
  while (refused() === 0 && !filled) await sleep(10);
  assert.equal(filled, false, 'the fillers were all taken in before any export was refused: the rings never filled');
  // The stall lasts 1.5 s from the first export refused.
  await sleep(1500);
  for (const shard of sluice.shards) shard.injectDelay(0);
  const acks = await fillers;
  assert.equal(acks.length, 64, 'every filler batch went in once the shards resumed');
  await sleep(800);
  recording = false;
  await recorder;
  await sdk.forceFlush();
  await sdk.shutdown();
  await sluice.close();
  await sse.done;

  const seen = Object.fromEntries(outcomes);
  assert.ok((outcomes.get(String(UNAVAILABLE)) ?? 0) >= 1, `the exporter heard UNAVAILABLE at least once: ${JSON.stringify(seen)}`);
  assert.deepEqual([...outcomes.keys()].filter((k) => k !== 'ok' && k !== String(UNAVAILABLE)), [], `only OK or UNAVAILABLE answers (never RESOURCE_EXHAUSTED): ${JSON.stringify(seen)}`);
  assert.ok((outcomes.get('ok') ?? 0) >= 3, 'exports before and after the stall went through');
  assert.ok((sluice.ledger.rejected.get('deadline') ?? 0) > 0, 'the given-up requests are counted in the ledger');
  assert.ok(sluice.ledger.ringFull.reduce((a, b) => a + b, 0) > 0, 'the rings were full');

  const windows = sse.windows().filter((w) => w.resolution_ms === 1000).flatMap((w) => w.series);
  const of = (name: string, route?: string): WindowSeries[] => windows.filter((s) => s.name === name && (route === undefined || s.labels.route === route));
  for (const [route, sum] of added) {
    const series = of('otlp.bp.requests', route);
    assert.equal(series.reduce((n, s) => n + s.sum, 0), sum, `counter ${route}: every increment exactly once`);
    assert.ok(series.every((s) => s.min >= 0), 'no negative increment');
  }
  const latencies = of('otlp.bp.latency');
  assert.equal(latencies.reduce((n, s) => n + s.count, 0), latencyCount, 'histogram count exact');
  assert.equal(latencies.reduce((n, s) => n + s.sum, 0), latencySum, 'histogram sum exact');
  assert.deepEqual(sluice.ledger.balance(), { receivedGap: 0, acceptedGap: 0 }, 'ledger balances');
  assert.equal(sluice.ledger.lost.size, 0);
});
