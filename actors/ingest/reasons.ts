/**
 * Stable rejection reason codes (the wire contract, docs/ingest.md). A PushAck
 * rejection says `code` or `code: detail`; /metrics counts by code.
 */
export const reasonCodes = [
  'invalid_name',
  'invalid_value',
  'invalid_label',
  'too_many_labels',
  'kind_conflict',
  'late',
  'future',
  'over_limit',
] as const;
export type ReasonCode = (typeof reasonCodes)[number];

export const kInvalidName = 0;
export const kInvalidValue = 1;
export const kInvalidLabel = 2;
export const kTooManyLabels = 3;
export const kKindConflict = 4;
export const kLate = 5;
export const kFuture = 6;
export const kOverLimit = 7;
