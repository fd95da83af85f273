/**
 * The bus a configuration asks for: the in-process bus, or Redis
 * (standalone or Cluster) with its limits, its observer, and what to do
 * with a window Redis never took (it is lost, and the ledger says so).
 */
import type { Bus } from '../bus/bus.js';
import type { BusObserver } from '../bus/bus-metrics.js';
import { InProcessBus } from '../bus/in-process-bus.js';
import { RedisBus } from '../bus/redis-bus.js';
import { nameDirectoryTiming } from '../actors/ingest/name-refresh.js';
import type { SluiceConfig } from '../config/config.js';
import type { Logger } from '../telemetry/log.js';
import { countWindowMetrics, kBusTopicWindow, readBusHeader } from '../wire/bus-messages.js';

export interface BusHooks {
  observer: BusObserver;
  log: Logger;
  /** `metrics` of a finest-resolution window never reached Redis (backlog overflow, a cluster shard down). */
  windowLost: (metrics: number) => void;
}

export function busOfConfig(config: SluiceConfig, hooks: BusHooks): Bus {
  const history = { maxWindows: config.historyWindows, maxAgeMs: config.historyMs };
  const topicTtlMs = nameDirectoryTiming(config).ttlMs;
  if (config.redisUrl === null && config.redisClusterNodes === null) return new InProcessBus({ ...history, topicTtlMs });
  const { observer, log } = hooks;
  return new RedisBus({
    ...history,
    topicTtlMs,
    ...(config.redisClusterNodes !== null ? { clusterNodes: config.redisClusterNodes } : { url: config.redisUrl! }),
    prefix: config.redisPrefix,
    nodeId: config.nodeId,
    nodeTimeoutMs: config.nodeTimeoutMs,
    maxBacklogBytes: config.busBacklogBytes,
    answerTimeoutMs: config.redisTimeoutMs,
    connectTimeoutMs: config.redisConnectTimeoutMs,
    onError: (error) => { observer.failed(); log.warn({ err: error.message }, 'redis command failed'); },
    onRetry: observer.retried,
    onDrop: (_channel, payload) => {
      if (readBusHeader(payload)?.type !== kBusTopicWindow) return;
      const { resolution, metrics } = countWindowMetrics(payload);
      if (resolution === config.windowMs && metrics > 0) hooks.windowLost(metrics);
    },
    onPublished: observer.published,
    onStateChange: (connection, state) => log.info({ connection, state }, 'redis connection'),
  });
}
