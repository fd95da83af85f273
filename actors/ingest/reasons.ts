/**
 * The decoders' indices of the stable rejection reasons (the list itself is
 * catalogue/reasons.ts). A PushAck rejection says `code` or `code: detail`;
 * /metrics counts by code.
 */
import { rejectionReasons } from '../../catalogue/reasons.js';

export const reasonCodes = rejectionReasons;
export type { RejectionReason as ReasonCode } from '../../catalogue/reasons.js';

export const kInvalidName = 0;
export const kInvalidValue = 1;
export const kInvalidLabel = 2;
export const kTooManyLabels = 3;
export const kKindConflict = 4;
export const kLate = 5;
export const kFuture = 6;
export const kOverLimit = 7;
