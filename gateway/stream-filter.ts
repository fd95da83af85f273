/**
 * What one SSE connection asked for: a resolution, name globs (`match`) and
 * label filters (`label=k:v`), parsed once and normalized into a key, so
 * that connections asking the same thing share one subscription group and
 * one encoded frame per window.
 *
 * Semantics (DESIGN.md): in `match`, `*` matches any run of characters (dots
 * included), everything else is literal and case-sensitive; several `match`
 * are OR'd; no `match` means every series. `label=k:v` splits at the first
 * `:`; filters on different keys are AND'd, on the same key OR'd.
 * Caps (pattern bytes, number of filters) are checked before, by
 * request-limits.ts; globs never become regular expressions (glob-match.ts).
 */
import { SluiceError } from '../catalogue/errors.js';
import { parseDuration } from '../config/duration.js';
import { compileGlobs } from './glob-match.js';

export interface StreamFilter {
  resolution: number;
  globs: string[];
  /** key → accepted values */
  labels: Map<string, Set<string>>;
  /** Normalized form: equal filters, equal keys. */
  key: string;
  matchesTopic(topic: string): boolean;
  matchesLabels(labels: Readonly<Record<string, string>>): boolean;
}

export class FilterError extends SluiceError {
  constructor(message: string) {
    super('ERR_SLUICE_BAD_FILTER', message);
  }
}

export function parseStreamFilter(params: URLSearchParams, resolutions: readonly number[]): StreamFilter {
  const resolutionText = params.get('resolution');
  let resolution = resolutions[0]!;
  if (resolutionText !== null) {
    resolution = parseDuration(resolutionText);
    if (!resolutions.includes(resolution)) {
      throw new FilterError(`resolution must be one of ${resolutions.map((r) => `${r}ms`).join(', ')}; got '${resolutionText}'`);
    }
  }
  const globs = [...new Set(params.getAll('match').filter((g) => g.length > 0))].sort();
  const labelParams = params.getAll('label');
  const labels = new Map<string, Set<string>>();
  for (const spec of labelParams) {
    const colon = spec.indexOf(':');
    if (colon <= 0) throw new FilterError(`label filter must be key:value; got '${spec}'`);
    const k = spec.slice(0, colon);
    const v = spec.slice(colon + 1);
    let values = labels.get(k);
    if (values === undefined) labels.set(k, (values = new Set()));
    values.add(v);
  }
  const matchesName = compileGlobs(globs);
  const labelKey = [...labels.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, vs]) => [k, [...vs].sort()] as const);
  const key = JSON.stringify([resolution, globs, labelKey]);
  return {
    resolution,
    globs,
    labels,
    key,
    matchesTopic: matchesName,
    matchesLabels: (series) => {
      for (const [k, values] of labels) {
        // Own keys only: `__proto__` or `constructor` must not find Object.prototype's.
        const v = Object.hasOwn(series, k) ? series[k] : undefined;
        if (v === undefined || !values.has(v)) return false;
      }
      return true;
    },
  };
}
