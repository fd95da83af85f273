/**
 * Every reason Sluice gives or counts, one typed list each: what a producer
 * reads in an ack, what /metrics counts by `reason`, what a dashboard reads
 * in a `gap`. The docs list each (test/docs.test.ts checks them against
 * these lists); code that counts a reason takes it from here, so a typo is
 * a type error, not a new label.
 */

/** Why one metric was rejected (PushAck `rejections`, OTLP `partial_success`; the wire contract: docs/ingest.md). */
export const rejectionReasons = [
  'invalid_name',
  'invalid_value',
  'invalid_label',
  'too_many_labels',
  'kind_conflict',
  'late',
  'future',
  'over_limit',
] as const;
export type RejectionReason = (typeof rejectionReasons)[number];

/**
 * `sluice_metrics_rejected_total{reason}`: the rejection reasons, plus what
 * happened to accepted-looking metrics of a batch given up before it reached
 * the shards, and OTLP first points used only as a base.
 */
export const ledgerRejectedReasons = [
  ...rejectionReasons,
  /** The batch waited for ring space past its deadline. */
  'deadline',
  /** The producer cancelled the call while the batch waited. */
  'cancelled',
  /** The batch was larger than a shard ring can ever take. */
  'too_large',
  /** An OTLP cumulative stream's first point, used only as the base of the next. */
  'cumulative_base',
] as const;
export type LedgerRejectedReason = (typeof ledgerRejectedReasons)[number];

/** `sluice_batches_refused_total{reason}`: whole batches refused before their metrics were counted. */
export const batchRefusedReasons = [
  'malformed',
  'too_large',
  'unauthenticated',
  'unavailable',
  'queue_full',
  'bus_unavailable',
  'internal',
] as const;
export type BatchRefusedReason = (typeof batchRefusedReasons)[number];

/** `sluice_metrics_lost_total{reason}`: accepted metrics that never reached a published window. */
export const lostReasons = ['actor_crash', 'bus_unavailable'] as const;
export type LostReason = (typeof lostReasons)[number];

/** `event: gap` `reason`: why a dashboard missed windows (never silently). */
export const gapReasons = ['slow_consumer', 'history_expired', 'bus_unavailable', 'node_down', 'late_part'] as const;
export type GapReason = (typeof gapReasons)[number];

/** `sluice_sse_refused_total{reason}` and the `error` of the JSON body: why an HTTP request was refused (docs/limits.md, docs/sse.md). */
export const requestRefusedReasons = [
  'origin_not_allowed',
  'unauthorized',
  'url_too_long',
  'too_many_match',
  'pattern_too_long',
  'too_many_label',
  'label_too_long',
  'bad_filter',
  'bad_backfill',
  'bad_last_event_id',
  'too_many_clients',
  'too_many_clients_from_address',
] as const;
export type RequestRefusedReason = (typeof requestRefusedReasons)[number];

/** `sluice_sse_disconnects_total{reason}`: why an SSE connection ended. */
export const disconnectReasons = ['client_closed', 'slow_consumer', 'shutdown'] as const;
export type DisconnectReason = (typeof disconnectReasons)[number];
