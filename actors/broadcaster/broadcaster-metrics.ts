/** What the broadcaster reports on /metrics: windows and messages published, and each shard's size (zero where no ingest runs). */
import type { MetricSet } from '../../telemetry/registry.js';
import type { Broadcaster } from './broadcaster.js';

export function broadcasterMetrics(broadcaster: () => Broadcaster | null): MetricSet {
  return {
    counters: {
      sluice_windows_published_total: ['Windows ticked (one per resolution and window start).', () => broadcaster()?.stats.windowsPublished ?? 0],
      sluice_bus_messages_published_total: ['Topic window messages published on the bus.', () => broadcaster()?.stats.topicMessagesPublished ?? 0],
    },
    perShard: {
      sluice_shard_series: ['Series a shard holds (as of its last watermark).', () => broadcaster()?.shardSeries ?? []],
      sluice_shard_state_bytes: ['Bytes of series and open-window state a shard holds (as of its last watermark).', () => broadcaster()?.shardStateBytes ?? []],
    },
  };
}
