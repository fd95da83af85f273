/**
 * What the rest of Sluice (its /metrics, tests) reads of "the gateway",
 * whether it is one SseGateway on the main thread or several gateway
 * threads (./gateway-threads.ts, whose figures are the sum over threads as
 * of their last gathering, except `clients` and `subscriptions`: live).
 */
import type { HttpEngineName } from './http-engine.js';
import type { AdmissionStats } from './http-routes.js';
import type { StreamStats } from './stream-hub.js';

/** The hub's counts (clients, deliveries, gaps, disconnects) and admission's (refusals, handler errors). */
export interface GatewayStats extends StreamStats, AdmissionStats {}

export interface GatewayView {
  readonly stats: GatewayStats;
  readonly clients: number;
  readonly groups: number;
  /** Topics subscribed on the bus, as `resolution|topic`. */
  readonly subscriptions: string[];
  readonly history: { readonly reads: number };
  /** The largest queue any client has (bytes not yet taken by the engine). */
  maxClientQueueBytes(): number;
  readonly engine: HttpEngineName;
  /** Threads serving the HTTP port (1: the main thread). */
  readonly threads: number;
  /** Gateway threads that died (their clients reconnect to the others). */
  readonly threadCrashes: number;
}
