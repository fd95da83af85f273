/**
 * One gateway thread (a worker started by ./gateway-threads.ts): its own
 * HTTP engine listening on the shared port, its own SseGateway and
 * StreamHub for the clients the kernel handed it, over a RelayBus to the
 * main thread's real bus. /metrics, /readyz and the connection limits are
 * the whole process's: asked of the main thread.
 *
 * Closing: the main thread posts `close` after its bus barrier, so every
 * window published before it is already in this thread's queue, ahead of
 * the `close`; the gateway then delivers what is pending, ends every
 * response, and says `closed`.
 */
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { RelayBus } from './relay-bus.js';
import { dashboardRoutes } from '../dashboard/dashboard-routes.js';
import type { LimitRefusal } from './client-limits.js';
import { openHttpEngine } from './engines/open-http-engine.js';
import type { ReadyAnswer } from './http-routes.js';
import { SseGateway } from './sse-gateway.js';
import type { GatewayThreadConfig, MainToThread, ThreadStats, ThreadToMain } from './thread-messages.js';

/** After the responses end, how long before the connections are dropped. */
const kLastBytesMs = 100;
/**
 * Windows whose timings wait here for /metrics to ask (`stats`) before they
 * are posted unasked. A message per window woke the main thread once per
 * delivery (10 times a second at 100 ms windows).
 */
const kTimingsBatch = 256;

const port = parentPort as MessagePort;
const config = workerData as GatewayThreadConfig;
const post = (message: ThreadToMain): void => port.postMessage(message);
const bus = new RelayBus(port, config.busKind, config.snapshot);
let gateway: SseGateway | null = null;
/** wait, deliver, wait, deliver… (seconds), for the main thread's histograms. */
let timings: number[] = [];
const takeTimings = (): number[] => { const taken = timings; timings = []; return taken; };

port.on('message', (message: MainToThread) => {
  if (bus.receive(message)) return;
  if (message.type === 'resume') gateway?.resumeTicks(message.floors, message.recent);
  else if (message.type === 'stats') post({ type: 'reply', id: message.id, ok: true, value: stats() });
  else if (message.type === 'close') void close();
  else if (message.type === 'fault') setImmediate(() => { throw new Error('injected gateway thread fault'); });
});

// A thread that throws ends alone, never the process: its connections are
// dropped first (a uWS socket open when a worker's loop ends aborts the
// process); the main thread counts it and starts another.
process.on('uncaughtException', (error) => {
  try {
    gateway?.dropAll();
  } finally {
    process.stderr.write(`sluice gateway thread ${config.index}: ${error.stack ?? error.message}\n`);
    process.exit(1);
  }
});

function stats(): ThreadStats | null {
  if (gateway === null) return null;
  const { disconnects, refused, ...counts } = gateway.stats;
  return {
    clients: gateway.clients, groups: gateway.groups, subscriptions: gateway.subscriptions, maxClientQueueBytes: gateway.maxClientQueueBytes(),
    historyReads: gateway.history.reads, counts: counts as unknown as Record<string, number>, disconnects: [...disconnects], refused: [...refused],
    timings: takeTimings(),
  };
}

async function close(): Promise<void> {
  await gateway?.close();
  // The ended responses' last bytes get a moment to leave, then every
  // connection is dropped: a uWS socket open when the thread's loop ends
  // aborts the process. (Clients reconnect, to another Sluice or this one.)
  await new Promise((resolve) => setTimeout(resolve, kLastBytesMs));
  gateway?.dropAll();
  await bus.close();
  if (timings.length > 0) post({ type: 'delivered', timings: takeTimings() });
  post({ type: 'closed' });
  port.close();
}

try {
  const { engine } = await openHttpEngine(config.engine, { tls: config.tls });
  let listening = false;
  gateway = new SseGateway({
    host: config.host, port: config.port, bus, streams: true, resolutions: config.resolutions, heartbeatMs: config.heartbeatMs, retryMs: config.retryMs,
    clientQueueBytes: config.clientQueueBytes, clientStallMs: config.clientStallMs, nodeTimeoutMs: config.nodeTimeoutMs,
    maxClients: config.maxClients, maxClientsPerAddress: config.maxClientsPerAddress,
    tokens: new Set(config.tokens), corsOrigins: new Set(config.corsOrigins),
    healthy: () => listening,
    metricsText: () => bus.request<string>({ what: 'metrics' }),
    routes: config.dashboard ? dashboardRoutes : undefined,
    engine,
    onDelivered: (wait, deliver) => {
      timings.push(wait, deliver);
      if (timings.length >= 2 * kTimingsBatch) post({ type: 'delivered', timings: takeTimings() });
    },
    thread: {
      limits: {
        admit: (address) => bus.request<LimitRefusal | null>({ what: 'admit', address }),
        left: (address) => post({ type: 'left', address }),
      },
      readyz: () => bus.request<ReadyAnswer>({ what: 'ready' }),
    },
  });
  const bound = await gateway.start();
  listening = true;
  post({ type: 'listening', port: bound });
} catch (error) {
  const e = error as { code?: string; message?: string };
  post({ type: 'failed', code: e.code ?? 'ERR_SLUICE_GATEWAY_THREAD', message: e.message ?? String(error) });
}
