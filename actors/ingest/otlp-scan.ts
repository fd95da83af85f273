/**
 * Reads an OTLP `ExportMetricsServiceRequest` in place: one walk over the
 * bytes (resource → scope → metric → data points) that checks the protobuf
 * as strictly as the object readers do and keeps, for gauge and sum points,
 * their numbers in typed arrays and their attributes as byte ranges of the
 * request (key, string value). No object or string per point or attribute:
 * the decoder hashes and copies the ranges as the native decoder does.
 *
 * The rarer parts become plain objects shaped like the generated code's:
 * resource attributes and scopes (once per resource or scope), histogram,
 * exponential histogram and summary metrics (generated code), and attributes
 * whose value is not a string (otlp-reader.ts). `readExportRequest` builds
 * the whole request as such objects (tests, and the decoder's reference).
 * Malformed input throws (the caller answers INVALID_ARGUMENT).
 * Field numbers: proto/otlp-metrics.proto.
 */
import { opentelemetry } from '../../proto/generated/otlp-metrics.js';
import { Cursor, check, expect, kBytes, kFixed64, kVarint, readKeyValue } from './otlp-reader.js';

const v1 = opentelemetry.proto.collector.metrics.v1;
type IKeyValue = opentelemetry.proto.collector.metrics.v1.IKeyValue;
type INumberDataPoint = opentelemetry.proto.collector.metrics.v1.INumberDataPoint;
type IMetric = opentelemetry.proto.collector.metrics.v1.IMetric;
export type ExportRequestLike = opentelemetry.proto.collector.metrics.v1.IExportMetricsServiceRequest & {
  resourceMetrics: opentelemetry.proto.collector.metrics.v1.IResourceMetrics[];
};

/** Attribute kinds. */
/** KeyValue without a value (the generated code's `value: null`). */
export const kValueNone = 0;
/** An AnyValue with no field Sluice knows (`{}`). */
export const kValueEmpty = 1;
/** A string value: `valueStart…valueEnd` are its bytes. */
export const kValueString = 2;
/** Any other value: `valueStart` indexes `slow`, the attribute read as an object. */
export const kValueOther = 3;

/** Number point value kinds. */
export const kNoValue = 0;
export const kAsDouble = 1;
export const kAsInt = 2;

export type MetricCase = 'gauge' | 'sum' | 'histogram' | 'exponentialHistogram' | 'summary' | undefined;

export interface ScannedMetric {
  name: string;
  /** The name's bytes in the request. */
  nameStart: number;
  nameEnd: number;
  case: MetricCase;
  aggregationTemporality: number;
  isMonotonic: boolean;
  /** Histogram, exponential histogram or summary, read by the generated code. */
  data: { dataPoints?: unknown[] | null; aggregationTemporality?: number | null } | null;
  /** Gauge and sum: the points' indexes, [firstPoint, firstPoint + points). */
  firstPoint: number;
  points: number;
  firstAttribute: number;
  firstSlow: number;
}

export interface ScannedScope {
  scope: { name: string; version: string } | null;
  metrics: ScannedMetric[];
}

export interface ScannedResource {
  resource: { attributes: IKeyValue[] } | null;
  scopes: ScannedScope[];
}

export interface ScanCaps {
  /** Points kept in the index; past this they are checked and counted only. */
  maxPoints: number;
  /** Attributes kept per point; past this they are checked and counted only. */
  maxAttributes: number;
}

const unbounded: ScanCaps = { maxPoints: Number.POSITIVE_INFINITY, maxAttributes: Number.POSITIVE_INFINITY };

export class OtlpScan {
  resources: ScannedResource[] = [];
  /** Data points of the request, a metric without any counting one (the request limit's unit). */
  points = 0;
  buf: Buffer = Buffer.alloc(0);

  // ---- number points, by index
  pointCount = 0;
  startNs = new Float64Array(64);
  timeNs = new Float64Array(64);
  value = new Float64Array(64);
  valueKind = new Uint8Array(64);
  flags = new Uint32Array(64);
  /** First attribute index, and how many the point has (all of them, kept or not). */
  attributeFirst = new Int32Array(64);
  attributeCount = new Int32Array(64);

  // ---- attributes, by index
  attributes = 0;
  keyStart = new Int32Array(256);
  keyEnd = new Int32Array(256);
  valueStart = new Int32Array(256);
  valueEnd = new Int32Array(256);
  kind = new Uint8Array(256);
  /** Attributes of kind kValueOther, as objects. */
  readonly slow: IKeyValue[] = [];

  #caps: ScanCaps = unbounded;

  /** Reads `bytes` (kept as `buf` until the next read); throws if malformed. */
  read(bytes: Uint8Array, caps: ScanCaps = unbounded): void {
    const c = new Cursor(bytes);
    this.buf = c.buf;
    this.#caps = caps;
    this.resources = [];
    this.points = this.pointCount = this.attributes = 0;
    this.slow.length = 0;
    while (c.pos < c.buf.length) {
      const tag = c.uint32();
      if (tag >>> 3 === 1) { expect(tag & 7, kBytes, 'resource_metrics'); this.resources.push(this.#resourceMetrics(c, c.end())); } else c.skip(tag & 7);
    }
  }

  /** A kept point as the object the generated code would make (the decoder's slow path). */
  pointObject(p: number): INumberDataPoint {
    const attributes: IKeyValue[] = [];
    const first = this.attributeFirst[p]!;
    const kept = Math.min(this.attributeCount[p]!, this.#caps.maxAttributes);
    for (let a = first; a < first + kept; a++) attributes.push(this.attributeObject(a));
    const kind = this.valueKind[p]!;
    return {
      attributes, startTimeUnixNano: this.startNs[p]!, timeUnixNano: this.timeNs[p]!, flags: this.flags[p]!,
      asDouble: kind === kAsDouble ? this.value[p]! : null, asInt: kind === kAsInt ? this.value[p]! : null,
    };
  }

  attributeObject(a: number): IKeyValue {
    switch (this.kind[a]) {
      case kValueOther: return this.slow[this.valueStart[a]!]!;
      case kValueString: return { key: this.#text(this.keyStart[a]!, this.keyEnd[a]!), value: { stringValue: this.#text(this.valueStart[a]!, this.valueEnd[a]!) } };
      case kValueEmpty: return { key: this.#text(this.keyStart[a]!, this.keyEnd[a]!), value: {} };
      default: return { key: this.#text(this.keyStart[a]!, this.keyEnd[a]!), value: null };
    }
  }

  /** A metric as the generated code would make it. */
  metricObject(m: ScannedMetric): IMetric {
    const metric: IMetric = { name: m.name, gauge: null, sum: null, histogram: null, exponentialHistogram: null, summary: null };
    const dataPoints: INumberDataPoint[] = [];
    for (let p = m.firstPoint; p < m.firstPoint + m.points; p++) dataPoints.push(this.pointObject(p));
    switch (m.case) {
      case 'gauge': metric.gauge = { dataPoints }; break;
      case 'sum': metric.sum = { dataPoints, aggregationTemporality: m.aggregationTemporality, isMonotonic: m.isMonotonic }; break;
      case 'histogram': metric.histogram = m.data as never; break;
      case 'exponentialHistogram': metric.exponentialHistogram = m.data as never; break;
      case 'summary': metric.summary = m.data as never; break;
      default:
    }
    return metric;
  }

  #text(start: number, end: number): string {
    return this.buf.toString('utf8', start, end);
  }

  #resourceMetrics(c: Cursor, end: number): ScannedResource {
    let resource: ScannedResource['resource'] = null;
    const scopes: ScannedScope[] = [];
    while (c.pos < end) {
      const tag = c.uint32();
      const field = tag >>> 3;
      if (field === 1) {
        expect(tag & 7, kBytes, 'resource');
        const attributes: IKeyValue[] = [];
        for (const stop = c.end(); c.pos < stop;) {
          const inner = c.uint32();
          if (inner >>> 3 === 1) { expect(inner & 7, kBytes, 'resource.attributes'); attributes.push(readKeyValue(c, c.end())); } else c.skip(inner & 7);
        }
        resource = { attributes };
      } else if (field === 2) {
        expect(tag & 7, kBytes, 'scope_metrics');
        scopes.push(this.#scopeMetrics(c, c.end()));
      } else c.skip(tag & 7);
    }
    check(c, end);
    return { resource, scopes };
  }

  #scopeMetrics(c: Cursor, end: number): ScannedScope {
    let scope: ScannedScope['scope'] = null;
    const metrics: ScannedMetric[] = [];
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
        const metric = this.#metric(c, c.end());
        this.points += Math.max(1, metric.case === 'gauge' || metric.case === 'sum' ? metric.points : metric.data?.dataPoints?.length ?? 0);
        metrics.push(metric);
      } else c.skip(tag & 7);
    }
    check(c, end);
    return { scope, metrics };
  }

  #metric(c: Cursor, end: number): ScannedMetric {
    const metric: ScannedMetric = {
      name: '', nameStart: 0, nameEnd: 0, case: undefined, aggregationTemporality: 0, isMonotonic: false, data: null,
      firstPoint: this.pointCount, points: 0, firstAttribute: this.attributes, firstSlow: this.slow.length,
    };
    while (c.pos < end) {
      const tag = c.uint32();
      const field = tag >>> 3;
      if (field === 1) {
        expect(tag & 7, kBytes, 'metric.name');
        const stop = c.end();
        metric.nameStart = c.pos;
        metric.nameEnd = stop;
        metric.name = c.buf.toString('utf8', c.pos, stop);
        c.pos = stop;
        continue;
      }
      if (field !== 5 && field !== 7 && field !== 9 && field !== 10 && field !== 11) { c.skip(tag & 7); continue; }
      expect(tag & 7, kBytes, 'metric data');
      // One data field wins (the last, as protobuf's oneof rule says): drop
      // the points of an earlier one (they are the last ones kept).
      this.pointCount = metric.firstPoint;
      this.attributes = metric.firstAttribute;
      this.slow.length = metric.firstSlow;
      metric.points = 0;
      metric.data = null;
      metric.aggregationTemporality = 0;
      metric.isMonotonic = false;
      if (field === 5 || field === 7) {
        metric.case = field === 5 ? 'gauge' : 'sum';
        for (const stop = c.end(); c.pos < stop;) {
          const inner = c.uint32();
          const f = inner >>> 3;
          if (f === 1) {
            expect(inner & 7, kBytes, 'data_points');
            this.#numberDataPoint(c, c.end());
            metric.points++;
          } else if (field === 7 && f === 2) { expect(inner & 7, kVarint, 'aggregation_temporality'); metric.aggregationTemporality = c.uint32(); } else if (field === 7 && f === 3) { expect(inner & 7, kVarint, 'is_monotonic'); metric.isMonotonic = c.uint32() !== 0; } else c.skip(inner & 7);
        }
      } else {
        const bytes = c.bytes();
        if (field === 9) { metric.case = 'histogram'; metric.data = v1.Histogram.decode(bytes); } else if (field === 10) { metric.case = 'exponentialHistogram'; metric.data = v1.ExponentialHistogram.decode(bytes); } else { metric.case = 'summary'; metric.data = v1.Summary.decode(bytes); }
      }
    }
    check(c, end);
    return metric;
  }

  #numberDataPoint(c: Cursor, end: number): void {
    const keep = this.pointCount < this.#caps.maxPoints;
    const first = this.attributes;
    let startNs = 0, timeNs = 0, flags = 0, kind = kNoValue, value = 0, count = 0;
    while (c.pos < end) {
      const tag = c.uint32();
      switch (tag >>> 3) {
        case 7:
          expect(tag & 7, kBytes, 'attributes');
          this.#keyValue(c, c.end(), keep && count < this.#caps.maxAttributes);
          count++;
          break;
        case 2: expect(tag & 7, kFixed64, 'start_time_unix_nano'); startNs = c.fixed64(); break;
        case 3: expect(tag & 7, kFixed64, 'time_unix_nano'); timeNs = c.fixed64(); break;
        case 4: expect(tag & 7, kFixed64, 'as_double'); value = c.double(); kind = kAsDouble; break;
        case 6: expect(tag & 7, kFixed64, 'as_int'); value = c.sfixed64(); kind = kAsInt; break;
        case 8: expect(tag & 7, kVarint, 'flags'); flags = c.uint32(); break;
        default: c.skip(tag & 7);
      }
    }
    check(c, end);
    if (!keep) return;
    const p = this.pointCount++;
    if (p >= this.startNs.length) this.#growPoints();
    this.startNs[p] = startNs;
    this.timeNs[p] = timeNs;
    this.value[p] = value;
    this.valueKind[p] = kind;
    this.flags[p] = flags;
    this.attributeFirst[p] = first;
    this.attributeCount[p] = count;
  }

  /**
   * One KeyValue at [c.pos, end): its key and string value as ranges, or
   * (any other value) the object otlp-reader.ts reads. `keep` false: only
   * checked.
   */
  #keyValue(c: Cursor, end: number, keep: boolean): void {
    const buf = c.buf;
    const start = c.pos;
    let ks = start, ke = start, vs = 0, ve = 0, kind = kValueNone;
    // Fast path: `0a <len> key 12 <len> 0a <len> value` with one-byte
    // lengths, the way every encoder writes a string attribute.
    const kl = buf[start + 1]!;
    const v = start + 2 + kl;
    if (buf[start] === 0x0a && kl < 0x80 && v + 4 <= end && buf[v] === 0x12 && buf[v + 1]! < 0x80 && v + 2 + buf[v + 1]! === end
      && buf[v + 2] === 0x0a && buf[v + 3]! < 0x80 && v + 4 + buf[v + 3]! === end) {
      ks = start + 2; ke = v; vs = v + 4; ve = end; kind = kValueString;
      c.pos = end;
    } else {
      let other = false;
      while (c.pos < end) {
        const tag = c.uint32();
        const field = tag >>> 3;
        if (field === 1) {
          expect(tag & 7, kBytes, 'key');
          ke = c.end();
          ks = c.pos;
          c.pos = ke;
        } else if (field === 2) {
          expect(tag & 7, kBytes, 'value');
          const stop = c.end();
          kind = kValueEmpty;
          vs = ve = 0;
          while (c.pos < stop) {
            const t = c.uint32();
            const f = t >>> 3;
            if (f === 1) {
              expect(t & 7, kBytes, 'string_value');
              const e = c.end();
              vs = c.pos; ve = e; kind = kValueString;
              c.pos = e;
            } else if (f >= 2 && f <= 7) {
              // Not a string: read the whole attribute as an object below
              // (the reader checks and decodes what this skips).
              other = true;
              c.skip(t & 7);
            } else c.skip(t & 7);
          }
          check(c, stop);
        } else c.skip(tag & 7);
      }
      check(c, end);
      if (other) {
        c.pos = start;
        const object = readKeyValue(c, end);
        if (!keep) return;
        kind = kValueOther;
        vs = this.slow.length;
        this.slow.push(object);
      }
    }
    if (!keep) return;
    const a = this.attributes++;
    if (a >= this.keyStart.length) this.#growAttributes();
    this.keyStart[a] = ks;
    this.keyEnd[a] = ke;
    this.valueStart[a] = vs;
    this.valueEnd[a] = ve;
    this.kind[a] = kind;
  }

  #growPoints(): void {
    const n = this.startNs.length * 2;
    this.startNs = grow(this.startNs, new Float64Array(n));
    this.timeNs = grow(this.timeNs, new Float64Array(n));
    this.value = grow(this.value, new Float64Array(n));
    this.valueKind = grow(this.valueKind, new Uint8Array(n));
    this.flags = grow(this.flags, new Uint32Array(n));
    this.attributeFirst = grow(this.attributeFirst, new Int32Array(n));
    this.attributeCount = grow(this.attributeCount, new Int32Array(n));
  }

  #growAttributes(): void {
    const n = this.keyStart.length * 2;
    this.keyStart = grow(this.keyStart, new Int32Array(n));
    this.keyEnd = grow(this.keyEnd, new Int32Array(n));
    this.valueStart = grow(this.valueStart, new Int32Array(n));
    this.valueEnd = grow(this.valueEnd, new Int32Array(n));
    this.kind = grow(this.kind, new Uint8Array(n));
  }
}

function grow<T extends Float64Array | Int32Array | Uint32Array | Uint8Array>(from: T, to: T): T {
  to.set(from as never);
  return to;
}

/** The whole request as objects shaped like the generated code's. */
export function readExportRequest(bytes: Uint8Array): ExportRequestLike {
  const scan = new OtlpScan();
  scan.read(bytes);
  return {
    resourceMetrics: scan.resources.map((r) => ({
      resource: r.resource,
      scopeMetrics: r.scopes.map((s) => ({ scope: s.scope, metrics: s.metrics.map((m) => scan.metricObject(m)) })),
    })),
  };
}
