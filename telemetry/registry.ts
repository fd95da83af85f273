/**
 * Sluice's own metrics in Prometheus text format (prom-client). Counters are
 * kept as plain numbers by their owners (updated per batch or per window,
 * not per metric) and copied into prom-client when /metrics is scraped.
 */
import { Counter, Gauge, Registry, collectDefaultMetrics } from 'prom-client';
import { Ledger, type Counts } from './ledger.js';

export interface RegistrySources {
  ledger: Ledger;
  /** Extra gauges read at scrape time: name → [help, read]. */
  gauges?: Record<string, [string, () => number]>;
  /** Extra counters read at scrape time: name → [help, read]. */
  counters?: Record<string, [string, () => number]>;
  /** Counters with one label: name → [help, label, read]. */
  labeled?: Record<string, [string, string, () => Counts]>;
  /** Info gauges: 1 for the one label value read, e.g. `sluice_http_engine{engine="uws"} 1`: name → [help, label, read]. */
  info?: Record<string, [string, string, () => string]>;
  /** Gauges with one value per shard: name → [help, read]. */
  perShard?: Record<string, [string, () => readonly number[]]>;
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

export function createRegistry(sources: RegistrySources): Registry {
  const registry = new Registry();
  const { ledger } = sources;
  collectDefaultMetrics({ register: registry, prefix: 'sluice_process_' });
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
  for (const [name, [help, read]] of Object.entries(sources.gauges ?? {})) {
    new Gauge({ name, help, registers: [registry], collect() { this.set(read()); } });
  }
  for (const [name, [help, read]] of Object.entries(sources.counters ?? {})) counter(registry, name, help, read);
  for (const [name, [help, label, read]] of Object.entries(sources.labeled ?? {})) labeledCounter(registry, name, help, label, read);
  for (const [name, [help, label, read]] of Object.entries(sources.info ?? {})) {
    new Gauge({ name, help, labelNames: [label], registers: [registry], collect() { this.reset(); this.set({ [label]: read() }, 1); } });
  }
  for (const [name, [help, read]] of Object.entries(sources.perShard ?? {})) {
    new Gauge({ name, help, labelNames: ['shard'], registers: [registry], collect() { read().forEach((v, i) => this.set({ shard: String(i) }, v)); } });
  }
  return registry;
}
