/**
 * `sluice demo`: a server plus a realistic synthetic load (three services ×
 * three hosts × metrics of every kind), so a newcomer sees live charts at
 * http://127.0.0.1:8080 one command after install.
 */
import { createProducer } from '../../client/index.js';
import { loadConfig } from '../../config/config.js';
import { startSluice } from '../../server.js';
import { createLogger } from '../../telemetry/log.js';

export const summary = 'run a server with a realistic synthetic load, for a first look at the dashboard';

export function help(): string {
  return `sluice demo: ${summary}

Usage: sluice demo [server flags]   (the flags of sluice serve)

Examples:
  sluice demo
  sluice demo --http-port 9090
`;
}

export async function run(argv: string[]): Promise<void> {
  const config = loadConfig(argv);
  const log = createLogger(config.logLevel);
  const sluice = await startSluice(config, log);
  const producer = createProducer({ target: `${config.host}:${sluice.grpcPort}`, maxDelayMs: 100, producerId: 'demo' });
  const services = ['checkout', 'search', 'auth'];
  const hosts = ['web-1', 'web-2', 'web-3'];
  const depth = new Map<string, number>();
  const timer = setInterval(() => {
    const t = Date.now() / 1000;
    for (const [si, service] of services.entries()) {
      for (const [hi, host] of hosts.entries()) {
        const labels = { service, host };
        const busy = 0.5 + 0.4 * Math.sin(t / 20 + si + hi / 3);
        producer.gauge('process.cpu.usage', Math.max(0, Math.min(100, busy * 100 + (Math.random() - 0.5) * 10)), labels);
        producer.gauge('process.memory.mb', 300 + si * 150 + hi * 10 + Math.random() * 5, labels);
        const requests = Math.round(20 + busy * 60 * (si + 1));
        for (let r = 0; r < requests; r++) {
          producer.counter('http.requests', 1, { ...labels, status: Math.random() < 0.02 ? '500' : '200' });
          // Latency: mostly fast, a slow tail that grows with load.
          const latency = Math.exp(Math.log(20 + 10 * si) + 0.5 * gaussian()) * (Math.random() < 0.03 ? 8 : 1) * (0.7 + busy);
          producer.histogram('http.latency_ms', latency, labels);
        }
        const key = `${service}/${host}`;
        const next = Math.max(0, (depth.get(key) ?? 10) + Math.round((Math.random() - 0.5) * 6));
        depth.set(key, next);
        producer.gauge('queue.depth', next, labels);
      }
    }
  }, 100);
  timer.unref();
  process.stderr.write(`\nSluice demo: open http://${config.host}:${sluice.httpPort} (Ctrl-C to stop)\n\n`);
  const stop = (): void => {
    clearInterval(timer);
    producer.close().finally(() => sluice.close().then(() => process.exit(0)));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

function gaussian(): number {
  return Math.sqrt(-2 * Math.log(1 - Math.random())) * Math.cos(2 * Math.PI * Math.random());
}
