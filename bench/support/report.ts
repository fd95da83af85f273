/**
 * What every bench returns, and how the suite prints and saves it. Each
 * headline number is a ratio against a baseline measured in the same run.
 */
export interface Measurement {
  /** What was measured, e.g. `ring`, `postMessage`. */
  variant: string;
  value: number;
  unit: string;
  /** Extra numbers worth keeping (p99, samples…). */
  detail?: Record<string, number | string>;
}

export interface Ratio {
  label: string;
  value: number;
  /** Target from the issue, if any; `met` says whether value reached it. */
  target?: number;
  /** 'min': value must be >= target; 'max': value must be <= target. */
  direction?: 'min' | 'max';
}

export interface BenchResult {
  name: string;
  question: string;
  measurements: Measurement[];
  ratios: Ratio[];
  notes?: string[];
  /** Raw numbers for the charts (bench/support/chart.ts). */
  data?: unknown;
}

export function ratio(label: string, value: number, target?: number, direction: 'min' | 'max' = 'min'): Ratio {
  return target === undefined ? { label, value } : { label, value, target, direction };
}

export function met(r: Ratio): boolean | null {
  if (r.target === undefined) return null;
  return r.direction === 'max' ? r.value <= r.target : r.value >= r.target;
}

export function fmt(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  if (abs >= 1e6) return `${(value / 1e6).toFixed(2)} M`;
  if (abs >= 1e4) return `${(value / 1e3).toFixed(1)} k`;
  if (abs >= 100) return value.toFixed(0);
  if (abs >= 1) return value.toFixed(2);
  return value.toPrecision(3);
}

/** One markdown table of every bench's measurements and ratios. */
export function markdownTable(results: BenchResult[]): string {
  const lines = ['| bench | measurement | value | ratio / target |', '| --- | --- | --- | --- |'];
  for (const result of results) {
    for (const m of result.measurements) lines.push(`| ${result.name} | ${m.variant} | ${fmt(m.value)} ${m.unit} | |`);
    for (const r of result.ratios) {
      const verdict = met(r);
      const target = r.target === undefined ? '' : ` (target ${r.direction === 'max' ? '≤' : '≥'} ${fmt(r.target)}: ${verdict ? 'met' : 'MISSED'})`;
      lines.push(`| ${result.name} | **${r.label}** | | **${fmt(r.value)}**${target} |`);
    }
  }
  return lines.join('\n');
}
