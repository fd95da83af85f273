import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readExportRequest } from '../actors/ingest/otlp-scan.js';
import { opentelemetry } from '../proto/generated/otlp-metrics.js';
import { seededRandom } from './support/seeded-random.js';

const v1 = opentelemetry.proto.collector.metrics.v1;
type Any = Record<string, unknown>;

/** What the OTLP decoder reads of a request, from either reader's objects. */
function essence(request: { resourceMetrics?: unknown[] | null }): unknown {
  const value = (v: Any | null | undefined): unknown => {
    if (v == null) return null;
    for (const k of ['stringValue', 'boolValue', 'intValue', 'doubleValue', 'bytesValue']) if (v[k] != null) return [k, k === 'bytesValue' ? [...(v[k] as Uint8Array)] : Number(v[k])];
    if (v.arrayValue != null) return ['array', ((v.arrayValue as Any).values as Any[] ?? []).map(value)];
    if (v.kvlistValue != null) return ['kvlist', ((v.kvlistValue as Any).values as Any[] ?? []).map((kv) => [kv.key, value(kv.value as Any)])];
    return null;
  };
  const attrs = (list: unknown): unknown => ((list as Any[] | null) ?? []).map((kv) => [kv.key ?? '', value(kv.value as Any)]);
  return ((request.resourceMetrics ?? []) as Any[]).map((rm) => ({
    resource: attrs((rm.resource as Any | null)?.attributes),
    scopes: ((rm.scopeMetrics as Any[] | null) ?? []).map((sm) => ({
      scope: [(sm.scope as Any | null)?.name ?? '', (sm.scope as Any | null)?.version ?? ''],
      metrics: ((sm.metrics as Any[] | null) ?? []).map((m) => {
        const number = (m.gauge ?? m.sum) as Any | null;
        return {
          name: m.name ?? '',
          kind: ['gauge', 'sum', 'histogram', 'exponentialHistogram', 'summary'].find((k) => m[k] != null) ?? null,
          temporality: Number((m.sum as Any | null)?.aggregationTemporality ?? 0),
          monotonic: (m.sum as Any | null)?.isMonotonic === true,
          points: number == null ? (((m.histogram ?? m.exponentialHistogram ?? m.summary) as Any | null)?.dataPoints as Any[] ?? []).length
            : ((number.dataPoints as Any[] | null) ?? []).map((p) => ({
              attributes: attrs(p.attributes),
              start: Number(p.startTimeUnixNano ?? 0), time: Number(p.timeUnixNano ?? 0),
              asDouble: p.asDouble ?? null, asInt: p.asInt == null ? null : Number(p.asInt), flags: p.flags ?? 0,
            })),
        };
      }),
    })),
  }));
}

function randomRequest(random: () => number): Any {
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)]!;
  const anyValue = (depth: number): Any => pick<() => Any>([
    () => ({ stringValue: pick(['', 'a', 'é€😀', 'x'.repeat(300)]) }),
    () => ({ boolValue: random() < 0.5 }),
    () => ({ intValue: pick([0, 1, -1, 2 ** 40, -(2 ** 45), Number.MAX_SAFE_INTEGER]) }),
    () => ({ doubleValue: pick([0, -0.5, 1e300, Number.NaN]) }),
    () => ({ bytesValue: new Uint8Array([1, 2, 255]) }),
    () => (depth > 1 ? { stringValue: 'deep' } : { arrayValue: { values: [anyValue(depth + 1), anyValue(depth + 1)] } }),
    () => (depth > 1 ? { stringValue: 'deep' } : { kvlistValue: { values: [{ key: 'k', value: anyValue(depth + 1) }] } }),
  ])();
  const attributes = (): Any[] => Array.from({ length: Math.floor(random() * 4) }, (_, i) => ({ key: pick(['k', 'a.b', 'x/y', '']) + i, value: anyValue(0) }));
  const point = (): Any => ({
    attributes: attributes(), startTimeUnixNano: pick([0, 1_700_000_000_000_000_000]), timeUnixNano: pick([0, 1_800_000_000_123_456_789]),
    flags: pick([0, 1]), ...pick<Any>([{ asDouble: pick([1.5, -2, Number.POSITIVE_INFINITY]) }, { asInt: pick([7, -(2 ** 50)]) }, {}]),
  });
  const points = (): Any[] => Array.from({ length: Math.floor(random() * 4) }, point);
  const metric = (): Any => pick<() => Any>([
    () => ({ name: 'g', gauge: { dataPoints: points() } }),
    () => ({ name: 's', sum: { dataPoints: points(), aggregationTemporality: pick([0, 1, 2]), isMonotonic: random() < 0.5 } }),
    () => ({ name: 'h', histogram: { dataPoints: [{ count: 2, sum: 3, bucketCounts: [1, 1], explicitBounds: [1] }], aggregationTemporality: 1 } }),
    () => ({ name: 'e', exponentialHistogram: { dataPoints: [{ count: 1, sum: 2, scale: 1, positive: { offset: 1, bucketCounts: [1] } }], aggregationTemporality: 2 } }),
    () => ({ name: 'q', summary: { dataPoints: [{ count: 1, sum: 2 }] } }),
    () => ({ name: 'none' }),
  ])();
  return {
    resourceMetrics: Array.from({ length: 1 + Math.floor(random() * 2) }, () => ({
      resource: random() < 0.8 ? { attributes: attributes() } : undefined,
      scopeMetrics: Array.from({ length: Math.floor(random() * 3) }, () => ({
        scope: random() < 0.7 ? { name: 'lib', version: pick(['', '1.0']) } : undefined,
        metrics: Array.from({ length: Math.floor(random() * 4) }, metric),
      })),
    })),
  };
}

test('the OTLP reader reads what the generated decoder reads, on 3,000 seeded random requests', () => {
  const random = seededRandom(1515);
  for (let i = 0; i < 3000; i++) {
    const bytes = v1.ExportMetricsServiceRequest.encode(randomRequest(random) as never).finish();
    assert.deepEqual(essence(readExportRequest(bytes)), essence(v1.ExportMetricsServiceRequest.decode(bytes)), `request ${i}`);
  }
});

test('the OTLP reader throws on damaged input (never hangs, never returns garbage past the end)', () => {
  const random = seededRandom(99);
  let threw = 0;
  for (let i = 0; i < 3000; i++) {
    const bytes = Uint8Array.from(v1.ExportMetricsServiceRequest.encode(randomRequest(random) as never).finish());
    if (bytes.length === 0) continue;
    const damaged = random() < 0.5 ? bytes.subarray(0, Math.floor(random() * bytes.length)) : bytes;
    if (damaged === bytes) damaged[Math.floor(random() * bytes.length)] ^= 1 << Math.floor(random() * 8);
    try { readExportRequest(damaged); } catch (error) { assert.ok(error instanceof Error); threw++; }
  }
  assert.ok(threw > 500, `most damaged requests are refused (${threw})`);
});

/** A length-delimited field: tag, length, bytes. */
function field(number: number, bytes: Uint8Array): Buffer {
  const length: number[] = [];
  for (let n = bytes.length; ; n >>>= 7) { if (n < 0x80) { length.push(n); break; } length.push((n & 0x7f) | 0x80); }
  return Buffer.concat([Buffer.from([(number << 3) | 2]), Buffer.from(length), bytes]);
}

test('the in-place scan reads repeated fields as the generated decoder does (the last value set wins)', () => {
  // Kept to what replacing and merging agree on: a later value that sets a
  // scalar member. (protobufjs merges a repeated message field; the readers
  // replace it, so an empty later value or two arrays would differ, as before.)
  const random = seededRandom(7);
  const first = [{ stringValue: 'a' }, { stringValue: 'é'.repeat(70) }, { intValue: 5 }, { boolValue: true }, { arrayValue: { values: [{ stringValue: 'x' }] } }, {}];
  const later = [{ stringValue: 'b' }, { stringValue: 'v'.repeat(200) }, { intValue: 6 }, { boolValue: false }, { doubleValue: 0.5 }];
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)]!;
  for (let i = 0; i < 500; i++) {
    // Two KeyValues (or two AnyValues inside one) concatenated: protobuf reads them as one message.
    const attribute = random() < 0.5
      ? Buffer.concat([v1.KeyValue.encode({ key: 'k', value: pick(first) }).finish(), v1.KeyValue.encode(random() < 0.3 ? { key: 'only.key' } : { key: 'key.two', value: pick(later) }).finish()])
      : Buffer.concat([Buffer.from(v1.KeyValue.encode({ key: 'k' }).finish()), field(2, Buffer.concat([v1.AnyValue.encode(pick(first)).finish(), v1.AnyValue.encode(pick(later)).finish()]))]);
    const point = Buffer.concat([field(7, attribute), Buffer.from([0x21, 0, 0, 0, 0, 0, 0, 0xf0, 0x3f])]);
    const metric = Buffer.concat([field(1, Buffer.from('m')), field(5, field(1, point))]);
    const bytes = field(1, field(2, field(2, metric)));
    assert.deepEqual(essence(readExportRequest(bytes)), essence(v1.ExportMetricsServiceRequest.decode(bytes)), `request ${i}`);
  }
});
