/**
 * Reads an OTLP `ExportMetricsServiceRequest` into plain objects shaped like
 * the generated code's (same field names and defaults), without the
 * generated decoders on the hot path: those build every message through a
 * constructor and, for each oneof (every attribute value, every number
 * point), `delete` the other members, which leaves the objects in slow
 * dictionary mode. Gauges, sums, their points, attributes and string, bool,
 * int, double and bytes values are read here; the rarer parts (histogram,
 * exponential histogram and summary metrics, array and key-value-list
 * values) go to the generated code. Fields Sluice does not read are
 * skipped. Malformed input throws (the caller answers INVALID_ARGUMENT).
 * Field numbers: proto/otlp-metrics.proto.
 */
import { opentelemetry } from '../../proto/generated/otlp-metrics.js';

const v1 = opentelemetry.proto.collector.metrics.v1;
export type ExportRequestLike = opentelemetry.proto.collector.metrics.v1.IExportMetricsServiceRequest & {
  resourceMetrics: opentelemetry.proto.collector.metrics.v1.IResourceMetrics[];
};

const kVarint = 0;
const kFixed64 = 1;
const kBytes = 2;
const kFixed32 = 5;
const two32 = 2 ** 32;

class Cursor {
  pos = 0;
  readonly buf: Buffer;
  readonly view: DataView;

  constructor(bytes: Uint8Array) {
    this.buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.view = new DataView(this.buf.buffer, this.buf.byteOffset, this.buf.byteLength);
  }

  /** A varint of up to 32 bits (tags, lengths, enums, bools, flags); higher bits are read and dropped. */
  uint32(): number {
    const buf = this.buf;
    let value = 0;
    for (let shift = 0; shift < 70; shift += 7) {
      if (this.pos >= buf.length) throw new RangeError('truncated varint');
      const byte = buf[this.pos++]!;
      if (shift < 32) value |= (byte & 0x7f) << shift;
      if (byte < 0x80) return value >>> 0;
    }
    throw new RangeError('varint longer than 10 bytes');
  }

  /** A two's-complement int64 varint, as a number (exact up to 2^53). */
  int64(): number {
    const buf = this.buf;
    let lo = 0, hi = 0;
    for (let shift = 0; shift < 70; shift += 7) {
      if (this.pos >= buf.length) throw new RangeError('truncated varint');
      const byte = buf[this.pos++]!;
      if (shift < 28) lo |= (byte & 0x7f) << shift;
      else if (shift === 28) { lo |= (byte & 0x0f) << 28; hi |= (byte & 0x7f) >>> 4; }
      else hi |= (byte & 0x7f) << (shift - 32);
      if (byte < 0x80) return (hi | 0) * two32 + (lo >>> 0);
    }
    throw new RangeError('varint longer than 10 bytes');
  }

  /** The end of a length-delimited field starting here. */
  end(): number {
    const length = this.uint32();
    const end = this.pos + length;
    if (end > this.buf.length) throw new RangeError('length past the end of the message');
    return end;
  }

  fixed64(): number {
    this.need(8);
    const value = this.view.getUint32(this.pos + 4, true) * two32 + this.view.getUint32(this.pos, true);
    this.pos += 8;
    return value;
  }

  sfixed64(): number {
    this.need(8);
    const value = this.view.getInt32(this.pos + 4, true) * two32 + this.view.getUint32(this.pos, true);
    this.pos += 8;
    return value;
  }

  double(): number {
    this.need(8);
    const value = this.view.getFloat64(this.pos, true);
    this.pos += 8;
    return value;
  }

  string(): string {
    const end = this.end();
    const text = this.buf.toString('utf8', this.pos, end);
    this.pos = end;
    return text;
  }

  /** The bytes of a length-delimited field (a view, for the generated decoders). */
  bytes(): Uint8Array {
    const end = this.end();
    const bytes = this.buf.subarray(this.pos, end);
    this.pos = end;
    return bytes;
  }

  skip(wireType: number): void {
    switch (wireType) {
      case kVarint: this.uint32(); return;
      case kFixed64: this.need(8); this.pos += 8; return;
      case kBytes: this.pos = this.end(); return;
      case kFixed32: this.need(4); this.pos += 4; return;
      default: throw new Error(`wire type ${wireType} not supported`);
    }
  }

  need(n: number): void {
    if (this.pos + n > this.buf.length) throw new RangeError('truncated field');
  }
}

function expect(wireType: number, expected: number, field: string): void {
  if (wireType !== expected) throw new Error(`${field}: wire type ${wireType}, expected ${expected}`);
}

export function readExportRequest(bytes: Uint8Array): ExportRequestLike {
  const c = new Cursor(bytes);
  const resourceMetrics: opentelemetry.proto.collector.metrics.v1.IResourceMetrics[] = [];
  while (c.pos < c.buf.length) {
    const tag = c.uint32();
    if (tag >>> 3 === 1) { expect(tag & 7, kBytes, 'resource_metrics'); resourceMetrics.push(readResourceMetrics(c, c.end())); } else c.skip(tag & 7);
  }
  return { resourceMetrics };
}

function readResourceMetrics(c: Cursor, end: number): opentelemetry.proto.collector.metrics.v1.IResourceMetrics {
  let resource: opentelemetry.proto.collector.metrics.v1.IResource | null = null;
  const scopeMetrics: opentelemetry.proto.collector.metrics.v1.IScopeMetrics[] = [];
  while (c.pos < end) {
    const tag = c.uint32();
    const field = tag >>> 3;
    if (field === 1) {
      expect(tag & 7, kBytes, 'resource');
      const attributes: opentelemetry.proto.collector.metrics.v1.IKeyValue[] = [];
      for (const stop = c.end(); c.pos < stop;) {
        const inner = c.uint32();
        if (inner >>> 3 === 1) { expect(inner & 7, kBytes, 'resource.attributes'); attributes.push(readKeyValue(c, c.end())); } else c.skip(inner & 7);
      }
      resource = { attributes };
    } else if (field === 2) {
      expect(tag & 7, kBytes, 'scope_metrics');
      scopeMetrics.push(readScopeMetrics(c, c.end()));
    } else c.skip(tag & 7);
  }
  check(c, end);
  return { resource, scopeMetrics };
}

function readScopeMetrics(c: Cursor, end: number): opentelemetry.proto.collector.metrics.v1.IScopeMetrics {
  let scope: opentelemetry.proto.collector.metrics.v1.IInstrumentationScope | null = null;
  const metrics: opentelemetry.proto.collector.metrics.v1.IMetric[] = [];
  while (c.pos < end) {
    const tag = c.uint32();
    const field = tag >>> 3;
    if (field === 1) {
      expect(tag & 7, kBytes, 'scope');
      let name = '', version = '';
      for (const stop = c.end(); c.pos < stop;) {
        const inner = c.uint32();
        if (inner >>> 3 === 1) { expect(inner & 7, kBytes, 'scope.name'); name = c.string(); } else if (inner >>> 3 === 2) { expect(inner & 7, kBytes, 'scope.version'); version = c.string(); } else c.skip(inner & 7);
      }
      scope = { name, version };
    } else if (field === 2) {
      expect(tag & 7, kBytes, 'metrics');
      metrics.push(readMetric(c, c.end()));
    } else c.skip(tag & 7);
  }
  check(c, end);
  return { scope, metrics };
}

function readMetric(c: Cursor, end: number): opentelemetry.proto.collector.metrics.v1.IMetric {
  const metric: opentelemetry.proto.collector.metrics.v1.IMetric = { name: '', gauge: null, sum: null, histogram: null, exponentialHistogram: null, summary: null };
  while (c.pos < end) {
    const tag = c.uint32();
    const field = tag >>> 3;
    if (field === 1) { expect(tag & 7, kBytes, 'metric.name'); metric.name = c.string(); continue; }
    if (field !== 5 && field !== 7 && field !== 9 && field !== 10 && field !== 11) { c.skip(tag & 7); continue; }
    expect(tag & 7, kBytes, 'metric data');
    // One data field wins (the last, as protobuf's oneof rule says).
    metric.gauge = metric.sum = metric.histogram = metric.exponentialHistogram = metric.summary = null;
    if (field === 5 || field === 7) {
      const dataPoints: opentelemetry.proto.collector.metrics.v1.INumberDataPoint[] = [];
      let aggregationTemporality = 0, isMonotonic = false;
      for (const stop = c.end(); c.pos < stop;) {
        const inner = c.uint32();
        const f = inner >>> 3;
        if (f === 1) { expect(inner & 7, kBytes, 'data_points'); dataPoints.push(readNumberDataPoint(c, c.end())); } else if (field === 7 && f === 2) { expect(inner & 7, kVarint, 'aggregation_temporality'); aggregationTemporality = c.uint32(); } else if (field === 7 && f === 3) { expect(inner & 7, kVarint, 'is_monotonic'); isMonotonic = c.uint32() !== 0; } else c.skip(inner & 7);
      }
      if (field === 5) metric.gauge = { dataPoints };
      else metric.sum = { dataPoints, aggregationTemporality, isMonotonic };
    } else {
      const bytes = c.bytes();
      if (field === 9) metric.histogram = v1.Histogram.decode(bytes);
      else if (field === 10) metric.exponentialHistogram = v1.ExponentialHistogram.decode(bytes);
      else metric.summary = v1.Summary.decode(bytes);
    }
  }
  check(c, end);
  return metric;
}

function readNumberDataPoint(c: Cursor, end: number): opentelemetry.proto.collector.metrics.v1.INumberDataPoint {
  const attributes: opentelemetry.proto.collector.metrics.v1.IKeyValue[] = [];
  let startTimeUnixNano = 0, timeUnixNano = 0, flags = 0;
  let asDouble: number | null = null, asInt: number | null = null;
  while (c.pos < end) {
    const tag = c.uint32();
    switch (tag >>> 3) {
      case 7: expect(tag & 7, kBytes, 'attributes'); attributes.push(readKeyValue(c, c.end())); break;
      case 2: expect(tag & 7, kFixed64, 'start_time_unix_nano'); startTimeUnixNano = c.fixed64(); break;
      case 3: expect(tag & 7, kFixed64, 'time_unix_nano'); timeUnixNano = c.fixed64(); break;
      case 4: expect(tag & 7, kFixed64, 'as_double'); asDouble = c.double(); asInt = null; break;
      case 6: expect(tag & 7, kFixed64, 'as_int'); asInt = c.sfixed64(); asDouble = null; break;
      case 8: expect(tag & 7, kVarint, 'flags'); flags = c.uint32(); break;
      default: c.skip(tag & 7);
    }
  }
  check(c, end);
  return { attributes, startTimeUnixNano, timeUnixNano, asDouble, asInt, flags };
}

function readKeyValue(c: Cursor, end: number): opentelemetry.proto.collector.metrics.v1.IKeyValue {
  let key = '';
  let value: opentelemetry.proto.collector.metrics.v1.IAnyValue | null = null;
  while (c.pos < end) {
    const tag = c.uint32();
    const field = tag >>> 3;
    if (field === 1) { expect(tag & 7, kBytes, 'key'); key = c.string(); } else if (field === 2) { expect(tag & 7, kBytes, 'value'); value = readAnyValue(c, c.end()); } else c.skip(tag & 7);
  }
  check(c, end);
  return { key, value };
}

function readAnyValue(c: Cursor, end: number): opentelemetry.proto.collector.metrics.v1.IAnyValue {
  let value: opentelemetry.proto.collector.metrics.v1.IAnyValue = {};
  while (c.pos < end) {
    const tag = c.uint32();
    // The last value field wins (oneof).
    switch (tag >>> 3) {
      case 1: expect(tag & 7, kBytes, 'string_value'); value = { stringValue: c.string() }; break;
      case 2: expect(tag & 7, kVarint, 'bool_value'); value = { boolValue: c.uint32() !== 0 }; break;
      case 3: expect(tag & 7, kVarint, 'int_value'); value = { intValue: c.int64() }; break;
      case 4: expect(tag & 7, kFixed64, 'double_value'); value = { doubleValue: c.double() }; break;
      case 5: case 6: {
        expect(tag & 7, kBytes, 'array or kvlist value');
        const stop = c.end();
        const inner = c.buf.subarray(c.pos, stop);
        value = tag >>> 3 === 5 ? { arrayValue: v1.ArrayValue.decode(inner) } : { kvlistValue: v1.KeyValueList.decode(inner) };
        c.pos = stop;
        break;
      }
      case 7: expect(tag & 7, kBytes, 'bytes_value'); value = { bytesValue: c.bytes() }; break;
      default: c.skip(tag & 7);
    }
  }
  check(c, end);
  return value;
}

function check(c: Cursor, end: number): void {
  if (c.pos !== end) throw new RangeError('field runs past the end of its message');
}
