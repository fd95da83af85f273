/**
 * Composition root: reads the configuration, starts every part in order
 * (bus → shard actors → broadcaster → ingest gRPC server → SSE gateway) and
 * stops them in the reverse order of the data flow, so that on SIGTERM every
 * acked metric is in a published window before the process exits.
 */
import * as grpc from '@grpc/grpc-js';
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
import { SseGateway } from './gateway/sse-gateway.js';
import { ingestServiceDefinition } from './proto/ingest-service.js';
import { kOffType, kRecMetric } from './wire/mailbox-records.js';
import { randomSeed } from './wire/hash.js';
import { Ledger } from './telemetry/ledger.js';
import { createLogger, type Logger } from './telemetry/log.js';
import { createRegistry } from './telemetry/registry.js';

const shardModule = new URL('./actors/shard/shard-aggregator.js', import.meta.url).href;

export interface Sluice {
  readonly config: SluiceConfig;
  readonly grpcPort: number;
  readonly httpPort: number;
  readonly ledger: Ledger;
  readonly bus: Bus;
  readonly shards: readonly ActorRef[];
  readonly ingest: IngestActor;
  readonly broadcaster: Broadcaster;
  readonly gateway: SseGateway;
  readonly admission: SeriesAdmission;
  /** Prometheus text of /metrics. */
  metricsText(): Promise<string>;
  /** Orderly stop; idempotent. */
  stop(): Promise<void>;
}

export async function startSluice(config: SluiceConfig, log: Logger = createLogger(config.logLevel)): Promise<Sluice> {
  const ledger = new Ledger();
  let publishErrors = 0;
  const bus: Bus = config.redisUrl === null
    ? new InProcessBus()
    : new RedisBus({
      url: config.redisUrl,
      prefix: config.redisPrefix,
      onPublishError: (error) => { publishErrors++; log.warn({ err: error.message }, 'redis publish failed'); },
      onStateChange: (connection, state) => log.info({ connection, state }, 'redis connection'),
    });
  await bus.start();

  const seed = randomSeed();
  const broadcaster = new Broadcaster(bus, config.shards, config.windowMs);
  ledger.aggregated = () => broadcaster.stats.aggregated;

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

  const registry = createRegistry({
    ledger,
    gauges: {
      sluice_series_active: ['Series known to the ingest (not yet evicted).', () => admission.size],
      sluice_sse_clients: ['Connected SSE clients.', () => gateway.clients],
      sluice_ingest_queued_batches: ['Batches waiting for shard ring space.', () => ingest!.queuedBatches],
      sluice_bus_ready: ['1 while the bus is connected and subscribed.', () => (bus.readiness().ready ? 1 : 0)],
    },
    perShard: {
      sluice_shard_series: ['Series a shard holds (as of its last watermark).', () => broadcaster.shardSeries],
      sluice_shard_state_bytes: ['Bytes of series and open-window state a shard holds (as of its last watermark).', () => broadcaster.shardStateBytes],
    },
    counters: {
      sluice_series_evicted_total: ['Series evicted after being idle.', () => admission.evicted],
      sluice_metrics_folded_total: ['Metrics folded into an overflow series by a cardinality limit.', () => admission.folded],
      sluice_windows_published_total: ['Windows published (one per resolution and window start).', () => broadcaster.stats.windowsPublished],
      sluice_bus_messages_published_total: ['Topic window messages published on the bus.', () => broadcaster.stats.topicMessagesPublished],
      sluice_bus_publish_errors_total: ['Publishes the bus could not hand to Redis.', () => publishErrors],
      sluice_sse_windows_delivered_total: ['Window events written to SSE clients.', () => gateway.stats.windowsDelivered],
      sluice_sse_frames_encoded_total: ['Window frames encoded (once per filter group and window).', () => gateway.stats.framesEncoded],
    },
  });

  let listening = false;
  const gateway = new SseGateway({
    host: config.host,
    port: config.httpPort,
    bus,
    resolutions: config.resolutions,
    heartbeatMs: config.heartbeatMs,
    retryMs: config.retryMs,
    clientQueueBytes: config.clientQueueBytes,
    healthy: () => listening,
    metricsText: () => registry.metrics(),
  });

  const server = new grpc.Server({
    'grpc.max_receive_message_length': config.maxBatchBytes,
    'grpc.max_send_message_length': 1024 * 1024,
  });
  server.addService(ingestServiceDefinition, ingest.handlers());
  const grpcPort = await new Promise<number>((resolve, reject) => {
    server.bindAsync(`${config.host}:${config.grpcPort}`, grpc.ServerCredentials.createInsecure(), (error, port) => {
      if (error !== null) reject(new Error(`cannot listen for gRPC on ${config.host}:${config.grpcPort}: ${error.message}`));
      else resolve(port);
    });
  });
  const httpPort = await gateway.listen();
  ingest.start();
  listening = true;
  log.info({ grpc: `${config.host}:${grpcPort}`, http: `http://${config.host}:${httpPort}`, bus: bus.kind, shards: config.shards, resolutions: config.resolutions }, 'sluice listening');

  let stopping: Promise<void> | null = null;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      log.info('stopping: draining rings and closing open windows');
      await ingest!.stop();
      await new Promise<void>((resolve) => {
        const force = setTimeout(() => { server.forceShutdown(); resolve(); }, 2000);
        server.tryShutdown(() => { clearTimeout(force); resolve(); });
      });
      await actors.close();
      await bus.barrier();
      await gateway.close();
      await bus.close();
      listening = false;
      const { receivedGap, acceptedGap } = ledger.balance();
      log.info({ received: ledger.received, accepted: ledger.accepted, aggregated: ledger.aggregated(), receivedGap, acceptedGap }, 'stopped');
    })();
    return stopping;
  };

  return {
    config, grpcPort, httpPort, ledger, bus, shards, ingest, broadcaster, gateway, admission,
    metricsText: () => registry.metrics(),
    stop,
  };
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

async function main(): Promise<void> {
  let config: SluiceConfig;
  try {
    config = loadConfig();
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
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: Error) => {
    process.stderr.write(`sluice: ${error.message}\n`);
    process.exit(1);
  });
}
