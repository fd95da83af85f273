/**
 * The ledger: where every metric that reached Sluice went. Plain counters,
 * updated per batch (not per metric) on the main thread, exposed on /metrics
 * by telemetry/registry.ts. When the system is idle:
 *   received = accepted + Σ rejected     accepted = aggregated + Σ lost
 */
import type { BatchRefusedReason, LedgerRejectedReason, LostReason } from '../catalogue/reasons.js';

export type Counts<K extends string = string> = Map<K, number>;

export class Ledger {
  /** Metrics in batches that were decoded (malformed or oversized batches are refused whole, below). */
  received = 0;
  accepted = 0;
  /** By reason: the PushAck codes, plus `deadline` / `cancelled` / `unavailable` for batches that timed out or were dropped while waiting for ring space. */
  readonly rejected: Counts<LedgerRejectedReason> = new Map();
  /** By reason, e.g. `actor_crash`. */
  readonly lost: Counts<LostReason> = new Map();
  /** Whole batches refused before their metrics were counted, by reason. */
  readonly batchesRefused: Counts<BatchRefusedReason> = new Map();
  batchesAccepted = 0;
  /** Restarts per actor name. */
  readonly actorRestarts: Counts = new Map();
  /** Batches that found a shard's ring full, per shard. */
  readonly ringFull: number[] = [];
  /** Metrics in published finest windows; read from the broadcaster. */
  readonly aggregated: () => number;

  constructor(aggregated: () => number = () => 0) {
    this.aggregated = aggregated;
  }

  static add<K extends string>(counts: Counts<K>, key: NoInfer<K>, n = 1): void {
    counts.set(key, (counts.get(key) ?? 0) + n);
  }

  static total<K extends string>(counts: Counts<K>): number {
    let sum = 0;
    for (const n of counts.values()) sum += n;
    return sum;
  }

  /** The two balances, for tests and the /metrics consistency gauge. */
  balance(): { receivedGap: number; acceptedGap: number } {
    return {
      receivedGap: this.received - this.accepted - Ledger.total(this.rejected),
      acceptedGap: this.accepted - this.aggregated() - Ledger.total(this.lost),
    };
  }
}
