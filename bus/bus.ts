/**
 * The bus between the broadcaster (which publishes closed windows) and the
 * SSE gateways (which subscribe to the topics their clients watch). Two
 * implementations: in-process (no Redis) and Redis Pub/Sub.
 *
 * Both keep a short history of every published window per topic and
 * resolution (Redis: a Stream per topic; in-process: bounded arrays), so a
 * dashboard that reconnects, or a gateway that lost its subscription for a
 * moment, can be sent what it missed.
 */
export type BusHandler = (payload: Uint8Array) => void;

export type BusReadiness = { ready: true } | { ready: false; reason: string };

export interface HistoryEntry {
  start: number;
  payload: Uint8Array;
}

export interface History {
  /** Windows after the asked position, oldest first. */
  entries: HistoryEntry[];
  /** Windows starting before this may have been dropped (age or count cap). */
  horizon: number;
}

/** An ingest node as the bus knows it from its heartbeats. */
export interface NodeInfo {
  id: string;
  /** What bus messages carry: `nodeHash(id, startedAt)`, one per run of the node. */
  hash: number;
  /** When the node started: it publishes every window starting after this. */
  startedAt: number;
  /** Its last heartbeat. */
  lastSeen: number;
}

export interface HistoryLimits {
  /** Windows kept per topic and resolution. */
  maxWindows: number;
  /** Windows older than this are dropped. */
  maxAgeMs: number;
}

export interface Bus {
  /** 'memory' or 'redis', for logs and /metrics. */
  readonly kind: 'memory' | 'redis';
  start(): Promise<void>;
  /** Publishes one topic's window at one resolution (a TOPIC_WINDOW payload) and keeps it in history. */
  publishWindow(resolution: number, topic: string, start: number, payload: Uint8Array): void;
  /** Publishes a TICK: every TOPIC_WINDOW of that window has been published. */
  publishTick(payload: Uint8Array): void;
  /** Records a topic in the directory (fresh as of now) and tells every `onTopic` listener. */
  announceTopic(topic: string): void;
  /**
   * An ingest node's live topics, fresh as of now. The directory forgets a
   * topic nobody announced or refreshed within its TTL; a topic missing from
   * `topics` is announced again when it comes back.
   */
  refreshTopics(topics: readonly string[]): void;
  /** The directory: topics announced or refreshed within its TTL. */
  knownTopics(): Promise<string[]>;
  /** Subscribes to one topic at one resolution; one handler per channel. */
  subscribe(resolution: number, topic: string, handler: BusHandler): void;
  unsubscribe(resolution: number, topic: string): void;
  onTick(handler: BusHandler): void;
  /** New topics in the directory (a listener may hear one more than once). */
  onTopic(handler: (topic: string) => void): void;
  /**
   * Called when this process's subscription came back after a break, or
   * began late (the first connection to a bus that was not reached at
   * start; `first` is true): messages published meanwhile may have been missed.
   */
  onResubscribed(handler: (first: boolean) => void): void;
  /** History of one topic at one resolution: windows starting after `after`, from every node that published them. */
  history(resolution: number, topic: string, after: number): Promise<History>;
  /** An ingest node says it is alive; the bus repeats it (every node timeout / 3) until closed. */
  heartbeat(node: { id: string; startedAt: number }): void;
  /** Ingest nodes heard from within the node timeout, as of the last refresh. */
  liveNodes(): readonly NodeInfo[];
  /** Ingest nodes heard from within the history age (dead ones too), as of the last refresh. */
  knownNodes(): readonly NodeInfo[];
  /**
   * An ingest node stops: it has ticked every window starting before `at`.
   * Its last heartbeat (written on close) then says so: gateways expect it in
   * no later window, while its history stays readable until it ages out.
   */
  leave(at: number): void;
  /** Bytes of publishes waiting for the bus to come back (0 when connected). */
  backlogBytes(): number;
  readiness(): BusReadiness;
  /** Resolves once everything published before the call reached this process's subscribers. */
  barrier(timeoutMs?: number): Promise<boolean>;
  close(): Promise<void>;
}

/**
 * Channel of one topic at one resolution. `{topic}` is a Redis Cluster hash
 * tag: the channel and the topic's history streams live on the same slot.
 */
export function windowChannel(prefix: string, resolution: number, topic: string): string {
  return `${prefix}{${topic}}:w:${resolution}`;
}

/** History stream of one topic, resolution and node (same slot as the channel). */
export function historyKey(prefix: string, resolution: number, topic: string, node: string): string {
  return `${prefix}{${topic}}:h:${resolution}:${node}`;
}

/** The keys and channels that are not per topic (docs/redis.md lists them all; its test builds them here). */
export function fixedKeys(prefix: string, barrierId: string): { tick: string; topics: string; topicDirectory: string; nodes: string; barrier: string } {
  return { tick: `${prefix}{tick}`, topics: `${prefix}{topics}:new`, topicDirectory: `${prefix}{topics}:live`, nodes: `${prefix}{nodes}`, barrier: `${prefix}{barrier}:${barrierId}` };
}
