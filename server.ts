/**
 * Composition root: reads the configuration, starts every part in order
 * (bus → shard actors → broadcaster → ingest gRPC server → HTTP gateway) and
 * stops them in the order of the data flow, so that on SIGTERM every acked
 * metric is in a published window before the process exits.
 *
 * Roles: `all` runs everything in one process; `ingest` runs the gRPC ingest,
 * the shards and the broadcaster and publishes to Redis (its HTTP port keeps
 * /metrics, /healthz, /readyz); `gateway` only subscribes to Redis and serves
 * dashboards, so dashboards scale out apart from ingest.
 */
import * as grpc from '@grpc/grpc-js';
import { Histogram } from 'prom-client';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { Broadcaster } from './actors/broadcaster/broadcaster.js';
import { IngestActor } from './actors/ingest/ingest-actor.js';
import { SeriesAdmission } from './actors/ingest/series-admission.js';
import type { ShardInit } from './actors/shard/shard-aggregator.js';
import type { Bus } from './bus/bus.js';
import { InProcessBus } from './bus/in-process-bus.js';
import { RedisBus } from './bus/redis-bus.js';
import { ConfigError, loadConfig, type SluiceConfig } from './config/config.js';
import { type ActorRef, ActorSystem } from './engine/actor-system.js';
import { openHttpEngine } from './gateway/engines/open-http-engine.js';
import { SseGateway } from './gateway/sse-gateway.js';
import { dashboardRoutes } from './dashboard/dashboard-routes.js';
import { ingestServiceDefinition } from './proto/ingest-service.js';
import { countWindowMetrics, kBusTopicWindow, readBusHeader } from './wire/bus-messages.js';
import { kOffType, kRecMetric } from './wire/mailbox-records.js';
import { randomSeed } from './wire/hash.js';
import { nodeHash } from './bus/node-hash.js';
import { Ledger } from './telemetry/ledger.js';
import { createLogger, type Logger } from './telemetry/log.js';
import { createRegistry } from './telemetry/registry.js';

const shardModule = new URL('./actors/shard/shard-aggregator.js', import.meta.url).href;

/** The ingest half of a node: gRPC server, shard actors, broadcaster. */
export interface IngestNode {
  readonly grpcPort: number;
  readonly shards: readonly ActorRef[];
  readonly ingest: IngestActor;
  readonly broadcaster: Broadcaster;
  readonly admission: SeriesAdmission;
  /** Stops taking batches, closes every window, publishes them. */
  drain(): Promise<void>;
}

export interface Sluice {
  readonly config: SluiceConfig;
  readonly httpPort: number;
  readonly ledger: Ledger;
  readonly bus: Bus;
  readonly gateway: SseGateway;
  /** Null on a gateway-only node. */
  readonly node: IngestNode | null;
  /** The ingest half's parts (throw on a gateway-only node). */
  readonly grpcPort: number;
  readonly shards: readonly ActorRef[];
  readonly ingest: IngestActor;
  readonly broadcaster: Broadcaster;
  readonly admission: SeriesAdmission;
  /** Prometheus text of /metrics. */
  metricsText(): Promise<string>;
  /** Orderly stop; idempotent. */
  stop(): Promise<void>;
}

export async function startSluice(config: SluiceConfig, log: Logger = createLogger(config.logLevel)): Promise<Sluice> {
  // First: a `--http-engine uws` that cannot load here stops the start before anything else runs.
  const http = await openHttpEngine(config.httpEngine, { tls: config.tlsCert === null || config.tlsKey === null ? null : { cert: config.tlsCert, key: config.tlsKey } });
  log.info({ engine: http.engine.name, reason: http.reason }, 'http engine');
  const ledger = new Ledger();
  let publishErrors = 0;
  let node: IngestNode | null = null;
  let observePublish = (_seconds: number): void => {};
  const history = { maxWindows: config.historyWindows, maxAgeMs: config.historyMs };
  const bus: Bus = config.redisUrl === null && config.redisClusterNodes === null
    ? new InProcessBus(history)
    : new RedisBus({
      ...history,
      ...(config.redisClusterNodes !== null ? { clusterNodes: config.redisClusterNodes } : { url: config.redisUrl! }),
      prefix: config.redisPrefix,
      nodeId: config.nodeId,
      nodeTimeoutMs: config.nodeTimeoutMs,
      maxBacklogBytes: config.busBacklogBytes,
      onError: (error) => { publishErrors++; log.warn({ err: error.message }, 'redis command failed'); },
      onDrop: (_channel, payload) => {
        // A window that never reached Redis (backlog overflow, a cluster shard down) is lost.
        if (readBusHeader(payload)?.type !== kBusTopicWindow) return;
        const { resolution, metrics } = countWindowMetrics(payload);
        if (node !== null && resolution === config.windowMs && metrics > 0) {
          node.broadcaster.unpublished(metrics);
          Ledger.add(ledger.lost, 'bus_unavailable', metrics);
        }
      },
      onPublished: (seconds) => observePublish(seconds),
      onStateChange: (connection, state) => log.info({ connection, state }, 'redis connection'),
    });
  await bus.start();

  if (config.role !== 'gateway') node = await startIngestNode(config, bus, ledger, log);
  ledger.aggregated = () => node?.broadcaster.stats.aggregated ?? 0;

  let listening = false;
  const gatewayStats = () => gateway.stats;
  const registry = createRegistry({
    ledger,
    gauges: {
      sluice_series_active: ['Series known to the ingest (not yet evicted).', () => node?.admission.size ?? 0],
      sluice_ingest_queued_batches: ['Batches waiting for shard ring space.', () => node?.ingest.queuedBatches ?? 0],
      sluice_sse_clients: ['Connected SSE clients.', () => gateway.clients],
      sluice_sse_groups: ['Distinct subscriptions (clients with the same filters share one).', () => gateway.groups],
      sluice_sse_topic_subscriptions: ['Topic subscriptions this gateway holds on the bus.', () => gateway.subscriptions.length],
      sluice_bus_ready: ['1 while the bus is connected and subscribed.', () => (bus.readiness().ready ? 1 : 0)],
      sluice_bus_backlog_bytes: ['Publishes waiting for Redis to come back.', () => bus.backlogBytes()],
    },
    info: {
      sluice_http_engine: ['The HTTP engine serving SSE and this endpoint (1 for the one running).', 'engine', () => http.engine.name],
    },
    counters: {
      sluice_series_evicted_total: ['Series evicted after being idle.', () => node?.admission.evicted ?? 0],
      sluice_metrics_folded_total: ['Metrics folded into an overflow series by a cardinality limit.', () => node?.admission.folded ?? 0],
      sluice_windows_published_total: ['Windows ticked (one per resolution and window start).', () => node?.broadcaster.stats.windowsPublished ?? 0],
      sluice_bus_messages_published_total: ['Topic window messages published on the bus.', () => node?.broadcaster.stats.topicMessagesPublished ?? 0],
      sluice_bus_errors_total: ['Bus commands Redis answered with an error.', () => publishErrors],
      sluice_sse_windows_delivered_total: ['Window events written to SSE clients.', () => gatewayStats().windowsWritten],
      sluice_sse_frames_encoded_total: ['Window frames encoded (once per filter group and window).', () => gatewayStats().framesEncoded],
      sluice_sse_conflations_total: ['Times a slow client\'s queued windows were dropped for the newest one.', () => gatewayStats().conflations],
      sluice_sse_gaps_total: ['gap events sent to clients.', () => gatewayStats().gaps],
      sluice_sse_late_parts_total: ['Parts of windows that came after the window was delivered without them (told as late_part gaps).', () => gatewayStats().lateParts],
      sluice_sse_replays_total: ['Clients resumed from history with Last-Event-ID.', () => gatewayStats().replays],
      sluice_sse_history_reads_total: ['History reads from the bus (shared between clients asking the same).', () => gateway.history.reads],
      sluice_sse_connections_total: ['SSE connections accepted.', () => gatewayStats().connected],
    },
    labeled: {
      sluice_sse_disconnects_total: ['SSE disconnections, by reason.', 'reason', () => gatewayStats().disconnects],
      sluice_sse_refused_total: ['SSE requests refused, by reason.', 'reason', () => gatewayStats().refused],
    },
    perShard: {
      sluice_shard_series: ['Series a shard holds (as of its last watermark).', () => node?.broadcaster.shardSeries ?? []],
      sluice_shard_state_bytes: ['Bytes of series and open-window state a shard holds (as of its last watermark).', () => node?.broadcaster.shardStateBytes ?? []],
    },
  });

  const publishSeconds = new Histogram({
    name: 'sluice_bus_publish_seconds', help: 'Redis PUBLISH round trip (Redis bus only).', registers: [registry],
    buckets: [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
  });
  observePublish = (seconds) => publishSeconds.observe(seconds);
  const windowBuckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];
  const windowWait = new Histogram({
    name: 'sluice_sse_window_wait_seconds', help: 'How long a window waited at the gateway for every ingest node\'s part (first part → complete or overdue).', registers: [registry], buckets: windowBuckets,
  });
  const windowDeliver = new Histogram({
    name: 'sluice_sse_window_deliver_seconds', help: 'Merging the nodes\' parts of a window, encoding its JSON and writing it to the clients.', registers: [registry], buckets: windowBuckets,
  });

  const gateway = new SseGateway({
    host: config.host,
    port: config.httpPort,
    bus,
    streams: config.role !== 'ingest',
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
    ready: () => {
      const refuse = refuseReason();
      return refuse === null ? { ready: true } : { ready: false, reason: refuse };
    },
    metricsText: () => registry.metrics(),
    routes: config.role === 'ingest' ? undefined : dashboardRoutes,
    engine: http.engine,
    onDelivered: (wait, deliver) => { windowWait.observe(wait); windowDeliver.observe(deliver); },
  });
  const httpPort = await gateway.listen();
  listening = true;
  log.info({
    role: config.role,
    grpc: node === null ? null : `${config.host}:${node.grpcPort}`,
    http: `${config.tlsCert === null ? 'http' : 'https'}://${config.host}:${httpPort}`,
    engine: http.engine.name,
    node: config.nodeId, bus: bus.kind === 'redis' && config.redisClusterNodes !== null ? 'redis-cluster' : bus.kind, shards: node === null ? 0 : config.shards, resolutions: config.resolutions,
  }, 'sluice listening');

  function refuseReason(): string | null {
    if (bus.backlogBytes() > config.busBacklogBytes / 2) return `bus unavailable: ${(bus.backlogBytes() / 2 ** 20).toFixed(1)} MiB of windows wait for Redis`;
    return null;
  }
  if (node !== null) node.ingest.refuseReason = refuseReason;

  let stopping: Promise<void> | null = null;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      log.info('stopping: draining rings and closing open windows');
      await node?.drain();
      if (node !== null) bus.leave(node.broadcaster.tickedThrough ?? Date.now());
      await bus.barrier();
      await gateway.close();
      await bus.close();
      listening = false;
      const { receivedGap, acceptedGap } = ledger.balance();
      log.info({ received: ledger.received, accepted: ledger.accepted, aggregated: ledger.aggregated(), receivedGap, acceptedGap }, 'stopped');
    })();
    return stopping;
  };

  const need = (): IngestNode => {
    if (node === null) throw new Error('this node runs no ingest (role gateway)');
    return node;
  };
  return {
    config, httpPort, ledger, bus, gateway, node,
    get grpcPort() { return need().grpcPort; },
    get shards() { return need().shards; },
    get ingest() { return need().ingest; },
    get broadcaster() { return need().broadcaster; },
    get admission() { return need().admission; },
    metricsText: () => registry.metrics(),
    stop,
  };
}

async function startIngestNode(config: SluiceConfig, bus: Bus, ledger: Ledger, log: Logger): Promise<IngestNode> {
  const seed = randomSeed();
  const startedAt = Date.now();
  const broadcaster = new Broadcaster(bus, config.shards, config.resolutions, nodeHash(config.nodeId, startedAt), startedAt);
  // Membership: gateways merge this node's partial windows with the other
  // nodes' and stop waiting for it when its heartbeats stop.
  bus.heartbeat({ id: config.nodeId, startedAt });
  const actors = new ActorSystem({ threads: config.shards });
  const shards: ActorRef[] = [];
  const lostByShard = new Float64Array(config.shards);
  let ingest: IngestActor | null = null;
  for (let shard = 0; shard < config.shards; shard++) {
    shards.push(actors.spawn<ShardInit>({
      name: `shard-${shard}`,
      module: shardModule,
      init: { shard, resolutions: config.resolutions },
      mailboxBytes: config.ringBytes,
      outboxBytes: Math.max(config.ringBytes, 4 * 1024 * 1024),
      onOutput: (message) => broadcaster.onShardOutput(shard, message),
      onCrash: (ref, error) => {
        // What the dead incarnation took from its mailbox but never emitted
        // in a window is lost; what is still unread will be handled by the next.
        let unread = 0;
        ref.mailbox.peekUnread((message) => { unread += countMetricRecords(message); });
        const lost = (ingest?.committedByShard[shard] ?? 0) - unread - broadcaster.aggregatedByShard[shard]! - lostByShard[shard]!;
        if (lost > 0) {
          lostByShard[shard]! += lost;
          Ledger.add(ledger.lost, 'actor_crash', lost);
        }
        Ledger.add(ledger.actorRestarts, ref.name);
        log.error({ actor: ref.name, err: error.message, lost, restarts: ref.restarts + 1 }, 'actor crashed; restarting with fresh state');
      },
    }));
  }

  const admission = new SeriesAdmission({
    maxSeriesPerMetric: config.maxSeriesPerMetric,
    maxSeries: config.maxSeries,
    maxMetricNames: config.maxMetricNames,
    windowMs: config.windowMs,
    idleWindows: config.idleWindows,
    seed,
    onNewName: (name) => bus.announceTopic(name),
  }, config.shards);
  ingest = new IngestActor(shards, {
    maxMetrics: config.maxBatchMetrics,
    windowMs: config.windowMs,
    futureSkewMs: config.futureSkewMs,
    latenessMs: config.latenessMs,
    pushTimeoutMs: config.pushTimeoutMs,
    maxQueuedBytes: config.maxQueuedBytes,
    producerTokens: config.producerTokens,
    seed,
  }, ledger, admission);

  const server = new grpc.Server({
    'grpc.max_receive_message_length': config.maxBatchBytes,
    'grpc.max_send_message_length': 1024 * 1024,
  });
  server.addService(ingestServiceDefinition, ingest.handlers());
  const grpcPort = await new Promise<number>((resolve, reject) => {
    server.bindAsync(`${config.host}:${config.grpcPort}`, grpcCredentials(config), (error, port) => {
      if (error !== null) reject(new Error(`cannot listen for gRPC on ${config.host}:${config.grpcPort}: ${error.message}`));
      else resolve(port);
    });
  });
  ingest.start();

  const theIngest = ingest;
  return {
    grpcPort, shards, ingest: theIngest, broadcaster, admission,
    async drain() {
      await theIngest.stop();
      await new Promise<void>((resolve) => {
        const force = setTimeout(() => { server.forceShutdown(); resolve(); }, 2000);
        server.tryShutdown(() => { clearTimeout(force); resolve(); });
      });
      await actors.close();
    },
  };
}

/** Insecure, TLS, or TLS requiring producers' client certificates (mutual TLS). */
function grpcCredentials(config: SluiceConfig): grpc.ServerCredentials {
  if (config.tlsCert === null || config.tlsKey === null) return grpc.ServerCredentials.createInsecure();
  const clientCa = config.tlsClientCa === null ? null : readFileSync(config.tlsClientCa);
  return grpc.ServerCredentials.createSsl(clientCa, [{ cert_chain: readFileSync(config.tlsCert), private_key: readFileSync(config.tlsKey) }], clientCa !== null);
}

function countMetricRecords(message: Uint8Array): number {
  const view = new DataView(message.buffer, message.byteOffset, message.byteLength);
  let n = 0;
  for (let pos = 0; pos < message.length;) {
    const length = view.getUint32(pos, true);
    if (message[pos + kOffType] === kRecMetric) n++;
    pos += length;
  }
  return n;
}

/**
 * Runs a server from command-line flags until SIGTERM/SIGINT, then stops in
 * order and exits 0 (what `npm start` and `sluice serve` do).
 */
export async function runServer(argv: readonly string[] = process.argv.slice(2)): Promise<Sluice> {
  let config: SluiceConfig;
  try {
    config = loadConfig(argv);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`sluice: ${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const log = createLogger(config.logLevel);
  const sluice = await startSluice(config, log);
  const onSignal = (signal: string): void => {
    log.info({ signal }, 'signal received');
    sluice.stop().then(() => process.exit(0), (error: Error) => {
      log.error({ err: error.message }, 'stop failed');
      process.exit(1);
    });
  };
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
  return sluice;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runServer().catch((error: Error) => {
    process.stderr.write(`sluice: ${error.message}\n`);
    process.exit(1);
  });
}
