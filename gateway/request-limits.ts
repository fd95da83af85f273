/**
 * Caps on what an HTTP request may ask, the same for every endpoint that
 * reads the query (/v1/stream, /v1/series). Each cap has a stable code; a
 * request over one is answered 400 (414 for the URL) with that code, and
 * the gateway counts it under `sluice_sse_refused_total{reason=<code>}`.
 *
 * Why these numbers: a series name and a label key or value are at most
 * 256 bytes at ingest, so a longer pattern or label filter could only be an
 * attack; 32 patterns and 32 label filters are far more than a dashboard
 * uses, and they bound the work of matching a new topic against a group
 * (32 patterns × name length × segments of one pattern).
 */
import type { RequestRefusedReason } from '../catalogue/reasons.js';
export const kRequestLimits = {
  /** Path plus query, bytes as received (still percent-encoded). */
  urlBytes: 8192,
  /** One `match` glob, bytes after decoding. */
  patternBytes: 256,
  /** `match` parameters in one request. */
  matchParams: 32,
  /** `label` parameters in one request. */
  labelParams: 32,
  /** The key, and the value, of one `label=k:v`, bytes after decoding. */
  labelPartBytes: 256,
} as const;

export type RequestLimitCode = Extract<RequestRefusedReason, 'url_too_long' | 'pattern_too_long' | 'too_many_match' | 'too_many_label' | 'label_too_long'>;

export interface RequestRefusal {
  status: '400 Bad Request' | '414 URI Too Long';
  error: RequestLimitCode;
  message: string;
}

/** The query's parameters, or the first cap the request is over. */
export function readQuery(path: string, query: string): { params: URLSearchParams; refusal?: undefined } | { refusal: RequestRefusal } {
  const urlBytes = Buffer.byteLength(path) + 1 + Buffer.byteLength(query);
  if (urlBytes > kRequestLimits.urlBytes) {
    return refuse('414 URI Too Long', 'url_too_long', `the URL is ${urlBytes} bytes; at most ${kRequestLimits.urlBytes}`);
  }
  const params = new URLSearchParams(query);
  const globs = params.getAll('match');
  if (globs.length > kRequestLimits.matchParams) return refuse('400 Bad Request', 'too_many_match', `${globs.length} match parameters; at most ${kRequestLimits.matchParams}`);
  for (const glob of globs) {
    const bytes = Buffer.byteLength(glob);
    if (bytes > kRequestLimits.patternBytes) return refuse('400 Bad Request', 'pattern_too_long', `a match pattern of ${bytes} bytes; at most ${kRequestLimits.patternBytes}`);
  }
  const labels = params.getAll('label');
  if (labels.length > kRequestLimits.labelParams) return refuse('400 Bad Request', 'too_many_label', `${labels.length} label parameters; at most ${kRequestLimits.labelParams}`);
  for (const spec of labels) {
    const colon = spec.indexOf(':');
    const key = colon < 0 ? spec : spec.slice(0, colon);
    const value = colon < 0 ? '' : spec.slice(colon + 1);
    if (Buffer.byteLength(key) > kRequestLimits.labelPartBytes || Buffer.byteLength(value) > kRequestLimits.labelPartBytes) {
      return refuse('400 Bad Request', 'label_too_long', `a label filter key or value over ${kRequestLimits.labelPartBytes} bytes`);
    }
  }
  return { params };
}

function refuse(status: RequestRefusal['status'], error: RequestLimitCode, message: string): { refusal: RequestRefusal } {
  return { refusal: { status, error, message } };
}
