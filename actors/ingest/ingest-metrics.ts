/** What the ingest reports on /metrics: its series, names, queue and OTLP streams (zero where no ingest runs). */
import type { MetricSet } from '../../telemetry/registry.js';
import type { IngestActor } from './ingest-actor.js';
import type { SeriesAdmission } from './series-admission.js';

export interface IngestParts {
  readonly ingest: IngestActor;
  readonly admission: SeriesAdmission;
}

export function ingestMetrics(parts: () => IngestParts | null): MetricSet {
  return {
    gauges: {
      sluice_series_active: ['Series known to the ingest (not yet evicted).', () => parts()?.admission.size ?? 0],
      sluice_metric_names: ['Metric names known to the ingest (forgotten once all their series are evicted).', () => parts()?.admission.names ?? 0],
      sluice_otlp_streams_active: ['Cumulative OTLP streams remembered for increments.', () => parts()?.ingest.otlpStreams.live ?? 0],
      sluice_ingest_queued_batches: ['Batches waiting for shard ring space.', () => parts()?.ingest.queuedBatches ?? 0],
    },
    counters: {
      sluice_series_evicted_total: ['Series evicted after being idle.', () => parts()?.admission.evicted ?? 0],
      sluice_metric_names_forgotten_total: ['Metric names forgotten after all their series were evicted.', () => parts()?.admission.namesForgotten ?? 0],
      sluice_metrics_folded_total: ['Metrics folded into an overflow series by a cardinality limit.', () => parts()?.admission.folded ?? 0],
      sluice_otlp_streams_forgotten_total: ['Cumulative OTLP streams forgotten (idle, or past --otlp-max-streams): their next point is a first point.', () => parts()?.ingest.otlpStreams.forgotten ?? 0],
    },
  };
}
