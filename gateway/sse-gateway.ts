/**
 * The SSE gateway: a uWebSockets.js HTTP/1.1 server that streams closed
 * windows to dashboards, plus the small HTTP endpoints (/healthz, /readyz,
 * /metrics).
 *
 * Connections asking for the same thing (same resolution, globs and label
 * filters) form one group; a group's frame for a window is encoded once and
 * written to all its clients. The gateway subscribes on the bus only to the
 * topics some group matches (reference-counted), buffers the TOPIC_WINDOWs
 * of a window until its TICK, then delivers one `window` event per client.
 */
import uWS from 'uWebSockets.js';
import type { Bus } from '../bus/bus.js';
import { kBusTick, kBusTopicWindow, readBusHeader } from '../wire/bus-messages.js';
import { SseClient } from './sse-client.js';
import { FilterError, parseStreamFilter, type StreamFilter } from './stream-filter.js';
import { TopicWindow } from './window-json.js';

export interface GatewayOptions {
  host: string;
  port: number;
  bus: Bus;
  /** Resolutions offered, ms ascending; the first is the default. */
  resolutions: readonly number[];
  /** Idle connections get a comment this often. @default 15000 */
  heartbeatMs: number;
  /** `retry:` sent on connect. @default 2000 */
  retryMs: number;
  /** Per-client queue bound before conflation. */
  clientQueueBytes: number;
  /** True once every port listens (for /healthz). */
  healthy: () => boolean;
  /** Prometheus text for /metrics. */
  metricsText: () => Promise<string>;
}

export interface GatewayStats {
  connected: number;
  windowsDelivered: number;
  framesEncoded: number;
}

class Group {
  readonly filter: StreamFilter;
  readonly clients = new Set<SseClient>();
  readonly topics = new Set<string>();
  constructor(filter: StreamFilter) {
    this.filter = filter;
  }
}

export class SseGateway {
  readonly stats: GatewayStats = { connected: 0, windowsDelivered: 0, framesEncoded: 0 };
  readonly #options: GatewayOptions;
  readonly #app: uWS.TemplatedApp;
  #listenSocket: uWS.us_listen_socket | null = null;
  readonly #groups = new Map<string, Group>();
  readonly #clientGroup = new Map<SseClient, Group>();
  /** Topics known to exist (directory from the bus). */
  readonly #topics = new Set<string>();
  /** `${resolution}|${topic}` → number of groups needing it. */
  readonly #topicRefs = new Map<string, number>();
  /** `${resolution}:${start}` → TOPIC_WINDOWs received for that window. */
  readonly #windows = new Map<string, TopicWindow[]>();
  #heartbeat: NodeJS.Timeout | null = null;
  readonly #onTopicWindow = (payload: Uint8Array): void => this.#topicWindow(payload);

  constructor(options: GatewayOptions) {
    this.#options = options;
    this.#app = uWS.App();
    this.#routes();
  }

  /** Starts listening; resolves with the bound port. */
  async listen(): Promise<number> {
    const bus = this.#options.bus;
    bus.onTopic((topic) => this.#addTopic(topic));
    bus.onTick((payload) => this.#tick(payload));
    for (const topic of await bus.knownTopics()) this.#addTopic(topic);
    const port = await new Promise<number>((resolve, reject) => {
      this.#app.listen(this.#options.host, this.#options.port, (socket) => {
        if (socket === false) return reject(new Error(`cannot listen on http://${this.#options.host}:${this.#options.port}`));
        this.#listenSocket = socket;
        resolve(uWS.us_socket_local_port(socket));
      });
    });
    const every = Math.max(10, Math.floor(this.#options.heartbeatMs / 3));
    this.#heartbeat = setInterval(() => this.#beat(), every);
    this.#heartbeat.unref();
    return port;
  }

  /** Stops listening and ends every SSE response (clients will reconnect). */
  async close(): Promise<void> {
    if (this.#heartbeat !== null) clearInterval(this.#heartbeat);
    if (this.#listenSocket !== null) {
      uWS.us_listen_socket_close(this.#listenSocket);
      this.#listenSocket = null;
    }
    for (const client of [...this.#clientGroup.keys()]) {
      client.sendControl(': server stopping, reconnect\n\n');
      client.end();
      this.#remove(client);
    }
  }

  get clients(): number {
    return this.#clientGroup.size;
  }

  // ----------------------------------------------------------------- routes

  #routes(): void {
    const app = this.#app;
    app.get('/v1/stream', (res, req) => this.#openStream(res, req));
    app.get('/healthz', (res) => {
      const ok = this.#options.healthy();
      json(res, ok ? '200 OK' : '503 Service Unavailable', ok ? { status: 'ok' } : { status: 'starting' });
    });
    app.get('/readyz', (res) => {
      const readiness = this.#options.bus.readiness();
      if (readiness.ready && this.#options.healthy()) json(res, '200 OK', { status: 'ready' });
      else json(res, '503 Service Unavailable', { status: 'not_ready', reason: readiness.ready ? 'starting' : readiness.reason });
    });
    app.get('/metrics', (res) => {
      let aborted = false;
      res.onAborted(() => { aborted = true; });
      this.#options.metricsText().then((text) => {
        if (aborted) return;
        res.cork(() => res.writeStatus('200 OK').writeHeader('Content-Type', 'text/plain; version=0.0.4; charset=utf-8').end(text));
      }, (error: Error) => {
        if (!aborted) res.cork(() => json(res, '500 Internal Server Error', { error: error.message }));
      });
    });
    app.any('/*', (res) => json(res, '404 Not Found', { error: 'not_found' }));
  }

  #openStream(res: uWS.HttpResponse, req: uWS.HttpRequest): void {
    let filter: StreamFilter;
    try {
      filter = parseStreamFilter(new URLSearchParams(req.getQuery() ?? ''), this.#options.resolutions);
    } catch (error) {
      if (!(error instanceof FilterError)) throw error;
      return json(res, '400 Bad Request', { error: 'bad_filter', message: error.message });
    }
    const address = Buffer.from(res.getRemoteAddressAsText()).toString();
    const client = new SseClient(res, address, { maxQueuedBytes: this.#options.clientQueueBytes });
    res.onAborted(() => {
      client.closed = true;
      this.#remove(client);
    });
    res.cork(() => {
      res.writeStatus('200 OK')
        .writeHeader('Content-Type', 'text/event-stream')
        .writeHeader('Cache-Control', 'no-cache')
        .writeHeader('X-Accel-Buffering', 'no');
    });
    client.sendControl(`retry: ${this.#options.retryMs}\n: sluice\n\n`);
    this.#join(client, filter);
  }

  // ------------------------------------------------------------ membership

  #join(client: SseClient, filter: StreamFilter): void {
    let group = this.#groups.get(filter.key);
    if (group === undefined) {
      group = new Group(filter);
      this.#groups.set(filter.key, group);
      for (const topic of this.#topics) if (filter.matchesTopic(topic)) this.#groupTopic(group, topic);
    }
    group.clients.add(client);
    this.#clientGroup.set(client, group);
    this.stats.connected++;
  }

  #remove(client: SseClient): void {
    const group = this.#clientGroup.get(client);
    if (group === undefined) return;
    this.#clientGroup.delete(client);
    group.clients.delete(client);
    if (group.clients.size === 0) {
      this.#groups.delete(group.filter.key);
      for (const topic of group.topics) this.#unref(group.filter.resolution, topic);
    }
  }

  #addTopic(topic: string): void {
    if (this.#topics.has(topic)) return;
    this.#topics.add(topic);
    for (const group of this.#groups.values()) if (group.filter.matchesTopic(topic)) this.#groupTopic(group, topic);
  }

  #groupTopic(group: Group, topic: string): void {
    group.topics.add(topic);
    const key = `${group.filter.resolution}|${topic}`;
    const refs = this.#topicRefs.get(key) ?? 0;
    this.#topicRefs.set(key, refs + 1);
    if (refs === 0) this.#options.bus.subscribe(group.filter.resolution, topic, this.#onTopicWindow);
  }

  #unref(resolution: number, topic: string): void {
    const key = `${resolution}|${topic}`;
    const refs = (this.#topicRefs.get(key) ?? 1) - 1;
    if (refs > 0) return void this.#topicRefs.set(key, refs);
    this.#topicRefs.delete(key);
    this.#options.bus.unsubscribe(resolution, topic);
  }

  // -------------------------------------------------------------- delivery

  #topicWindow(payload: Uint8Array): void {
    const header = readBusHeader(payload);
    if (header === null || header.type !== kBusTopicWindow) return;
    const window = TopicWindow.read(payload);
    const key = `${window.resolution}:${window.start}`;
    const list = this.#windows.get(key);
    if (list === undefined) this.#windows.set(key, [window]);
    else list.push(window);
  }

  #tick(payload: Uint8Array): void {
    const header = readBusHeader(payload);
    if (header === null || header.type !== kBusTick) return;
    const { resolution, start } = header;
    const key = `${resolution}:${start}`;
    const windows = this.#windows.get(key);
    this.#windows.delete(key);
    // Anything older than this window at this resolution will never complete.
    for (const [k, list] of this.#windows) if (list[0]!.resolution === resolution && list[0]!.start < start) this.#windows.delete(k);
    if (windows === undefined) return;
    this.#deliver(resolution, start, windows);
  }

  #deliver(resolution: number, start: number, windows: TopicWindow[]): void {
    for (const group of this.#groups.values()) {
      if (group.filter.resolution !== resolution || group.clients.size === 0) continue;
      const parts: string[] = [];
      const filterLabels = group.filter.labels.size > 0;
      for (const window of windows) {
        if (!group.topics.has(window.topic)) continue;
        for (const entry of window.entries()) {
          if (!filterLabels || group.filter.matchesLabels(entry.labels)) parts.push(entry.json);
        }
      }
      if (parts.length === 0) continue;
      const frame = Buffer.from(`id: ${start}\nevent: window\ndata: {"start":${start},"end":${start + resolution},"resolution_ms":${resolution},"series":[${parts.join(',')}]}\n\n`);
      this.stats.framesEncoded++;
      for (const client of group.clients) client.sendWindow(frame, start);
      this.stats.windowsDelivered += group.clients.size;
    }
  }

  #beat(): void {
    const due = Date.now() - this.#options.heartbeatMs;
    for (const client of this.#clientGroup.keys()) {
      if (client.lastWriteAt <= due) client.sendControl(': heartbeat\n\n');
    }
  }
}

function json(res: uWS.HttpResponse, status: string, body: unknown): void {
  res.writeStatus(status).writeHeader('Content-Type', 'application/json').end(JSON.stringify(body));
}
