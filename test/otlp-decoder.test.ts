import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MessageWriter } from '../engine/message-writer.js';
import { OtlpDecoder, type OtlpOptions } from '../actors/ingest/otlp-decoder.js';
import { SeriesAdmission } from '../actors/ingest/series-admission.js';
import { opentelemetry } from '../proto/generated/otlp-metrics.js';
import { hashOut, hashSeriesKey } from '../wire/hash.js';
import { newMetricRecord, readMetric } from '../wire/mailbox-records.js';
import { encodeSeriesKey } from '../wire/series-key.js';
import { seededRandom } from './support/seeded-random.js';

const v1 = opentelemetry.proto.collector.metrics.v1;
type Any = Record<string, unknown>;

const windowMs = 1000;
const now = 1_800_000_000_000;
/** Same-length placeholders replaced by invalid UTF-8 in the encoded request. */
const badMarker = Buffer.from('BAD\u0001');
const badBytes = [Buffer.from([0xff, 0xfe, 0x41, 0x42]), Buffer.from([0xc0, 0x80, 0x41, 0x42]), Buffer.from([0xed, 0xa0, 0x80, 0x41]), Buffer.from([0xe2, 0x82, 0x41, 0x42])];

function randomRequest(random: () => number): Any {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const text = (): string => (random() < 0.6 ? pick(['a', 'eu-west-1', 'host-17', '']) : pick(['é€😀', '\uFEFFbom', 'x'.repeat(256), 'x'.repeat(257), 'é'.repeat(129), 'BAD\u0001', 'v'.repeat(140)]));
  const key = (): string => (random() < 0.7 ? pick(['host', 'region', 'a.b', 'route']) : pick(['x/y', 'é', '', 'service.name', 'service_name', 'k'.repeat(257), 'BAD\u0001', 'kk'.repeat(70)]));
  const anyValue = (): Any | null => pick<() => Any | null>([
    () => ({ stringValue: text() }), () => ({ stringValue: text() }), () => ({ stringValue: text() }), () => ({ stringValue: text() }), () => ({ stringValue: text() }), () => ({ stringValue: text() }),
    () => ({ boolValue: random() < 0.5 }),
    () => ({ intValue: pick([0, -1, 2 ** 40]) }),
    () => ({ doubleValue: pick([0.5, 1e21]) }),
    () => ({ bytesValue: new Uint8Array([1, 255]) }),
    () => ({ arrayValue: { values: [{ stringValue: 'a' }, { intValue: 2 }] } }),
    () => ({ kvlistValue: { values: [{ key: 'k', value: { boolValue: true } }] } }),
    () => ({}),
    () => null,
  ])();
  const attributes = (): Any[] => Array.from({ length: pick([0, 1, 2, 3, 3, 33]) }, (_, i) => ({ key: random() < 0.5 ? key() : `k${i}`, value: anyValue() }));
  const time = (): number => pick([0, 0, 0, 0, (now - 5000) * 1e6, (now + 60_000) * 1e6, (now + 100) * 1e6, (now + 200) * 1e6]);
  const point = (): Any => ({
    attributes: attributes(), startTimeUnixNano: pick([0, (now - 60_000) * 1e6]), timeUnixNano: time(), flags: pick([0, 0, 0, 0, 0, 1]),
    ...pick<Any>([{ asDouble: pick([1.5, -2, 7, Number.NaN]) }, { asDouble: 3 }, { asDouble: 9 }, { asInt: pick([7, -3, 2 ** 40]) }, {}]),
  });
  const points = (): Any[] => Array.from({ length: pick([0, 1, 2, 5]) }, point);
  const name = (): string => (random() < 0.7 ? pick(['http.requests', 'queue.depth', 'cpu']) : pick(['http/latency', 'é.metric', '', '...', 'BAD\u0001name', 'n'.repeat(257)]));
  const metric = (): Any => pick<() => Any>([
    () => ({ name: name(), gauge: { dataPoints: points() } }),
    () => ({ name: name(), gauge: { dataPoints: points() } }),
    () => ({ name: name(), sum: { dataPoints: points(), aggregationTemporality: pick([0, 1, 2, 2]), isMonotonic: random() < 0.7 } }),
    () => ({ name: name(), histogram: { dataPoints: [{ attributes: attributes(), timeUnixNano: time(), count: 2, sum: 3, bucketCounts: [1, 1], explicitBounds: [1] }], aggregationTemporality: pick([1, 2]) } }),
    () => ({ name: name(), summary: { dataPoints: [{ attributes: attributes(), count: 1, sum: 2 }] } }),
    () => ({ name: name() }),
  ])();
  return {
    resourceMetrics: Array.from({ length: 1 + Math.floor(random() * 2) }, () => ({
      resource: random() < 0.9 ? { attributes: [{ key: 'service.name', value: { stringValue: pick(['checkout', 'é', 'x'.repeat(300)]) } }, ...(random() < 0.3 ? [{ key: 'deployment.environment', value: { stringValue: 'prod' } }] : [])] } : undefined,
      scopeMetrics: Array.from({ length: 1 + Math.floor(random() * 2) }, () => ({
        scope: random() < 0.7 ? { name: 'lib', version: pick(['', '1.0']) } : undefined,
        metrics: Array.from({ length: Math.floor(random() * 4) }, metric),
      })),
    })),
  };
}

function encode(request: Any, random: () => number): Uint8Array {
  const bytes = Buffer.from(v1.ExportMetricsServiceRequest.encode(request as never).finish());
  for (let at = bytes.indexOf(badMarker); at >= 0; at = bytes.indexOf(badMarker, at + 1)) badBytes[Math.floor(random() * badBytes.length)]!.copy(bytes, at);
  return bytes;
}

interface Side {
  decoder: OtlpDecoder;
  writers: MessageWriter[];
}

function side(readInPlace: boolean, options: OtlpOptions, withAdmission: boolean): Side {
  const writers = [new MessageWriter(1024), new MessageWriter(1024), new MessageWriter(1024)];
  const admission = withAdmission ? new SeriesAdmission({ maxSeriesPerMetric: 40, maxSeries: 1000, maxMetricNames: 6, windowMs, idleWindows: 100, seed: 7 }, 3) : null;
  const decoder = new OtlpDecoder(writers, 7, { maxMetrics: 60, windowMs, futureSkewMs: 10_000 }, options, admission, now - 30_000, readInPlace);
  return { decoder, writers };
}

/** Everything a decode tells the ingest, and the records it staged. */
function outcome(s: Side, status: string): unknown {
  const d = s.decoder;
  const out = {
    status, error: d.error, points: d.points, rejectedPoints: d.rejectedPoints, received: d.received, accepted: d.accepted,
    rejectedByReason: [...d.rejectedByReason], acceptedByShard: [...d.acceptedByShard], message: d.errorMessage(),
    changes: d.changes.map((c) => [c.key, c.before?.timeMs ?? null, c.after.timeMs, JSON.stringify(c.after.data)]),
    records: s.writers.map((w) => Buffer.from(w.bytes.subarray(0, w.length)).toString('hex')), streams: d.streams.size,
  };
  for (const w of s.writers) w.reset();
  return out;
}

for (const [label, options, withAdmission] of [
  ['defaults, admission', { initialValue: 'keep', resourceLabels: new Set<string>(), scopeLabels: false, maxStreams: 50, streamIdleMs: 60_000 }, true],
  ['scope and resource labels, no admission', { initialValue: 'auto', resourceLabels: new Set(['deployment.environment']), scopeLabels: true, maxStreams: 5, streamIdleMs: 60_000 }, false],
] as const) {
  test(`the in-place OTLP decoder stages exactly what the object path does (${label}): 3,000 seeded requests, records byte for byte`, () => {
    const random = seededRandom(label.length);
    const fast = side(true, options, withAdmission);
    const reference = side(false, options, withAdmission);
    let accepted = 0;
    let rejected = 0;
    for (let i = 0; i < 3000; i++) {
      const bytes = encode(randomRequest(random), random);
      const damaged = random() < 0.05 ? bytes.subarray(0, Math.floor(random() * bytes.length)) : bytes;
      const watermark = now - 3 * windowMs;
      const expected = outcome(reference, reference.decoder.decode(damaged, now, watermark));
      const actual = outcome(fast, fast.decoder.decode(damaged, now, watermark));
      assert.deepEqual(actual, expected, `request ${i}`);
      accepted += fast.decoder.accepted;
      rejected += fast.decoder.rejectedPoints;
    }
    // The requests exercise both sides of every check.
    assert.ok(accepted > 1000 && rejected > 1000, `accepted ${accepted}, rejected ${rejected}`);
  });
}

test('the in-place OTLP decoder writes the native series key and hash for the common request (string attributes)', () => {
  const s = side(true, { initialValue: 'keep', resourceLabels: new Set(), scopeLabels: false, maxStreams: 10, streamIdleMs: 1000 }, false);
  const request = {
    resourceMetrics: [{
      resource: { attributes: [{ key: 'service.name', value: { stringValue: 'bench' } }] },
      scopeMetrics: [{ scope: { name: 'bench' }, metrics: [{ name: 'queue.depth', gauge: { dataPoints: [{ attributes: [{ key: 'region', value: { stringValue: 'eu' } }, { key: 'host', value: { stringValue: 'h€' } }], asDouble: 4 }] } }] }],
    }],
  };
  assert.equal(s.decoder.decode(v1.ExportMetricsServiceRequest.encode(request).finish(), now, now - 5000), 'ok');
  assert.equal(s.decoder.accepted, 1);
  const record = s.writers.map((w) => w.bytes.subarray(0, w.length)).find((b) => b.length > 0)!;
  const read = newMetricRecord();
  readMetric(new DataView(record.buffer, record.byteOffset, record.length), 0, record.length, read);
  const expected = encodeSeriesKey('queue.depth', { 'service.name': 'bench', region: 'eu', host: 'h€' });
  assert.deepEqual([...record.subarray(read.keyAt, read.keyAt + read.keyLength)], [...expected]);
  hashSeriesKey(new DataView(expected.buffer), 0, 7);
  assert.deepEqual([read.hashLo, read.hashHi, read.value], [hashOut[0], hashOut[1], 4]);
});
