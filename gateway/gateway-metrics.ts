/** What a gateway reports on /metrics: its clients, groups, deliveries, gaps and refusals. */
import { histogram, type MetricSet } from '../telemetry/registry.js';
import type { GatewayView } from './gateway-view.js';

const kWindowBuckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

/** The per-window timings a gateway observes (give `observe` to it as `onDelivered`). */
export class GatewayTimings {
  readonly wait = histogram('sluice_sse_window_wait_seconds', 'How long a window waited at the gateway for every ingest node\'s part (first part → complete or overdue).', kWindowBuckets);
  readonly deliver = histogram('sluice_sse_window_deliver_seconds', 'Merging the nodes\' parts of a window, encoding its JSON and writing it to the clients.', kWindowBuckets);
  readonly observe = (waitSeconds: number, deliverSeconds: number): void => {
    this.wait.observe(waitSeconds);
    this.deliver.observe(deliverSeconds);
  };
}

export function gatewayMetrics(gateway: GatewayView, timings: GatewayTimings): MetricSet {
  return {
    gauges: {
      sluice_sse_clients: ['Connected SSE clients.', () => gateway.clients],
      sluice_sse_groups: ['Distinct subscriptions (clients with the same filters share one).', () => gateway.groups],
      sluice_sse_topic_subscriptions: ['Topic subscriptions this gateway holds on the bus.', () => gateway.subscriptions.length],
      sluice_gateway_threads: ['Threads serving the HTTP port and its SSE clients (--gateway-threads; 1 = the main thread).', () => gateway.threads],
    },
    counters: {
      sluice_sse_windows_delivered_total: ['Window events written to SSE clients.', () => gateway.stats.windowsWritten],
      sluice_sse_frames_encoded_total: ['Window frames encoded (once per filter group and window).', () => gateway.stats.framesEncoded],
      sluice_sse_conflations_total: ['Times a slow client\'s queued windows were dropped for the newest one.', () => gateway.stats.conflations],
      sluice_sse_gaps_total: ['gap events sent to clients.', () => gateway.stats.gaps],
      sluice_sse_late_parts_total: ['Parts of windows that came after the window was delivered without them (told as late_part gaps).', () => gateway.stats.lateParts],
      sluice_sse_replays_total: ['Clients resumed from history with Last-Event-ID.', () => gateway.stats.replays],
      sluice_sse_backfills_total: ['Clients sent the recent past from history first (backfill=).', () => gateway.stats.backfills],
      sluice_sse_history_reads_total: ['History reads from the bus (shared between clients asking the same).', () => gateway.history.reads],
      sluice_sse_connections_total: ['SSE connections accepted.', () => gateway.stats.connected],
      sluice_gateway_thread_crashes_total: ['Gateway threads that died; their clients reconnect to the others, and the thread is started again.', () => gateway.threadCrashes],
      sluice_http_handler_errors_total: ['HTTP handlers (or their continuations) that threw: answered 500 or closed, the process kept serving.', () => gateway.stats.handlerErrors],
    },
    info: {
      sluice_http_engine: ['The HTTP engine serving SSE and this endpoint (1 for the one running).', 'engine', () => gateway.engine],
    },
    labeled: {
      sluice_sse_disconnects_total: ['SSE disconnections, by reason.', 'reason', () => gateway.stats.disconnects],
      sluice_sse_refused_total: ['SSE requests refused, by reason.', 'reason', () => gateway.stats.refused],
    },
    histograms: [timings.wait, timings.deliver],
  };
}
