/** `sluice load`: synthetic producers, with a progress bar and a summary. */
import { readFileSync } from 'node:fs';
import { createProducer } from '../../client/index.js';
import { CliError, helpText, parseFlags, type FlagSpec } from '../flags.js';

export const summary = 'push synthetic metrics at a given rate (a load generator)';

const flags: FlagSpec[] = [
  { name: 'target', type: 'string', default: '127.0.0.1:50051', help: 'gRPC address of a Sluice ingest' },
  { name: 'rate', type: 'number', default: 10_000, min: 1, help: 'metrics per second' },
  { name: 'series', type: 'integer', default: 1000, min: 1, help: 'distinct series' },
  { name: 'batch', type: 'integer', default: 1000, min: 1, help: 'metrics per batch' },
  { name: 'kinds', type: 'list', default: ['gauge', 'counter', 'histogram'], help: 'kinds to send: gauge, counter, histogram' },
  { name: 'duration', type: 'duration', default: 10_000, min: 1, help: 'how long to push' },
  { name: 'prefix', type: 'string', default: 'load', help: 'metric name prefix' },
  { name: 'token', type: 'string', help: 'producer token' },
  { name: 'tls-ca', type: 'string', help: 'PEM CA file: connect with TLS, trusting this CA' },
  { name: 'tls-cert', type: 'string', help: 'PEM client certificate (with --tls-key), when the server wants one' },
  { name: 'tls-key', type: 'string', help: 'PEM key of --tls-cert' },
];

export function help(): string {
  return helpText('load', summary, flags, [
    'sluice load --rate 50000 --series 10000 --duration 30s',
    'sluice load --target 10.0.0.5:50051 --kinds histogram --batch 100',
  ]);
}

const kinds = { gauge: 0, counter: 1, histogram: 2 } as const;

export async function run(argv: string[]): Promise<void> {
  const f = parseFlags('load', flags, argv) as { target: string; rate: number; series: number; batch: number; kinds: string[]; duration: number; prefix: string; token?: string; 'tls-ca'?: string; 'tls-cert'?: string; 'tls-key'?: string };
  const read = (flag: 'tls-ca' | 'tls-cert' | 'tls-key'): Buffer | undefined => {
    const path = f[flag];
    if (path === undefined) return undefined;
    try { return readFileSync(path); } catch { throw new CliError(`sluice load: --${flag} must be a readable file, got '${path}'`); }
  };
  const tls = f['tls-ca'] === undefined && f['tls-cert'] === undefined ? undefined : { ca: read('tls-ca'), cert: read('tls-cert'), key: read('tls-key') };
  for (const k of f.kinds) if (!(k in kinds)) throw new CliError(`sluice load: --kinds must name gauge, counter or histogram, got '${k}'`);
  const producer = createProducer({ target: f.target, token: f.token, tls, maxBatchSize: f.batch, maxDelayMs: 50, maxQueue: Math.max(65_536, f.batch * 32), overflow: 'wait' });
  let failure: Error | null = null;
  producer.on('error', (error) => { failure = error; });
  const started = Date.now();
  let sent = 0;
  let series = 0;
  const tty = process.stderr.isTTY === true;
  const draw = (done = false): void => {
    const elapsed = (Date.now() - started) / 1000;
    const fraction = Math.min(1, (Date.now() - started) / f.duration);
    const s = producer.stats();
    const bar = '█'.repeat(Math.round(fraction * 30)).padEnd(30, '░');
    const line = `${bar} ${(fraction * 100).toFixed(0).padStart(3)}%  ${elapsed.toFixed(1)}s  sent ${sent.toLocaleString('en')}  acked ${s.accepted.toLocaleString('en')}  rejected ${s.rejected.toLocaleString('en')}  ${Math.round(s.accepted / Math.max(elapsed, 0.001)).toLocaleString('en')} metrics/s`;
    process.stderr.write(tty ? `\r${line}${done ? '\n' : ''}` : `${line}\n`);
  };
  const progress = setInterval(() => draw(), tty ? 250 : 2000);
  const kindList = f.kinds.map((k) => kinds[k as keyof typeof kinds]);
  const tick = 10;
  while (Date.now() - started < f.duration && failure === null) {
    const due = Math.floor(((Date.now() - started) / 1000) * f.rate);
    while (sent < due) {
      const s = series++ % f.series;
      const kind = kindList[s % kindList.length]!;
      const name = `${f.prefix}.${['gauge', 'counter', 'histogram'][kind]}_${s % 10}`;
      const labels = { series: String(s), host: `host-${s % 16}` };
      const value = kind === 1 ? 1 : kind === 2 ? Math.exp(2 + Math.random() * 2) : Math.sin(Date.now() / 5000 + s) * 50 + 50;
      const ok = kind === 0 ? producer.gauge(name, value, labels) : kind === 1 ? producer.counter(name, value, labels) : producer.histogram(name, value, labels);
      if (!ok) { await producer.waitForRoom(); continue; }
      sent++;
    }
    await new Promise((resolve) => setTimeout(resolve, tick));
  }
  await producer.close();
  clearInterval(progress);
  draw(true);
  const s = producer.stats();
  const seconds = (Date.now() - started) / 1000;
  process.stdout.write(`${JSON.stringify({ sent, acked: s.accepted, rejected: s.rejected, dropped: s.dropped, failed: s.failed, retries: s.retries, seconds: Number(seconds.toFixed(2)), metricsPerSecond: Math.round(s.accepted / seconds) })}\n`);
  if (failure !== null) throw failure;
}
