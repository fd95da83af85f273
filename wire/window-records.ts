/**
 * A closed window of one series at one resolution: written by a shard into
 * its outbox, grouped per topic by the broadcaster, carried unchanged on the
 * bus, and turned into JSON by the gateway only for topics someone watches.
 * Offsets are from the record start (u32 length first, as MessageWriter).
 */

export const kOutWindow = 1;
/** The shard has emitted every window with end <= watermark. */
export const kOutClosed = 2;
/** The shard's size after a watermark: u32 live series at 8, f64 state bytes at 16. */
export const kOutStats = 3;

export const kWOffType = 4;         // u8
export const kWOffKind = 5;         // u8 MetricKind
export const kWOffFlags = 6;        // u16 (kFlagOverflow from mailbox-records)
export const kWOffResolution = 8;   // u32 window length, ms
export const kWOffNameHash = 12;    // u32 hash of the name bytes (topic lookup)
export const kWOffStart = 16;       // f64 window start, ms (epoch-aligned)
export const kWOffCount = 24;       // f64
export const kWOffSum = 32;         // f64
export const kWOffMin = 40;         // f64
export const kWOffMax = 48;         // f64
export const kWOffLast = 56;        // f64 value with the greatest timestamp
export const kWOffLastTs = 64;      // f64 its timestamp
export const kWOffQuantiles = 72;   // histograms only: 4 × f64 (p50, p90, p99, p999)
// Then the series key (wire/series-key.ts); histograms then carry their
// DDSketch (collections/quantile-sketch.ts `write`) up to the record's end,
// so that partial windows from several ingest nodes can be merged.
export const kWindowHeaderBytes = 72;
export const kQuantileBytes = 32;
export const quantiles = [0.5, 0.9, 0.99, 0.999] as const;
export const quantileNames = ['p50', 'p90', 'p99', 'p999'] as const;

// CLOSED
export const kWOffWatermark = 8;    // f64

/** Offset of the series key inside a window record of this kind. */
export function windowKeyOffset(kind: number): number {
  return kind === 2 ? kWindowHeaderBytes + kQuantileBytes : kWindowHeaderBytes;
}
