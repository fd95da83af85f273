/**
 * The bench suite: `npm run bench` (quick) or `npm run bench:full`, or one
 * bench alone with `--only <name>`. Prints progress and a table, and writes
 * bench/results/<date>-<commit>.json and .md.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { latencyChart, type LatencyPoint } from './support/chart.js';
import { markdownTable, type BenchResult } from './support/report.js';
import type { FanoutRun } from './fanout.bench.js';
import type { LatencyRun } from './e2e.bench.js';

const benches: Record<string, () => Promise<{ run: (o: { quick: boolean }) => Promise<BenchResult> }>> = {
  'ring-vs-postmessage': () => import('./ring-vs-postmessage.bench.js'),
  decode: () => import('./decode.bench.js'),
  'series-key': () => import('./series-key.bench.js'),
  'pool-hosting': () => import('./pool-hosting.bench.js'),
  'series-memory': () => import('./series-memory.bench.js'),
  'sketch-memory': () => import('./sketch-memory.bench.js'),
  'encode-once': () => import('./encode-once.bench.js'),
  'window-encode': () => import('./window-encode.bench.js'),
  producer: () => import('./producer.bench.js'),
  fanout: () => import('./fanout.bench.js'),
  e2e: () => import('./e2e.bench.js'),
  'multi-node': () => import('./multi-node.bench.js'),
  idle: () => import('./idle.bench.js'),
  otlp: () => import('./otlp.bench.js'),
};

const args = process.argv.slice(2);
const quick = !args.includes('--full');
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args[onlyAt + 1] : undefined;
if (only !== undefined && !(only in benches)) {
  process.stderr.write(`--only: unknown bench '${only}'; one of ${Object.keys(benches).join(', ')}\n`);
  process.exit(2);
}

const results: BenchResult[] = [];
const names = only !== undefined ? [only] : Object.keys(benches);
for (const [i, name] of names.entries()) {
  process.stderr.write(`[${i + 1}/${names.length}] ${name} …\n`);
  const started = Date.now();
  const bench = await benches[name]!();
  results.push(await bench.run({ quick }));
  process.stderr.write(`[${i + 1}/${names.length}] ${name} done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}

const table = markdownTable(results);
process.stdout.write(`\n${table}\n`);
let commit = 'uncommitted';
try { commit = execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim(); } catch { /* not a checkout */ }
const date = new Date().toISOString().slice(0, 10);
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node.js ${process.version}`;
const dir = process.env.SLUICE_BENCH_RESULTS ?? fileURLToPath(new URL('../../bench/results/', import.meta.url));
mkdirSync(dir, { recursive: true });
const base = `${dir.endsWith('/') ? dir : `${dir}/`}${date}-${commit}${only !== undefined ? `-${only}` : ''}${quick ? '' : '-full'}`;
const command = `npm run ${quick ? 'bench' : 'bench:full'}${only !== undefined ? ` -- --only ${only}` : ''}`;
writeFileSync(`${base}.json`, `${JSON.stringify({ date: new Date().toISOString(), commit, machine, command, quick, results }, null, 2)}\n`);
const notes = results.flatMap((r) => (r.notes ?? []).map((n) => `- ${r.name}: ${n}`)).join('\n');
writeFileSync(`${base}.md`, `# Sluice bench, ${date} (${commit})\n\nCommand: \`${command}\`\n\nMachine: ${machine}\n\n${table}\n${notes === '' ? '' : `\n${notes}\n`}`);
// Latency percentiles against load: ingest load (e2e) and dashboards (fanout).
const points: LatencyPoint[] = [];
for (const r of results) {
  if (r.name === 'e2e') {
    for (const l of (r.data as { latencies: LatencyRun[] }).latencies) {
      for (const p of ['p50', 'p99', 'p999', 'max'] as const) points.push({ panel: 'window close → dashboard, by ingest rate', load: Math.round(l.achieved), percentile: p, ms: l.close[p] });
    }
  }
  if (r.name === 'fanout') {
    for (const f of (r.data as { runs: FanoutRun[] }).runs.filter((x) => x.kind === 'uws')) {
      for (const p of ['p50', 'p99', 'p999', 'max'] as const) points.push({ panel: 'publish → dashboard, by dashboards', load: f.clients, percentile: p, ms: f.latency[p] });
    }
  }
}
let chart = '';
if (points.length > 0) {
  writeFileSync(`${base}-latency.svg`, await latencyChart(points));
  chart = ` and -latency.svg`;
}
process.stderr.write(`\nwrote ${base}.json, .md${chart}\n`);
process.exit(0);
