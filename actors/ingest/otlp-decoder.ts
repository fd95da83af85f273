/**
 * Reads an OTLP `ExportMetricsServiceRequest` (in place: otlp-scan.ts) and
 * stages one mailbox record per accepted data point in the writer of the
 * shard its series hashes to, through the same pieces as the native decoder:
 * the same limits and reason codes, the same series key and hash, the same
 * admission (kind conflicts, cardinality, name limits). The mapping:
 *
 *   Gauge, non-monotonic Sum       → GAUGE, one record per point
 *   monotonic Sum, DELTA           → COUNTER, the point's value
 *   monotonic Sum, CUMULATIVE      → COUNTER, the increment since the stream's last point
 *   Histogram, ExponentialHistogram → HISTOGRAM, one pre-aggregated record per point
 *   Summary                        → HISTOGRAM, count and sum only
 *
 * Labels: `service.name` and the allowed resource attributes, the scope's
 * name and version when asked for, then the point's attributes. Names and
 * label keys map characters outside [A-Za-z0-9_.:-] to `_`.
 *
 * Two ways to a point's labels, with the same result: gauge and sum points
 * whose keys need no mapping and whose values are strings of valid UTF-8
 * (what SDKs send) are keyed straight from the request's bytes, as the
 * native decoder keys its batches; any other point (a key to map, a
 * non-string value, invalid UTF-8, histograms, summaries) goes through
 * objects and strings. test/otlp-decoder.test.ts holds them to the same
 * records byte for byte.
 *
 * The ledger counts what windows count: a point counts 1, except an accepted
 * histogram point, which counts its observations (its count, or its
 * increment's count).
 */
import type { LedgerRejectedReason } from '../../catalogue/reasons.js';
import type { MessageWriter } from '../../engine/message-writer.js';
import { opentelemetry } from '../../proto/generated/otlp-metrics.js';
import { orBytes, shardOf } from '../../wire/bytes.js';
import { hashOut } from '../../wire/hash.js';
import { COUNTER, GAUGE, HISTOGRAM } from '../../wire/metric-kind.js';
import {
  kMaxHistogramPairs, kMetricHeaderBytes, writeHistogramRecord, writeMetricHeader, writeMetricRecord, type HistogramPoint,
} from '../../wire/mailbox-records.js';
import { isUtf8, kMaxLabelBytes, kMaxLabels, kMaxNameBytes, type DecodeLimits } from './batch-decoder.js';
import {
  CumulativeStreams, kFirstBase, kNext, kStale, type InitialValue, type StreamChange,
} from './otlp-cumulative.js';
import { readExplicit, readExponential, readSummary, subtract, toNumber, toPoint, type Buckets, type Int64 } from './otlp-histograms.js';
import { keptAsIs, labelValue, sluiceName, type AnyValueLike } from './otlp-names.js';
import { kAsDouble, kAsInt, kValueOther, kValueString, OtlpScan, type MetricCase, type ScannedMetric } from './otlp-scan.js';
import { OtlpSeriesKey } from './otlp-series-key.js';
import {
  kFuture, kInvalidLabel, kInvalidName, kInvalidValue, kLate, kOverLimit, kTooManyLabels, reasonCodes,
} from './reasons.js';
import { kSeriesNew, type SeriesAdmission } from './series-admission.js';

const kDelta = 1;
const kCumulative = 2;
/** NumberDataPoint flag: the point carries no value (a staleness marker). */
const kNoRecordedValue = 1;
/** Rejections spelled out in `error_message`; the rest are only counted. */
const kListed = 5;
/** Ledger reason of a cumulative stream's first point used only as a base. */
export const kReasonCumulativeBase = 'cumulative_base';

export interface OtlpOptions {
  /** First point of a cumulative stream: auto | keep | drop (see otlp-cumulative.ts). */
  initialValue: InitialValue;
  /** Resource attributes that become labels, besides `service.name`. */
  resourceLabels: ReadonlySet<string>;
  /** Add `otel.scope.name` and `otel.scope.version` labels. */
  scopeLabels: boolean;
  /** Cumulative streams remembered at once. */
  maxStreams: number;
  /** A cumulative stream with no point for this long is forgotten. */
  streamIdleMs: number;
}

export type OtlpDecodeStatus = 'ok' | 'malformed' | 'too_many_metrics';

type Mode = 'gauge' | 'delta' | 'cumulative' | 'histogram' | 'summary';

interface MetricContext {
  /** The OTLP name, as sent (part of a stream's identity). */
  rawName: string;
  /** The mapped name's bytes in the key builder's scratch. */
  nameStart: number;
  nameEnd: number;
  case: MetricCase;
  kind: number;
  mode: Mode;
  /** Histograms: CUMULATIVE (true) or DELTA. */
  cumulative: boolean;
  scope: ScopeLabels;
  streamPrefix: string;
}

/** A scope's resource and scope labels, encoded once in the key builder's scratch. */
interface ScopeLabels {
  count: number;
  /** Key start, key end, value start, value end per label. */
  ranges: Int32Array;
  /** The first label's problem (`invalid_label` detail) that every point of the scope has, or null. */
  problem: string | null;
}

export class OtlpDecoder {
  // ---- results of the last decode()
  /** Data points in the request (a metric without any counts as one). */
  points = 0;
  rejectedPoints = 0;
  /** Ledger units (see above): received = accepted + Σ rejectedByReason. */
  received = 0;
  accepted = 0;
  readonly rejectedByReason = new Map<LedgerRejectedReason, number>();
  readonly acceptedByShard: Float64Array;
  /** The first rejections, `reason: detail (metric …)`. */
  readonly listed: string[] = [];
  /** Cumulative-stream changes of the last request (undo them if it is given up). */
  changes: StreamChange[] = [];
  error = '';

  readonly streams: CumulativeStreams;
  readonly #writers: MessageWriter[];
  readonly #seed: number;
  readonly #limits: DecodeLimits;
  readonly #options: OtlpOptions;
  readonly #admission: SeriesAdmission | null;
  readonly #inPlace: boolean;
  readonly #scan = new OtlpScan();
  readonly #key = new OtlpSeriesKey();
  readonly #histogram: HistogramPoint = { count: 0, sum: 0, min: 0, max: 0, values: new Float64Array(64), counts: new Float64Array(64), pairs: 0 };
  #now = 0;
  #futureAfter = 0;
  #lateBefore = 0;
  /** Key builder scratch mark after the current metric's name (a point's strings go after it). */
  #pointMark = 0;

  /**
   * `readInPlace` false reads every point from objects (the slow path's
   * way): the reference the in-place path is tested against.
   */
  constructor(writers: MessageWriter[], seed: number, limits: DecodeLimits, options: OtlpOptions,
    admission: SeriesAdmission | null, startedAtMs = Date.now(), readInPlace = true) {
    this.#writers = writers;
    this.#seed = seed;
    this.#limits = limits;
    this.#options = options;
    this.#admission = admission;
    this.#inPlace = readInPlace;
    this.acceptedByShard = new Float64Array(writers.length);
    this.streams = new CumulativeStreams({ initialValue: options.initialValue, maxStreams: options.maxStreams, idleMs: options.streamIdleMs }, startedAtMs);
  }

  /**
   * Decodes `bytes`. On 'ok' the shard writers hold the request's records
   * (the caller commits or discards them); otherwise nothing changed.
   */
  decode(bytes: Uint8Array, now: number, watermark: number): OtlpDecodeStatus {
    if (!(watermark > Number.NEGATIVE_INFINITY)) watermark = Number.MIN_SAFE_INTEGER;
    this.points = this.rejectedPoints = this.received = this.accepted = 0;
    this.rejectedByReason.clear();
    this.acceptedByShard.fill(0);
    this.listed.length = 0;
    this.changes = [];
    this.error = '';
    this.#now = now;
    this.#futureAfter = now + this.#limits.futureSkewMs;
    this.#lateBefore = Math.floor(watermark / this.#limits.windowMs) * this.#limits.windowMs;

    const scan = this.#scan;
    try {
      // Points past the limit are only counted; attributes past the label
      // limit only checked (such a point is refused before its labels are read).
      scan.read(bytes, { maxPoints: this.#limits.maxMetrics, maxAttributes: kMaxLabels + 1 });
    } catch (error) {
      this.error = (error as Error).message;
      return 'malformed';
    }
    // The point limit first, before any work or state.
    if (scan.points > this.#limits.maxMetrics) return 'too_many_metrics';

    this.#admission?.beginBatch();
    this.streams.beginRequest();
    const key = this.#key;
    key.source(scan.buf);
    const requestMark = key.mark();
    try {
      for (const resource of scan.resources) {
        const resourceLabels = this.#resourceLabels(resource.resource?.attributes ?? []);
        const resourceKey = attributesKey(resource.resource?.attributes ?? []);
        for (const { scope, metrics } of resource.scopes) {
          const labels = resourceLabels.slice();
          if (this.#options.scopeLabels) {
            labels.push(['otel.scope.name', scope?.name ?? ''], ['otel.scope.version', scope?.version ?? '']);
          }
          key.release(requestMark);
          const scopeLabels = this.#scopeLabels(labels);
          const scopeMark = key.mark();
          const prefix = `${resourceKey}\u0000${scope?.name ?? ''}\u0000${scope?.version ?? ''}\u0000`;
          for (const metric of metrics) {
            key.release(scopeMark);
            this.#metric(metric, scopeLabels, prefix);
          }
        }
      }
    } catch (error) {
      for (const writer of this.#writers) writer.reset();
      this.#admission?.rollbackBatch();
      this.streams.undo(this.streams.takeChanges());
      throw error;
    }
    this.changes = this.streams.takeChanges();
    return 'ok';
  }

  /** `error_message` for the answer: counts by reason and the first few rejections. */
  errorMessage(): string {
    if (this.rejectedPoints === 0) return '';
    const more = this.rejectedPoints - this.listed.length;
    return `${this.rejectedPoints} of ${this.points} data points rejected: ${this.listed.join('; ')}${more > 0 ? `; and ${more} more` : ''}`;
  }

  #resourceLabels(attributes: readonly opentelemetry.proto.collector.metrics.v1.IKeyValue[]): Array<[string, string]> {
    const out: Array<[string, string]> = [];
    const allowed = this.#options.resourceLabels;
    for (const attribute of attributes) {
      const key = attribute.key ?? '';
      // Mapped once per resource, not per point.
      if (key === 'service.name' || allowed.has(key)) out.push([sluiceName(key), labelValue(attribute.value as AnyValueLike, kMaxLabelBytes)]);
    }
    return out;
  }

  /** Encodes a scope's labels once, checked as a point's would be. */
  #scopeLabels(labels: ReadonlyArray<[string, string]>): ScopeLabels {
    const out: ScopeLabels = { count: labels.length, ranges: new Int32Array(4 * labels.length), problem: null };
    // Over the limit: every point of the scope is refused before its labels are read.
    if (labels.length > kMaxLabels) return out;
    const key = this.#key;
    key.begin(0, 0);
    for (let i = 0; i < labels.length && out.problem === null; i++) {
      const [k, v] = labels[i]!;
      if (k.length > kMaxLabelBytes || v.length > kMaxLabelBytes) { out.problem = key.add(k, v); break; }
      const keyStart = key.encode(k);
      const valueStart = key.encode(v);
      const valueEnd = key.mark();
      out.ranges.set([keyStart, valueStart, valueStart, valueEnd], 4 * i);
      out.problem = key.addRange(keyStart, valueStart, valueStart, valueEnd);
    }
    return out;
  }

  #metric(metric: ScannedMetric, scope: ScopeLabels, streamPrefix: string): void {
    const rawName = metric.name;
    const name = sluiceName(rawName);
    const context: MetricContext = {
      rawName, nameStart: metric.nameStart, nameEnd: metric.nameEnd, case: metric.case,
      kind: GAUGE, mode: 'gauge', cumulative: false, scope, streamPrefix,
    };
    let problem: [number, string] | null = null;
    if (name === '') problem = [kInvalidName, 'empty name'];
    else if (!hasLetterOrDigit(name)) problem = [kInvalidName, 'name maps to nothing'];
    else if (name.length > kMaxNameBytes) problem = [kInvalidName, `name longer than ${kMaxNameBytes} bytes`];
    else if (name !== rawName) {
      // Mapped: every character is now ASCII; encoded once per metric.
      context.nameStart = this.#key.encode(name);
      context.nameEnd = this.#key.mark();
    }
    this.#pointMark = this.#key.mark();
    switch (metric.case) {
      case 'gauge': break;
      case 'sum': {
        if (metric.isMonotonic) {
          const temporality = metric.aggregationTemporality;
          if (temporality === kDelta) { context.kind = COUNTER; context.mode = 'delta'; }
          else if (temporality === kCumulative) { context.kind = COUNTER; context.mode = 'cumulative'; }
          else problem ??= [kInvalidValue, 'monotonic sum without aggregation temporality'];
        }
        break;
      }
      case 'histogram':
      case 'exponentialHistogram': {
        const temporality = metric.data!.aggregationTemporality;
        context.kind = HISTOGRAM;
        context.mode = 'histogram';
        context.cumulative = temporality === kCumulative;
        if (temporality !== kDelta && temporality !== kCumulative) problem ??= [kInvalidValue, 'histogram without aggregation temporality'];
        break;
      }
      case 'summary': context.kind = HISTOGRAM; context.mode = 'summary'; context.cumulative = true; break;
      default: problem ??= [kInvalidValue, 'unknown or missing metric data'];
    }
    const number = metric.case === 'gauge' || metric.case === 'sum';
    const points = number ? null : (metric.data?.dataPoints ?? []) as PointLike[];
    const count = points === null ? metric.points : points.length;
    if (count === 0) {
      this.points++;
      this.#reject(kInvalidValue, problem?.[1] ?? 'metric has no data points', rawName);
      return;
    }
    for (let i = 0; i < count; i++) {
      this.points++;
      if (problem !== null) this.#reject(problem[0], problem[1], rawName);
      else if (points === null) this.#scannedPoint(context, metric.firstPoint + i);
      else this.#point(context, points[i]!);
    }
  }

  /**
   * A gauge or sum point of the scan: its labels straight from the request's
   * bytes when every key needs no mapping and every value is a string of
   * valid UTF-8 (the common case), else through objects and strings.
   */
  #scannedPoint(context: MetricContext, p: number): void {
    const scan = this.#scan;
    const count = scan.attributeCount[p]!;
    const labelCount = context.scope.count + count;
    if (labelCount > kMaxLabels) {
      this.#reject(kTooManyLabels, `${labelCount} labels, at most ${kMaxLabels}`, context.rawName);
      return;
    }
    const first = scan.attributeFirst[p]!;
    const end = first + count;
    const buf = scan.buf;
    let inPlace = this.#inPlace;
    for (let a = first; a < end && inPlace; a++) {
      const kind = scan.kind[a]!;
      if (kind === kValueOther || !keptAsIs(buf, scan.keyStart[a]!, scan.keyEnd[a]!)) inPlace = false;
      // Invalid UTF-8 reads as U+FFFD in a string: that path says what it becomes.
      else if (kind === kValueString && !isAsciiOrUtf8(buf, this.#key.view, scan.valueStart[a]!, scan.valueEnd[a]!)) inPlace = false;
    }
    if (!inPlace) { this.#point(context, scan.pointObject(p)); return; }

    const key = this.#key;
    if (!this.#beginLabels(context)) return;
    for (let a = first; a < end; a++) {
      const string = scan.kind[a] === kValueString;
      const problem = key.addRange(scan.keyStart[a]!, scan.keyEnd[a]!, string ? scan.valueStart[a]! : 0, string ? scan.valueEnd[a]! : 0);
      if (problem !== null) { this.#reject(kInvalidLabel, problem, context.rawName); return; }
    }
    const labelProblem = key.finish();
    if (labelProblem !== null) { this.#reject(kInvalidLabel, labelProblem, context.rawName); return; }
    const valueKind = scan.valueKind[p]!;
    this.#accept(context, null, scan.timeNs[p]!, scan.startNs[p]!, scan.flags[p]!, valueKind === kAsDouble, valueKind === kAsInt, scan.value[p]!);
  }

  /** Starts a point's key with the name and the scope's labels; false if rejected. */
  #beginLabels(context: MetricContext): boolean {
    const key = this.#key;
    key.release(this.#pointMark);
    const nameProblem = key.begin(context.nameStart, context.nameEnd);
    if (nameProblem !== null) { this.#reject(kInvalidName, nameProblem, context.rawName); return false; }
    const scope = context.scope;
    if (scope.problem !== null) { this.#reject(kInvalidLabel, scope.problem, context.rawName); return false; }
    const ranges = scope.ranges;
    for (let r = 0; r < scope.count * 4; r += 4) key.addRange(ranges[r]!, ranges[r + 1]!, ranges[r + 2]!, ranges[r + 3]!);
    return true;
  }

  /** A point as an object (histograms, summaries, number points whose attributes need mapping). */
  #point(context: MetricContext, point: PointLike): void {
    const rawName = context.rawName;
    // ---- labels
    const attributes = point.attributes ?? [];
    const labelCount = context.scope.count + attributes.length;
    if (labelCount > kMaxLabels) {
      this.#reject(kTooManyLabels, `${labelCount} labels, at most ${kMaxLabels}`, rawName);
      return;
    }
    if (!this.#beginLabels(context)) return;
    const key = this.#key;
    for (const attribute of attributes) {
      const problem = key.add(sluiceName(attribute.key ?? ''), labelValue(attribute.value as AnyValueLike, kMaxLabelBytes));
      if (problem !== null) { this.#reject(kInvalidLabel, problem, rawName); return; }
    }
    const labelProblem = key.finish();
    if (labelProblem !== null) { this.#reject(kInvalidLabel, labelProblem, rawName); return; }
    if (context.mode === 'histogram' || context.mode === 'summary') {
      this.#accept(context, point, toNumber(point.timeUnixNano as Int64), toNumber(point.startTimeUnixNano as Int64), 0, false, false, 0);
      return;
    }
    const number = point as opentelemetry.proto.collector.metrics.v1.INumberDataPoint;
    // Not the oneof getter `number.value` (Object.keys per read).
    const asDouble = number.asDouble != null;
    const asInt = !asDouble && number.asInt != null;
    const value = asDouble ? number.asDouble! : asInt ? toNumber(number.asInt as Int64) : 0;
    this.#accept(context, null, toNumber(point.timeUnixNano as Int64), toNumber(point.startTimeUnixNano as Int64), number.flags ?? 0, asDouble, asInt, value);
  }

  /**
   * The rest of a point whose labels are in the key builder: time, value (or
   * a histogram `point`'s buckets), stream, admission, the record.
   */
  #accept(context: MetricContext, point: PointLike | null, timeNs: number, startNs: number, pointFlags: number,
    asDouble: boolean, asInt: boolean, numberValue: number): void {
    const rawName = context.rawName;
    const builder = this.#key;
    // ---- time
    let timestamp = Math.floor(timeNs / 1e6);
    if (timestamp === 0) timestamp = this.#now;
    else if (timestamp > this.#futureAfter) { this.#reject(kFuture, `more than ${this.#limits.futureSkewMs} ms ahead`, rawName); return; }
    if (timestamp < this.#lateBefore) { this.#reject(kLate, 'window already closed', rawName); return; }
    const startMs = startNs / 1e6;

    // ---- the value, or the buckets
    let value = 0;
    let current: Buckets | null = null;
    if (context.mode === 'histogram' || context.mode === 'summary') {
      const read = context.mode === 'summary' ? readSummary(point as never)
        : context.case === 'histogram' ? readExplicit(point as never, !context.cumulative)
          : readExponential(point as never, !context.cumulative);
      if (typeof read === 'string') { this.#reject(read.startsWith('more than') ? kOverLimit : kInvalidValue, read, rawName); return; }
      current = read;
    } else {
      if ((pointFlags & kNoRecordedValue) !== 0) { this.#reject(kInvalidValue, 'no recorded value', rawName); return; }
      if (!asDouble && !asInt) { this.#reject(kInvalidValue, 'data point without a value', rawName); return; }
      value = numberValue;
      if (!Number.isFinite(value)) { this.#reject(kInvalidValue, 'not finite', rawName); return; }
      if (context.mode !== 'gauge' && value < 0) { this.#reject(kInvalidValue, 'negative value of a monotonic sum', rawName); return; }
    }

    // ---- the series key's hash, from the ranges
    builder.hash(this.#seed);
    let hashLo = hashOut[0]!;
    let hashHi = hashOut[1]!;

    // ---- a cumulative stream: classify the point (nothing changes yet)
    const cumulative = context.mode === 'cumulative' || context.cumulative;
    let streamKey = '';
    let verdict = kNext;
    if (cumulative) {
      const key = builder.key();
      streamKey = `${context.streamPrefix}${rawName}\u0000${Buffer.from(key.buffer, key.byteOffset, key.byteLength).toString('latin1')}`;
      verdict = this.streams.begin(streamKey, startMs, timestamp);
      if (verdict === kStale) { this.#reject(kLate, 'not newer than the stream\'s last point', rawName); return; }
    }

    // ---- admission, as for native metrics
    let flags = 0;
    let overflowKey: Uint8Array | null = null;
    const admission = this.#admission;
    if (admission !== null) {
      let known = admission.lookup(hashLo, hashHi, context.kind, timestamp);
      if (known === kSeriesNew) known = admission.admitNew(hashLo, hashHi, context.kind, builder.bytes, builder.nameStart, builder.nameEnd, timestamp);
      if (known < 0) { this.#reject(-known - 1, admission.detail, rawName); return; }
      if (known !== 0 && known !== kSeriesNew) {
        flags = known;
        hashLo = admission.overflowHashLo;
        hashHi = admission.overflowHashHi;
        overflowKey = admission.overflowKey;
      }
    }

    // ---- the increment of a cumulative point (the stream is updated only
    // once the point is sure to be accepted)
    const raw = value;
    let delta: Buckets | null = current;
    if (cumulative && verdict === kNext) {
      const previous = this.streams.previous;
      if (current !== null) delta = subtract(current, previous as Buckets) ?? current;
      else if (value >= (previous as number)) value -= previous as number;
      // else: the value fell, a reset: it counts whole.
    }
    const histogram = this.#histogram;
    if (delta !== null && verdict !== kFirstBase) {
      const problem = toPoint(delta, histogram);
      if (problem !== null || histogram.pairs > kMaxHistogramPairs) {
        this.#reject(problem === null ? kOverLimit : kInvalidValue, problem ?? `more than ${kMaxHistogramPairs} buckets`, rawName);
        return;
      }
    }
    if (cumulative) {
      this.streams.store(streamKey, startMs, timestamp, current ?? raw, this.#now);
      if (verdict === kFirstBase) {
        this.received++;
        this.rejectedByReason.set(kReasonCumulativeBase, (this.rejectedByReason.get(kReasonCumulativeBase) ?? 0) + 1);
        return;
      }
    }

    // ---- the record
    const shard = shardOf(hashLo, this.#writers.length);
    const writer = this.#writers[shard]!;
    let weight = 1;
    if (delta !== null) {
      weight = delta.count;
      if (weight > 0) writeHistogramRecord(writer, flags, hashLo, hashHi, timestamp, histogram, overflowKey ?? builder.key());
    } else if (overflowKey !== null) {
      writeMetricRecord(writer, context.kind, flags, hashLo, hashHi, timestamp, value, overflowKey);
    } else {
      // The key straight from its ranges into the record, as the native decoder writes it.
      const size = kMetricHeaderBytes + builder.length;
      writer.ensure(size);
      const at = writer.length;
      builder.write(writer.view, writeMetricHeader(writer.view, at, size, context.kind, flags, hashLo, hashHi, timestamp, value));
      writer.length = at + size;
      writer.records++;
    }
    this.received += weight;
    this.accepted += weight;
    this.acceptedByShard[shard]! += weight;
  }

  #reject(reason: number, detail: string, metric: string): void {
    this.rejectedPoints++;
    this.received++;
    const code = reasonCodes[reason]!;
    this.rejectedByReason.set(code, (this.rejectedByReason.get(code) ?? 0) + 1);
    if (this.listed.length < kListed) this.listed.push(`${code}: ${detail} (metric ${JSON.stringify(metric.slice(0, 64))})`);
  }
}

type PointLike = { attributes?: opentelemetry.proto.collector.metrics.v1.IKeyValue[] | null; timeUnixNano?: unknown; startTimeUnixNano?: unknown };

/** Strict UTF-8 (what round-trips through a string unchanged); ASCII, the common case, checked four bytes at a time. */
function isAsciiOrUtf8(bytes: Uint8Array, view: DataView, start: number, end: number): boolean {
  return (orBytes(view, start, end) & 0x80) === 0 || isUtf8(bytes, start, end);
}

function hasLetterOrDigit(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  }
  return false;
}

/** A resource's identity: its attributes, sorted, as text. */
function attributesKey(attributes: readonly opentelemetry.proto.collector.metrics.v1.IKeyValue[]): string {
  return attributes
    .map((a) => `${a.key ?? ''}\u0001${labelValue(a.value as AnyValueLike, 4096)}`)
    .sort()
    .join('\u0002');
}
