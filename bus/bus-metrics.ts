/** What the bus reports on /metrics: readiness, backlog, errors and PUBLISH latency. */
import { histogram, type MetricSet } from '../telemetry/registry.js';
import type { Bus } from './bus.js';

/** What a Redis bus tells its owner as it works (give `published` and `failed` to it). */
export class BusObserver {
  /** Bus commands Redis answered with an error. */
  errors = 0;
  readonly publishSeconds = histogram('sluice_bus_publish_seconds', 'Redis PUBLISH round trip (Redis bus only).',
    [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1]);
  readonly published = (seconds: number): void => this.publishSeconds.observe(seconds);
  readonly failed = (): void => { this.errors++; };
  /** Bus commands sent again because their Redis Cluster slot was moving. */
  retries = 0;
  readonly retried = (): void => { this.retries++; };
}

export function busMetrics(bus: Bus, observer: BusObserver): MetricSet {
  return {
    gauges: {
      sluice_bus_ready: ['1 while the bus is connected and subscribed.', () => (bus.readiness().ready ? 1 : 0)],
      sluice_bus_backlog_bytes: ['Bytes of publishes waiting for Redis: sent and not yet answered, or kept while it is away.', () => bus.backlogBytes()],
    },
    counters: {
      sluice_bus_errors_total: ['Bus commands Redis answered with an error.', () => observer.errors],
      sluice_bus_retries_total: ['Publishes and history writes sent again because their Redis Cluster slot was moving (MOVED, ASK, TRYAGAIN, CLUSTERDOWN).', () => observer.retries],
    },
    histograms: [observer.publishSeconds],
  };
}
