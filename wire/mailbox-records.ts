/**
 * Records the ingest actor writes into a shard's mailbox ring. Each starts
 * with the u32 length written by MessageWriter; offsets below are from the
 * record start. Only the ingest writes a mailbox, so the order of records in
 * it is the order of the ingest's decisions: a watermark record is always
 * behind every metric accepted before it.
 */

export const kRecMetric = 1;
export const kRecWatermark = 2;
export const kRecEvict = 3;
/** A pre-aggregated histogram point (OTLP): layout in wire/histogram-record.ts. */
export const kRecHistogram = 4;

/** u8 record type. */
export const kOffType = 4;

// METRIC: one accepted metric.
export const kOffKind = 5;          // u8 MetricKind
export const kOffFlags = 6;         // u16, kFlag*
export const kOffHashLo = 8;        // u32 series-key hash, low half
export const kOffHashHi = 12;       // u32 series-key hash, high half
export const kOffTimestamp = 16;    // f64 event time, ms (receive time when the producer sent 0)
export const kOffValue = 24;        // f64
export const kOffKey = 32;          // series key (wire/series-key.ts)
export const kMetricHeaderBytes = 32;

/** The series is the overflow series of its metric name (cardinality limit). */
export const kFlagOverflow = 1;

// WATERMARK: every window whose end <= watermark may close.
export const kOffWatermark = 8;     // f64 ms (Infinity at shutdown)
export const kWatermarkBytes = 16;

// EVICT: forget the series (idle); its open windows still close normally.
// Uses kOffHashLo / kOffHashHi and the key at kOffKey.
