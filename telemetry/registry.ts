/**
 * Sluice's own metrics in Prometheus text format (prom-client). Counters are
 * kept as plain numbers by their owners (updated per batch or per window,
 * not per metric) and copied into prom-client when /metrics is scraped.
 *
 * The ledger's metrics are declared here; every other component declares
 * its own beside its code, as a `MetricSet` (e.g. gateway/gateway-metrics.ts),
 * and the composition root hands the sets of the parts it runs to
 * `createRegistry`.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { Ledger, type Counts } from './ledger.js';

/** One component's metrics, each read at scrape time. */
export interface MetricSet {
  /** Gauges: name → [help, read]. */
  gauges?: Record<string, [string, () => number]>;
  /** Counters: name → [help, read]. */
  counters?: Record<string, [string, () => number]>;
  /** Counters with one label: name → [help, label, read]. */
  labeled?: Record<string, [string, string, () => Counts]>;
  /** Info gauges: 1 for the one label value read, e.g. `sluice_http_engine{engine="uws"} 1`: name → [help, label, read]. */
  info?: Record<string, [string, string, () => string]>;
  /** Gauges with one value per shard: name → [help, read]. */
  perShard?: Record<string, [string, () => readonly number[]]>;
  /** Histograms the component observes itself (made with `histogram`, registered here). */
  histograms?: Histogram[];
}

export interface RegistrySources {
  ledger: Ledger;
  sets: readonly MetricSet[];
}

/** A histogram that a component observes, not yet in a registry. */
export function histogram(name: string, help: string, buckets: number[]): Histogram {
  return new Histogram({ name, help, buckets, registers: [] });
}

function counter(registry: Registry, name: string, help: string, read: () => number): void {
  new Counter({
    name, help, registers: [registry],
    collect() { this.reset(); this.inc(read()); },
  });
}

function labeledCounter(registry: Registry, name: string, help: string, label: string, read: () => Counts | number[], always: readonly string[] = []): void {
  new Counter({
    name, help, labelNames: [label], registers: [registry],
    collect() {
      this.reset();
      for (const key of always) this.inc({ [label]: key }, 0);
      const counts = read();
      if (Array.isArray(counts)) counts.forEach((n, i) => this.inc({ [label]: String(i) }, n));
      else for (const [key, n] of counts) this.inc({ [label]: key }, n);
    },
  });
}

/** How often the event-loop delay is sampled for `sluice_process_nodejs_eventloop_lag_*`. */
const kEventLoopSampleMs = 1000;

export function createRegistry(sources: RegistrySources): Registry {
  const registry = new Registry();
  const { ledger } = sources;
  // prom-client samples event-loop delay with a libuv timer, every 10 ms by
  // default: 100 wake-ups a second of an otherwise idle main thread, most of
  // what an idle Sluice cost. Once a second still shows any stall of 1 s or
  // more, and shorter ones in proportion to their length.
  collectDefaultMetrics({ register: registry, prefix: 'sluice_process_', eventLoopMonitoringPrecision: kEventLoopSampleMs });
  counter(registry, 'sluice_metrics_received_total', 'Metrics in decoded batches.', () => ledger.received);
  counter(registry, 'sluice_metrics_accepted_total', 'Metrics acked as accepted (committed to a shard ring).', () => ledger.accepted);
  labeledCounter(registry, 'sluice_metrics_rejected_total', 'Metrics rejected, by reason.', 'reason', () => ledger.rejected);
  counter(registry, 'sluice_metrics_aggregated_total', 'Accepted metrics that are in a published window.', () => ledger.aggregated());
  labeledCounter(registry, 'sluice_metrics_lost_total', 'Accepted metrics lost before publication, by reason.', 'reason', () => ledger.lost);
  labeledCounter(registry, 'sluice_batches_refused_total', 'Whole batches refused before decoding their metrics, by reason.', 'reason', () => ledger.batchesRefused);
  counter(registry, 'sluice_batches_accepted_total', 'Batches committed to the shard rings.', () => ledger.batchesAccepted);
  labeledCounter(registry, 'sluice_actor_restarts_total', 'Actor restarts after a crash, by actor.', 'actor', () => ledger.actorRestarts);
  labeledCounter(registry, 'sluice_ring_full_total', 'Batches that found a shard ring full and had to wait, by shard.', 'shard', () => ledger.ringFull);
  new Gauge({
    name: 'sluice_ledger_unbalanced', help: 'received - accepted - Σrejected (kind="received") and accepted - aggregated - Σlost (kind="accepted"); both 0 when idle.',
    labelNames: ['kind'], registers: [registry],
    collect() {
      const { receivedGap, acceptedGap } = ledger.balance();
      this.set({ kind: 'received' }, receivedGap);
      this.set({ kind: 'accepted' }, acceptedGap);
    },
  });
  for (const set of sources.sets) {
    for (const [name, [help, read]] of Object.entries(set.gauges ?? {})) {
      new Gauge({ name, help, registers: [registry], collect() { this.set(read()); } });
    }
    for (const [name, [help, read]] of Object.entries(set.counters ?? {})) counter(registry, name, help, read);
    for (const [name, [help, label, read]] of Object.entries(set.labeled ?? {})) labeledCounter(registry, name, help, label, read);
    for (const [name, [help, read]] of Object.entries(set.perShard ?? {})) {
      new Gauge({ name, help, labelNames: ['shard'], registers: [registry], collect() { read().forEach((v, i) => this.set({ shard: String(i) }, v)); } });
    }
    for (const [name, [help, label, read]] of Object.entries(set.info ?? {})) {
      new Gauge({ name, help, labelNames: [label], registers: [registry], collect() { this.reset(); this.set({ [label]: read() }, 1); } });
    }
    for (const h of set.histograms ?? []) registry.registerMetric(h);
  }
  return registry;
}
