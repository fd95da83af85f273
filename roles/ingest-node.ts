/**
 * The ingest half of a node (roles `all` and `ingest`): the gRPC server
 * taking `sluice.v1` and OTLP batches, the shard actors on their worker
 * threads, the broadcaster publishing their closed windows on the bus, and
 * the crash-loss arithmetic that keeps the ledger whole when a shard dies.
 */
import * as grpc from '@grpc/grpc-js';
import { SluiceError } from '../catalogue/errors.js';
import { readFileSync } from 'node:fs';
import { Broadcaster } from '../actors/broadcaster/broadcaster.js';
import { IngestActor } from '../actors/ingest/ingest-actor.js';
import { countOversizeRefusals } from '../actors/ingest/oversize-refusals.js';
import { nameDirectoryTiming, refreshNames } from '../actors/ingest/name-refresh.js';
import { SeriesAdmission } from '../actors/ingest/series-admission.js';
import type { ShardInit } from '../actors/shard/shard-aggregator.js';
import type { Bus } from '../bus/bus.js';
import { nodeHash } from '../bus/node-hash.js';
import type { SluiceConfig } from '../config/config.js';
import { type ActorRef, ActorSystem } from '../engine/actor-system.js';
import { ingestServiceDefinition } from '../proto/ingest-service.js';
import { otlpMetricsServiceDefinition } from '../proto/otlp-service.js';
import { Ledger } from '../telemetry/ledger.js';
import type { Logger } from '../telemetry/log.js';
import { randomSeed } from '../wire/hash.js';
import { countMetricRecords } from '../wire/mailbox-records.js';

const shardModule = new URL('../actors/shard/shard-aggregator.js', import.meta.url).href;

/** The ingest half of a node: gRPC server, shard actors, broadcaster. */
export interface IngestNode {
  readonly grpcPort: number;
  readonly shards: readonly ActorRef[];
  readonly ingest: IngestActor;
  readonly broadcaster: Broadcaster;
  readonly admission: SeriesAdmission;
  /** Stops taking batches, closes every window, publishes them; idempotent (every caller gets the same promise). */
  close(): Promise<void>;
}

export async function startIngestNode(config: SluiceConfig, bus: Bus, ledger: Ledger, log: Logger, refuseReason: () => string | null): Promise<IngestNode> {
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
    otlp: {
      initialValue: config.otlpInitialValue,
      resourceLabels: config.otlpResourceLabels,
      scopeLabels: config.otlpScopeLabels,
      maxStreams: config.otlpMaxStreams,
      streamIdleMs: config.idleWindows * config.windowMs,
    },
    onNewName: (name) => bus.announceTopic(name),
    refuseReason,
    // A shard with nothing open is not woken for watermarks: the broadcaster closes it.
    coarsestWindowMs: Math.max(...config.resolutions),
    onQuietShard: (shard, sentThrough, watermark) => broadcaster.quiet(shard, sentThrough, watermark),
  }, ledger, admission);

  const server = new grpc.Server({
    'grpc.max_receive_message_length': config.maxBatchBytes,
    'grpc.max_send_message_length': 1024 * 1024,
    interceptors: [countOversizeRefusals(() => Ledger.add(ledger.batchesRefused, 'too_large'))],
  });
  server.addService(ingestServiceDefinition, ingest.handlers());
  server.addService(otlpMetricsServiceDefinition, ingest.otlpHandlers());
  const grpcPort = await new Promise<number>((resolve, reject) => {
    server.bindAsync(`${config.host}:${config.grpcPort}`, grpcCredentials(config), (error, port) => {
      if (error !== null) reject(new SluiceError('ERR_SLUICE_LISTEN', `cannot listen for gRPC on ${config.host}:${config.grpcPort}: ${error.message}`, { cause: error }));
      else resolve(port);
    });
  });
  ingest.start();
  const stopRefresh = refreshNames(bus, () => admission.nameList(), nameDirectoryTiming(config).refreshMs);

  const theIngest = ingest;
  let closing: Promise<void> | null = null;
  return {
    grpcPort, shards, ingest: theIngest, broadcaster, admission,
    close() {
      closing ??= (async () => {
        stopRefresh();
        await theIngest.close();
        await new Promise<void>((resolve) => {
          const force = setTimeout(() => { server.forceShutdown(); resolve(); }, 2000);
          server.tryShutdown(() => { clearTimeout(force); resolve(); });
        });
        await actors.close();
      })();
      return closing;
    },
  };
}

/** Insecure, TLS, or TLS requiring producers' client certificates (mutual TLS). */
function grpcCredentials(config: SluiceConfig): grpc.ServerCredentials {
  if (config.tlsCert === null || config.tlsKey === null) return grpc.ServerCredentials.createInsecure();
  const clientCa = config.tlsClientCa === null ? null : readFileSync(config.tlsClientCa);
  return grpc.ServerCredentials.createSsl(clientCa, [{ cert_chain: readFileSync(config.tlsCert), private_key: readFileSync(config.tlsKey) }], clientCa !== null);
}
