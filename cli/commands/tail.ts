/**
 * `sluice tail`: the live windows of a pattern, as a refreshing table in the
 * terminal. Follows the stream with the package's subscriber: reconnects
 * with backoff, resumes with Last-Event-ID, and counts the gaps it is told.
 */
import { helpText, parseFlags, type FlagSpec } from '../flags.js';
import { subscribe, SubscribeError } from '../../client/subscriber.js';

export const summary = 'watch live windows of matching series in the terminal';

const flags: FlagSpec[] = [
  { name: 'url', type: 'string', default: 'http://127.0.0.1:8080', help: 'HTTP address of a Sluice gateway' },
  { name: 'match', type: 'string', repeatable: true, help: 'metric name glob (* = anything)' },
  { name: 'label', type: 'string', repeatable: true, help: 'label filter key:value' },
  { name: 'resolution', type: 'string', default: '1s', help: 'window resolution: 1s, 10s, 60s' },
  { name: 'token', type: 'string', help: 'dashboard token' },
  { name: 'backfill', type: 'string', help: 'start with the recent past: a duration (5m) or a count of windows' },
  { name: 'windows', type: 'integer', min: 1, help: 'exit after this many windows (default: run until Ctrl-C)' },
];

export function help(): string {
  return helpText('tail', summary, flags, ['sluice tail --match "http.*"', 'sluice tail --match cpu.usage --label host:web-1 --resolution 10s']);
}

interface Series { name: string; labels: Record<string, string>; kind: string; count: number; avg: number; min: number; max: number; last: number; rate?: number; p99?: number }

const fmt = (x: number | undefined): string => (x === undefined ? '' : Math.abs(x) >= 1e5 || (Math.abs(x) < 0.01 && x !== 0) ? x.toExponential(2) : Number(x.toFixed(2)).toString());

export async function run(argv: string[]): Promise<void> {
  const f = parseFlags('tail', flags, argv) as { url: string; match: string[]; label: string[]; resolution: string; token?: string; backfill?: string; windows?: number };
  const latest = new Map<string, Series>();
  const tty = process.stdout.isTTY === true;
  let windows = 0;
  let lastStart = 0;
  const gaps: string[] = [];
  const events = subscribe({ url: f.url, match: f.match, label: f.label, resolution: f.resolution, token: f.token, backfill: f.backfill });
  try {
    for await (const event of events) {
      if (event.type === 'reconnecting') { process.stderr.write(`sluice tail: ${event.error}; reconnecting in ${event.delayMs} ms\n`); continue; }
      if (event.type === 'gap') {
        gaps.push(JSON.stringify(event.gap));
        if (!tty) process.stdout.write(`${new Date(event.gap.from).toISOString()} gap to ${new Date(event.gap.to).toISOString()} ${event.gap.reason}\n`);
        continue;
      }
      if (event.type !== 'window') continue;
      const window = event.window;
      windows++;
      lastStart = window.start;
      for (const s of window.series) latest.set(`${s.name}${JSON.stringify(s.labels)}`, s);
      if (tty) render(); else for (const s of window.series) process.stdout.write(`${new Date(window.start).toISOString()} ${s.name}${labelText(s.labels)} ${s.kind} count=${s.count} avg=${fmt(s.avg)} last=${fmt(s.last)}${s.p99 === undefined ? '' : ` p99=${fmt(s.p99)}`}${s.rate === undefined ? '' : ` rate=${fmt(s.rate)}`}\n`);
      if (f.windows !== undefined && windows >= f.windows) break;
    }
  } catch (error) {
    if (error instanceof SubscribeError) throw new Error(`sluice tail: ${error.message}`);
    throw error;
  } finally {
    events.close();
  }

  function render(): void {
    const rows = [...latest.values()].sort((a, b) => (a.name + labelText(a.labels) < b.name + labelText(b.labels) ? -1 : 1));
    const height = (process.stdout.rows ?? 40) - 5;
    const head = ['series', 'kind', 'count', 'avg', 'min', 'max', 'last', 'rate/p99'];
    const table = rows.slice(0, height).map((s) => [`${s.name}${labelText(s.labels)}`, s.kind, String(s.count), fmt(s.avg), fmt(s.min), fmt(s.max), fmt(s.last), s.kind === 'counter' ? fmt(s.rate) : s.kind === 'histogram' ? fmt(s.p99) : '']);
    const widths = head.map((h, i) => Math.max(h.length, ...table.map((r) => r[i]!.length)));
    const line = (r: string[]): string => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
    process.stdout.write(`\x1b[2J\x1b[H${new Date(lastStart).toISOString()}  ${rows.length} series  ${windows} windows${gaps.length > 0 ? `  ${gaps.length} gaps` : ''}\n\n${line(head)}\n${table.map(line).join('\n')}\n${rows.length > height ? `… ${rows.length - height} more\n` : ''}`);
  }
}

function labelText(labels: Record<string, string>): string {
  const entries = Object.entries(labels);
  return entries.length === 0 ? '' : `{${entries.map(([k, v]) => `${k}=${v}`).join(',')}}`;
}
