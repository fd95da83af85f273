/**
 * The `ExportMetricsServiceResponse` an OTLP producer gets: empty when every
 * data point was taken, else `partial_success` with the rejected count and a
 * short message (reason codes as in PushAck rejections).
 */
import { opentelemetry } from '../../proto/generated/otlp-metrics.js';

const v1 = opentelemetry.proto.collector.metrics.v1;
const empty = Buffer.alloc(0);
/** Longest `error_message` sent. */
export const kMaxErrorMessage = 1024;

export function encodeExportResponse(rejectedDataPoints: number, errorMessage: string): Buffer {
  if (rejectedDataPoints === 0 && errorMessage === '') return empty;
  const message = errorMessage.length > kMaxErrorMessage ? `${errorMessage.slice(0, kMaxErrorMessage - 1)}…` : errorMessage;
  const bytes = v1.ExportMetricsServiceResponse.encode({ partialSuccess: { rejectedDataPoints, errorMessage: message } }).finish();
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
