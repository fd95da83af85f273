/**
 * Durations as people write them in flags, environment variables and query
 * parameters. The pattern is fixed (never built from the input) and linear
 * in the text's length; callers cap the length of what they pass.
 */

/** Parses `10s`, `1m`, `500ms` or a bare number of ms. */
export function parseDuration(text: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(text.trim());
  if (m === null) return Number.NaN;
  const unit = m[2] ?? 'ms';
  const factor = unit === 'ms' ? 1 : unit === 's' ? 1000 : unit === 'm' ? 60_000 : 3_600_000;
  return Math.round(Number(m[1]) * factor);
}
