/**
 * Reads an OTLP `ExportMetricsServiceRequest` (generated code) and stages one
 * mailbox record per accepted data point in the writer of the shard its
 * series hashes to, through the same pieces as the native decoder: the same
 * limits and reason codes, the same series key and hash, the same admission
 * (kind conflicts, cardinality, name limits). The mapping:
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
 * The ledger counts what windows count: a point counts 1, except an accepted
 * histogram point, which counts its observations (its count, or its
 * increment's count).
 */
import type { LedgerRejectedReason } from '../../catalogue/reasons.js';
import type { MessageWriter } from '../../engine/message-writer.js';
import { opentelemetry } from '../../proto/generated/otlp-metrics.js';
import { shardOf } from '../../wire/bytes.js';
import { hashOut, hashSeriesKey } from '../../wire/hash.js';
import { COUNTER, GAUGE, HISTOGRAM } from '../../wire/metric-kind.js';
import { kMaxHistogramPairs, writeHistogramRecord, writeMetricRecord, type HistogramPoint } from '../../wire/mailbox-records.js';
import { kMaxLabelBytes, kMaxLabels, kMaxNameBytes, type DecodeLimits } from './batch-decoder.js';
import {
  CumulativeStreams, kFirstBase, kNext, kStale, type InitialValue, type StreamChange,
} from './otlp-cumulative.js';
import { readExplicit, readExponential, readSummary, subtract, toNumber, toPoint, type Buckets, type Int64 } from './otlp-histograms.js';
import { labelValue, sluiceName, type AnyValueLike } from './otlp-names.js';
import { readExportRequest, type ExportRequestLike } from './otlp-reader.js';
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
  name: string;
  kind: number;
  mode: Mode;
  /** Histograms: CUMULATIVE (true) or DELTA. */
  cumulative: boolean;
  resourceLabels: Array<[string, string]>;
  streamPrefix: string;
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
  readonly #key = new OtlpSeriesKey();
  readonly #histogram: HistogramPoint = { count: 0, sum: 0, min: 0, max: 0, values: new Float64Array(64), counts: new Float64Array(64), pairs: 0 };
  #now = 0;
  #futureAfter = 0;
  #lateBefore = 0;

  constructor(writers: MessageWriter[], seed: number, limits: DecodeLimits, options: OtlpOptions,
    admission: SeriesAdmission | null, startedAtMs = Date.now()) {
    this.#writers = writers;
    this.#seed = seed;
    this.#limits = limits;
    this.#options = options;
    this.#admission = admission;
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

    let request: ExportRequestLike;
    try {
      request = readExportRequest(bytes);
    } catch (error) {
      this.error = (error as Error).message;
      return 'malformed';
    }
    // The point limit first, before any work or state.
    let points = 0;
    for (const resource of request.resourceMetrics) {
      for (const scope of resource.scopeMetrics ?? []) {
        for (const metric of scope.metrics ?? []) points += Math.max(1, dataPointsOf(metric).length);
      }
    }
    if (points > this.#limits.maxMetrics) return 'too_many_metrics';

    this.#admission?.beginBatch();
    this.streams.beginRequest();
    try {
      for (const resource of request.resourceMetrics) {
        const resourceLabels = this.#resourceLabels(resource.resource?.attributes ?? []);
        const resourceKey = attributesKey(resource.resource?.attributes ?? []);
        for (const scope of resource.scopeMetrics ?? []) {
          const labels = resourceLabels.slice();
          if (this.#options.scopeLabels) {
            labels.push(['otel.scope.name', scope.scope?.name ?? ''], ['otel.scope.version', scope.scope?.version ?? '']);
          }
          const prefix = `${resourceKey}\u0000${scope.scope?.name ?? ''}\u0000${scope.scope?.version ?? ''}\u0000`;
          for (const metric of scope.metrics ?? []) this.#metric(metric, labels, prefix);
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

  #metric(metric: opentelemetry.proto.collector.metrics.v1.IMetric, resourceLabels: Array<[string, string]>, streamPrefix: string): void {
    const rawName = metric.name ?? '';
    const name = sluiceName(rawName);
    const context: MetricContext = { rawName, name, kind: GAUGE, mode: 'gauge', cumulative: false, resourceLabels, streamPrefix };
    const points = dataPointsOf(metric);
    let problem: [number, string] | null = null;
    if (name === '') problem = [kInvalidName, 'empty name'];
    else if (!hasLetterOrDigit(name)) problem = [kInvalidName, 'name maps to nothing'];
    else if (name.length > kMaxNameBytes) problem = [kInvalidName, `name longer than ${kMaxNameBytes} bytes`];
    switch (metricCase(metric)) {
      case 'gauge': break;
      case 'sum': {
        const sum = metric.sum!;
        if (sum.isMonotonic === true) {
          const temporality = sum.aggregationTemporality;
          if (temporality === kDelta) { context.kind = COUNTER; context.mode = 'delta'; }
          else if (temporality === kCumulative) { context.kind = COUNTER; context.mode = 'cumulative'; }
          else problem ??= [kInvalidValue, 'monotonic sum without aggregation temporality'];
        }
        break;
      }
      case 'histogram':
      case 'exponentialHistogram': {
        const temporality = (metric.histogram ?? metric.exponentialHistogram)!.aggregationTemporality;
        context.kind = HISTOGRAM;
        context.mode = 'histogram';
        context.cumulative = temporality === kCumulative;
        if (temporality !== kDelta && temporality !== kCumulative) problem ??= [kInvalidValue, 'histogram without aggregation temporality'];
        break;
      }
      case 'summary': context.kind = HISTOGRAM; context.mode = 'summary'; context.cumulative = true; break;
      default: problem ??= [kInvalidValue, 'unknown or missing metric data'];
    }
    if (points.length === 0) {
      this.points++;
      this.#reject(kInvalidValue, problem?.[1] ?? 'metric has no data points', rawName);
      return;
    }
    for (const point of points) {
      this.points++;
      if (problem !== null) this.#reject(problem[0], problem[1], rawName);
      else this.#point(context, metric, point);
    }
  }

  #point(context: MetricContext, metric: opentelemetry.proto.collector.metrics.v1.IMetric, point: PointLike): void {
    const rawName = context.rawName;
    // ---- labels
    const attributes = point.attributes ?? [];
    const labelCount = context.resourceLabels.length + attributes.length;
    if (labelCount > kMaxLabels) {
      this.#reject(kTooManyLabels, `${labelCount} labels, at most ${kMaxLabels}`, rawName);
      return;
    }
    const builder = this.#key;
    const nameProblem = builder.begin(context.name);
    if (nameProblem !== null) { this.#reject(kInvalidName, nameProblem, rawName); return; }
    for (const [key, value] of context.resourceLabels) {
      const problem = builder.add(key, value);
      if (problem !== null) { this.#reject(kInvalidLabel, problem, rawName); return; }
    }
    for (const attribute of attributes) {
      const problem = builder.add(sluiceName(attribute.key ?? ''), labelValue(attribute.value as AnyValueLike, kMaxLabelBytes));
      if (problem !== null) { this.#reject(kInvalidLabel, problem, rawName); return; }
    }
    const labelProblem = builder.finish();
    if (labelProblem !== null) { this.#reject(kInvalidLabel, labelProblem, rawName); return; }

    // ---- time
    let timestamp = Math.floor(toNumber(point.timeUnixNano as Int64) / 1e6);
    if (timestamp === 0) timestamp = this.#now;
    else if (timestamp > this.#futureAfter) { this.#reject(kFuture, `more than ${this.#limits.futureSkewMs} ms ahead`, rawName); return; }
    if (timestamp < this.#lateBefore) { this.#reject(kLate, 'window already closed', rawName); return; }
    const startMs = toNumber(point.startTimeUnixNano as Int64) / 1e6;

    // ---- the value, or the buckets
    let value = 0;
    let current: Buckets | null = null;
    if (context.mode === 'histogram' || context.mode === 'summary') {
      const read = context.mode === 'summary' ? readSummary(point as never)
        : metric.histogram != null ? readExplicit(point as never, !context.cumulative)
          : readExponential(point as never, !context.cumulative);
      if (typeof read === 'string') { this.#reject(read.startsWith('more than') ? kOverLimit : kInvalidValue, read, rawName); return; }
      current = read;
    } else {
      const number = point as opentelemetry.proto.collector.metrics.v1.INumberDataPoint & { value?: string };
      if (((number.flags ?? 0) & kNoRecordedValue) !== 0) { this.#reject(kInvalidValue, 'no recorded value', rawName); return; }
      // Not the oneof getter `number.value` (Object.keys per read).
      if (number.asDouble != null) value = number.asDouble;
      else if (number.asInt != null) value = toNumber(number.asInt as Int64);
      else { this.#reject(kInvalidValue, 'data point without a value', rawName); return; }
      if (!Number.isFinite(value)) { this.#reject(kInvalidValue, 'not finite', rawName); return; }
      if (context.mode !== 'gauge' && value < 0) { this.#reject(kInvalidValue, 'negative value of a monotonic sum', rawName); return; }
    }

    // ---- the series key
    const key = builder.key;
    hashSeriesKey(builder.view, 0, this.#seed);
    let hashLo = hashOut[0]!;
    let hashHi = hashOut[1]!;

    // ---- a cumulative stream: classify the point (nothing changes yet)
    const cumulative = context.mode === 'cumulative' || context.cumulative;
    let streamKey = '';
    let verdict = kNext;
    if (cumulative) {
      streamKey = `${context.streamPrefix}${rawName}\u0000${Buffer.from(key.buffer, key.byteOffset, key.byteLength).toString('latin1')}`;
      verdict = this.streams.begin(streamKey, startMs, timestamp);
      if (verdict === kStale) { this.#reject(kLate, 'not newer than the stream\'s last point', rawName); return; }
    }

    // ---- admission, as for native metrics
    let flags = 0;
    let routedKey = key;
    const admission = this.#admission;
    if (admission !== null) {
      let known = admission.lookup(hashLo, hashHi, context.kind, timestamp);
      if (known === kSeriesNew) known = admission.admitNew(hashLo, hashHi, context.kind, key, 2, 2 + builder.nameLength, timestamp);
      if (known < 0) { this.#reject(-known - 1, admission.detail, rawName); return; }
      if (known !== 0 && known !== kSeriesNew) {
        flags = known;
        hashLo = admission.overflowHashLo;
        hashHi = admission.overflowHashHi;
        routedKey = admission.overflowKey;
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
      if (weight > 0) writeHistogramRecord(writer, flags, hashLo, hashHi, timestamp, histogram, routedKey);
    } else {
      writeMetricRecord(writer, context.kind, flags, hashLo, hashHi, timestamp, value, routedKey);
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

/** Which data field of a Metric is set (not protobufjs's oneof getter, which runs Object.keys per read). */
function metricCase(metric: opentelemetry.proto.collector.metrics.v1.IMetric): string | undefined {
  if (metric.gauge != null) return 'gauge';
  if (metric.sum != null) return 'sum';
  if (metric.histogram != null) return 'histogram';
  if (metric.exponentialHistogram != null) return 'exponentialHistogram';
  if (metric.summary != null) return 'summary';
  return undefined;
}

type PointLike = { attributes?: opentelemetry.proto.collector.metrics.v1.IKeyValue[] | null; timeUnixNano?: unknown; startTimeUnixNano?: unknown };

function dataPointsOf(metric: opentelemetry.proto.collector.metrics.v1.IMetric): PointLike[] {
  switch (metricCase(metric)) {
    case 'gauge': return metric.gauge?.dataPoints ?? [];
    case 'sum': return metric.sum?.dataPoints ?? [];
    case 'histogram': return metric.histogram?.dataPoints ?? [];
    case 'exponentialHistogram': return metric.exponentialHistogram?.dataPoints ?? [];
    case 'summary': return metric.summary?.dataPoints ?? [];
    default: return [];
  }
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
