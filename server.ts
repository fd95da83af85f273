/**
 * Composition root: reads the configuration, starts every part in order
 * (bus → shard actors → broadcaster → ingest gRPC server → HTTP gateway) and
 * stops them in the order of the data flow, so that on SIGTERM every acked
 * metric is in a published window before the process exits.
 *
 * Roles: `all` runs everything in one process; `ingest` runs the gRPC ingest,
 * the shards and the broadcaster and publishes to Redis (its HTTP port keeps
 * /metrics, /healthz, /readyz); `gateway` only subscribes to Redis and serves
 * dashboards, so dashboards scale out apart from ingest. The ingest half is
 * roles/ingest-node.ts; running as a process (signals, exit) is
 * roles/run-server.ts.
 */
import { pathToFileURL } from 'node:url';
import { SluiceError } from './catalogue/errors.js';
import { broadcasterMetrics } from './actors/broadcaster/broadcaster-metrics.js';
import type { Broadcaster } from './actors/broadcaster/broadcaster.js';
import type { IngestActor } from './actors/ingest/ingest-actor.js';
import { ingestMetrics } from './actors/ingest/ingest-metrics.js';
import type { SeriesAdmission } from './actors/ingest/series-admission.js';
import type { Bus } from './bus/bus.js';
import { BusObserver, busMetrics } from './bus/bus-metrics.js';
import { RedisBus } from './bus/redis-bus.js';
import type { SluiceConfig } from './config/config.js';
import type { ActorRef } from './engine/actor-system.js';
import { chooseHttpEngine, openHttpEngine } from './gateway/engines/open-http-engine.js';
import { dashboardRoutes } from './dashboard/dashboard-routes.js';
import { GatewayTimings, gatewayMetrics } from './gateway/gateway-metrics.js';
import { GatewayThreads, gatewayThreadCount } from './gateway/gateway-threads.js';
import { readyAnswer } from './gateway/http-routes.js';
import { SseGateway } from './gateway/sse-gateway.js';
import { busOfConfig } from './roles/bus-of-config.js';
import { startIngestNode, type IngestNode } from './roles/ingest-node.js';
import { runServer } from './roles/run-server.js';
import { Ledger } from './telemetry/ledger.js';
import { createLogger, type Logger } from './telemetry/log.js';
import { createRegistry } from './telemetry/registry.js';

export type { IngestNode };

export interface Sluice {
  readonly config: SluiceConfig;
  readonly httpPort: number;
  readonly ledger: Ledger;
  readonly bus: Bus;
  /** One SseGateway on the main thread (--gateway-threads 1), or the gateway threads (their sums, see GatewayThreads). */
  readonly gateway: SseGateway | GatewayThreads;
  /** Null on a gateway-only node. */
  readonly node: IngestNode | null;
  /** The ingest half's parts (throw on a gateway-only node). */
  readonly grpcPort: number;
  readonly shards: readonly ActorRef[];
  readonly ingest: IngestActor;
  readonly broadcaster: Broadcaster;
  readonly admission: SeriesAdmission;
  /**
   * Resolves once the bus is first connected (at once for the in-process
   * bus); rejects if Redis was not reached within --redis-connect-timeout-ms.
   * Sluice serves meanwhile (/readyz says it waits).
   */
  readonly busConnected: Promise<void>;
  /** Prometheus text of /metrics. */
  metricsText(): Promise<string>;
  /** Orderly stop (docs/lifecycle.md): idempotent, every caller gets the same promise. */
  close(): Promise<void>;
}

export async function startSluice(config: SluiceConfig, log: Logger = createLogger(config.logLevel)): Promise<Sluice> {
  // First: a `--http-engine uws` that cannot load here stops the start before anything else runs.
  const tls = config.tlsCert === null || config.tlsKey === null ? null : { cert: config.tlsCert, key: config.tlsKey };
  const http = await chooseHttpEngine(config.httpEngine);
  log.info({ engine: http.name, reason: http.reason }, 'http engine');
  const streams = config.role !== 'ingest';
  const threadCount = gatewayThreadCount(config.gatewayThreads, http.name, streams);
  log[threadCount.level]({ threads: threadCount.threads, reason: threadCount.reason }, 'gateway threads');
  // The main thread's own engine only when it serves (each gateway thread opens its own).
  const mainEngine = threadCount.threads === 1 ? (await openHttpEngine(http.name, { tls })).engine : null;
  let node: IngestNode | null = null;
  const ledger = new Ledger(() => node?.broadcaster.stats.aggregated ?? 0);
  const busObserver = new BusObserver();
  const bus = busOfConfig(config, {
    observer: busObserver,
    log,
    windowLost: (metrics) => {
      if (node === null) return;
      node.broadcaster.unpublished(metrics);
      Ledger.add(ledger.lost, 'bus_unavailable', metrics);
    },
  });
  // Starting never waits for Redis: publishes wait in the bus backlog and
  // /readyz says why until it is reached.
  const busConnected = bus.start();
  busConnected.then(() => { if (bus instanceof RedisBus) log.info({ redis: bus.target }, 'redis connected'); }, () => {});

  /** Past half the backlog bound, an ack could promise a window that cannot be published. */
  const refuseReason = (): string | null => {
    if (bus.backlogBytes() > config.busBacklogBytes / 2) return `bus unavailable: ${(bus.backlogBytes() / 2 ** 20).toFixed(1)} MiB of windows wait for Redis`;
    return null;
  };
  if (config.role !== 'gateway') node = await startIngestNode(config, bus, ledger, log, refuseReason);

  let listening = false;
  const timings = new GatewayTimings();
  const ready = (): { ready: true } | { ready: false; reason: string } => {
    const refuse = refuseReason();
    return refuse === null ? { ready: true } : { ready: false, reason: refuse };
  };
  // /metrics: the threads' counts are gathered first (no timer: only when asked).
  const metricsText = async (): Promise<string> => {
    if (gateway instanceof GatewayThreads) await gateway.collect();
    return registry.metrics();
  };
  const gateway: SseGateway | GatewayThreads = mainEngine === null
    ? new GatewayThreads({
      threads: threadCount.threads,
      engine: http.name,
      bus,
      log,
      config: {
        host: config.host, port: config.httpPort, tls,
        resolutions: config.resolutions, heartbeatMs: config.heartbeatMs, retryMs: config.retryMs, clientQueueBytes: config.clientQueueBytes,
        clientStallMs: config.clientStallMs, nodeTimeoutMs: config.nodeTimeoutMs, maxClients: config.maxClients, maxClientsPerAddress: config.maxClientsPerAddress,
        tokens: [...config.dashboardTokens], corsOrigins: [...config.corsOrigins], dashboard: true,
      },
      metricsText,
      readyz: () => readyAnswer({ bus, healthy: () => listening, ready, engine: http.name }),
      onDelivered: timings.observe,
    })
    : new SseGateway({
      host: config.host,
      port: config.httpPort,
      bus,
      streams,
      resolutions: config.resolutions,
      heartbeatMs: config.heartbeatMs,
      retryMs: config.retryMs,
      clientQueueBytes: config.clientQueueBytes,
      clientStallMs: config.clientStallMs,
      nodeTimeoutMs: config.nodeTimeoutMs,
      maxClients: config.maxClients,
      maxClientsPerAddress: config.maxClientsPerAddress,
      tokens: config.dashboardTokens,
      corsOrigins: config.corsOrigins,
      healthy: () => listening,
      ready,
      metricsText,
      routes: streams ? dashboardRoutes : undefined,
      engine: mainEngine,
      onDelivered: timings.observe,
    });
  const registry = createRegistry({
    ledger,
    sets: [
      ingestMetrics(() => node),
      broadcasterMetrics(() => node?.broadcaster ?? null),
      busMetrics(bus, busObserver),
      gatewayMetrics(gateway, timings),
    ],
  });
  const httpPort = await gateway.start();
  listening = true;
  log.info({
    role: config.role,
    grpc: node === null ? null : `${config.host}:${node.grpcPort}`,
    http: `${config.tlsCert === null ? 'http' : 'https'}://${config.host}:${httpPort}`,
    engine: http.name, gatewayThreads: threadCount.threads,
    node: config.nodeId, bus: bus.kind === 'redis' && config.redisClusterNodes !== null ? 'redis-cluster' : bus.kind, shards: node === null ? 0 : config.shards, resolutions: config.resolutions,
  }, 'sluice listening');
  if (bus instanceof RedisBus && !bus.readiness().ready) log.warn({ redis: bus.target }, `waiting for Redis at ${bus.target}`);

  let closing: Promise<void> | null = null;
  const close = (): Promise<void> => {
    closing ??= (async () => {
      log.info('stopping: draining rings and closing open windows');
      await node?.close();
      if (node !== null) bus.leave(node.broadcaster.tickedThrough ?? Date.now());
      await bus.barrier();
      await gateway.close();
      await bus.close();
      listening = false;
      const { receivedGap, acceptedGap } = ledger.balance();
      log.info({ received: ledger.received, accepted: ledger.accepted, aggregated: ledger.aggregated(), receivedGap, acceptedGap }, 'stopped');
    })();
    return closing;
  };

  const need = (): IngestNode => {
    if (node === null) throw new SluiceError('ERR_SLUICE_NO_INGEST', 'this node runs no ingest (role gateway)');
    return node;
  };
  return {
    config, httpPort, ledger, bus, gateway, node, busConnected,
    get grpcPort() { return need().grpcPort; },
    get shards() { return need().shards; },
    get ingest() { return need().ingest; },
    get broadcaster() { return need().broadcaster; },
    get admission() { return need().admission; },
    metricsText,
    close,
  };
}

// `node dist/server.js` runs it as a process (signals, exit: roles/run-server.ts).
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runServer(startSluice).catch((error: Error) => {
    process.stderr.write(`sluice: ${error.message}\n`);
    process.exit(1);
  });
}
