/**
 * What the main thread and the gateway threads say to each other over a
 * worker's port (gateway/gateway-threads.ts on the main side,
 * gateway/gateway-thread.ts and gateway/relay-bus.ts in each thread). Every
 * message is a plain object (structured clone); window payloads travel as
 * their own ArrayBuffer, transferred.
 */
import type { BusReadiness, History, NodeInfo } from '../bus/bus.js';
import type { HttpEngineName } from './http-engine.js';

/** The settings a gateway thread starts with (its `workerData`). */
export interface GatewayThreadConfig {
  index: number;
  host: string;
  port: number;
  engine: HttpEngineName;
  tls: { cert: string; key: string } | null;
  busKind: 'memory' | 'redis';
  resolutions: number[];
  heartbeatMs: number;
  retryMs: number;
  clientQueueBytes: number;
  clientStallMs: number;
  nodeTimeoutMs: number;
  maxClients: number;
  maxClientsPerAddress: number;
  tokens: string[];
  corsOrigins: string[];
  /** Serve the dashboard page. */
  dashboard: boolean;
  /** The bus's state at start (later ones come with ticks). */
  snapshot: BusSnapshot;
}

/** What the synchronous half of the Bus interface answers in a thread; refreshed by the main side with ticks. */
export interface BusSnapshot {
  live: NodeInfo[];
  known: NodeInfo[];
  readiness: BusReadiness;
  backlogBytes: number;
}

/** A thread's counts, gathered by the main side when /metrics is rendered. */
export interface ThreadStats {
  clients: number;
  groups: number;
  subscriptions: string[];
  maxClientQueueBytes: number;
  historyReads: number;
  counts: Record<string, number>;
  disconnects: Array<[string, number]>;
  refused: Array<[string, number]>;
  /** The windows' timings since the last `stats` or `delivered`: wait, deliver, wait, deliver… (seconds). */
  timings: number[];
}

/** What a thread asks the main thread (answered with a `reply`). */
export type ThreadRequest =
  | { what: 'knownTopics' | 'metrics' | 'ready' | 'barrier' }
  | { what: 'history'; resolution: number; topic: string; after: number }
  | { what: 'admit'; address: string };

/** Thread → main: requests (answered with a `reply` of the same id) and notices. */
export type ThreadToMain =
  | { type: 'listening'; port: number }
  | { type: 'failed'; code: string; message: string }
  | { type: 'subscribe'; resolution: number; topic: string }
  | { type: 'unsubscribe'; resolution: number; topic: string }
  | ({ type: 'request'; id: number } & ThreadRequest)
  | { type: 'left'; address: string }
  /** Timings (as ThreadStats `timings`) that filled the thread's batch before a `stats` took them, or were left at close. */
  | { type: 'delivered'; timings: number[] }
  | { type: 'reply'; id: number; ok: true; value: unknown }
  | { type: 'closed' };

/** Main → thread: bus traffic, replies, and the main side's own requests. */
export type MainToThread =
  | { type: 'window'; resolution: number; topic: string; payload: Uint8Array }
  | { type: 'tick'; payload: Uint8Array; snapshot?: BusSnapshot }
  /**
   * Ticks come again (the thread had no client and was sent none): the bus
   * now, per resolution the window up to which all counts as delivered, and
   * the recent ticks after it as [resolution, start, node], oldest first.
   * Posted before the admission reply of the client that ends the pause.
   */
  | { type: 'resume'; snapshot: BusSnapshot; floors: Array<[number, number]>; recent: Array<[number, number, number]> }
  | { type: 'topic'; topic: string }
  | { type: 'resubscribed'; first: boolean }
  | { type: 'reply'; id: number; ok: true; value: unknown }
  | { type: 'reply'; id: number; ok: false; message: string }
  | { type: 'stats'; id: number }
  | { type: 'close' }
  /** Tests: the thread throws (see GatewayThreads.injectFault). */
  | { type: 'fault' };

export type HistoryReply = History;
