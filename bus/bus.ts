/**
 * The bus between the broadcaster (which publishes closed windows) and the
 * SSE gateways (which subscribe to the topics their clients watch). Two
 * implementations: in-process (no Redis) and Redis Pub/Sub.
 */
export type BusHandler = (payload: Uint8Array) => void;

export type BusReadiness = { ready: true } | { ready: false; reason: string };

export interface Bus {
  /** 'memory' or 'redis', for logs and /metrics. */
  readonly kind: 'memory' | 'redis';
  start(): Promise<void>;
  /** Publishes one topic's window at one resolution (a TOPIC_WINDOW payload). */
  publishWindow(resolution: number, topic: string, payload: Uint8Array): void;
  /** Publishes a TICK: every TOPIC_WINDOW of that window has been published. */
  publishTick(payload: Uint8Array): void;
  /** Records a topic in the directory and tells every `onTopic` listener. */
  announceTopic(topic: string): void;
  /** All topics ever announced (the directory). */
  knownTopics(): Promise<string[]>;
  /** Subscribes to one topic at one resolution; one handler per channel. */
  subscribe(resolution: number, topic: string, handler: BusHandler): void;
  unsubscribe(resolution: number, topic: string): void;
  onTick(handler: BusHandler): void;
  onTopic(handler: (topic: string) => void): void;
  readiness(): BusReadiness;
  /** Resolves once everything published before the call reached this process's subscribers. */
  barrier(timeoutMs?: number): Promise<boolean>;
  close(): Promise<void>;
}

export function windowChannel(prefix: string, resolution: number, topic: string): string {
  return `${prefix}w:${resolution}:${topic}`;
}
