/**
 * The SSE gateway: an HTTP/1.1 server (uWebSockets.js or node:http, behind
 * the seam of ./http-engine.ts) that streams closed
 * windows to dashboards, plus the small HTTP endpoints (/healthz, /readyz,
 * /metrics, /v1/series) and, when given, the dashboard page.
 *
 * Connections asking for the same thing (same resolution, globs and label
 * filters) form one group; a group's frame for a window is encoded once and
 * written to all its clients. The gateway subscribes on the bus only to the
 * topics some group matches (reference-counted); `WindowAssembly` gathers
 * the nodes' shares of each window, and the gateway delivers one `window`
 * event per client.
 *
 * Missed windows are never silent. A client resuming with Last-Event-ID is
 * replayed what it missed from the bus history; a window the history no
 * longer has becomes a `gap` event. Ticks come for every window, so a
 * gateway that lost its subscription for a while sees the jump (or is told
 * by the bus) and replays the missed windows to its groups the same way.
 */
import type { Bus, NodeInfo } from '../bus/bus.js';
import { BackfillError, parseBackfill } from './backfill.js';
import { gapFrame, windowFrame } from './frames.js';
import { HistoryReader } from './history-reader.js';
import type { HttpEngine, HttpRequest, HttpResponse, HttpRouter } from './http-engine.js';
import { SseClient, type SseClientStats } from './sse-client.js';
import { compileGlobs } from './glob-match.js';
import { answerFailure, guard, markStreaming, settle } from './guarded.js';
import { parseLastEventId } from './last-event-id.js';
import { readQuery } from './request-limits.js';
import { FilterError, parseStreamFilter, type StreamFilter } from './stream-filter.js';
import { WindowAssembly, type OwedParts } from './window-assembly.js';
import { mergeByTopic, type TopicWindow, type WindowPart } from './window-json.js';

export interface GatewayOptions {
  host: string;
  port: number;
  bus: Bus;
  /** Whether /v1/stream and /v1/series are served (false for an ingest-only node). */
  streams: boolean;
  /** Resolutions offered, ms ascending; the first is the default. */
  resolutions: readonly number[];
  heartbeatMs: number;
  retryMs: number;
  clientQueueBytes: number;
  clientStallMs: number;
  /** A window waits at most this long for an ingest node's share, then goes out with a gap for it. */
  nodeTimeoutMs: number;
  maxClients: number;
  maxClientsPerAddress: number;
  /** Accepted dashboard tokens; empty = no check. */
  tokens: ReadonlySet<string>;
  /** Origins allowed cross-origin (`*` = any); empty = none. */
  corsOrigins: ReadonlySet<string>;
  /** True once every port listens (for /healthz). */
  healthy: () => boolean;
  /** Extra readiness condition (e.g. the ingest is not refusing batches). */
  ready?: () => { ready: true } | { ready: false; reason: string };
  /** Prometheus text for /metrics. */
  metricsText: () => Promise<string>;
  /** Extra GET routes (the dashboard page and its assets). */
  routes?: (app: HttpRouter) => void;
  /** The HTTP server (uWS or node:http, HTTP or HTTPS; see ./engines/open-http-engine.ts); the gateway owns it from here. */
  engine: HttpEngine;
  /**
   * Each live window delivered: how long it waited for the ingest nodes
   * (first part seen → complete or overdue) and how long merging, encoding
   * and writing it took, in seconds.
   */
  onDelivered?: (waitSeconds: number, deliverSeconds: number) => void;
}

export interface GatewayStats extends SseClientStats {
  connected: number;
  framesEncoded: number;
  replays: number;
  /** Connections sent the recent past first (`backfill=`). */
  backfills: number;
  /** Parts of windows already delivered without them (told as `late_part` gaps). */
  lateParts: number;
  disconnects: Map<string, number>;
  refused: Map<string, number>;
  /** Handlers (or their continuations) that threw: answered 500 or closed, never the process. */
  handlerErrors: number;
}

class Group {
  readonly filter: StreamFilter;
  readonly clients = new Set<SseClient>();
  readonly topics = new Set<string>();
  /** Start of the last window delivered to this group. */
  lastStart: number;
  /** `start|node` of the last late-part gap sent (one per window and node, however many topics). */
  lastLateGap = '';
  constructor(filter: StreamFilter, lastStart: number) {
    this.filter = filter;
    this.lastStart = lastStart;
  }
}

export class SseGateway {
  readonly stats: GatewayStats = {
    connected: 0, framesEncoded: 0, replays: 0, backfills: 0, conflations: 0, gaps: 0, windowsWritten: 0, lateParts: 0,
    disconnects: new Map(), refused: new Map(), handlerErrors: 0,
  };
  readonly history: HistoryReader;
  readonly #options: GatewayOptions;
  readonly #app: HttpEngine;
  readonly #groups = new Map<string, Group>();
  readonly #clientGroup = new Map<SseClient, Group>();
  readonly #perAddress = new Map<string, number>();
  /** Topics known to exist (directory from the bus). */
  readonly #topics = new Set<string>();
  /** `${resolution}|${topic}` → number of groups needing it. */
  readonly #topicRefs = new Map<string, number>();
  readonly #assembly: WindowAssembly;
  #settler: NodeJS.Timeout | null = null;
  #listening = false;
  #closing: Promise<void> | null = null;
  #heartbeat: NodeJS.Timeout | null = null;
  readonly #onTopicWindow = (payload: Uint8Array): void => { this.#assembly.topicWindow(payload); this.#armSettler(); };

  constructor(options: GatewayOptions) {
    this.#options = options;
    this.history = new HistoryReader(options.bus);
    this.#assembly = new WindowAssembly(options.bus, options.nodeTimeoutMs, {
      deliver: (resolution, start, parts, silent) => this.#deliver(resolution, start, parts, silent),
      missed: (resolution, owed) => this.#catchUpAll(resolution, owed),
      late: (resolution, start, topic, node) => this.#latePart(resolution, start, topic, node),
      delivered: options.onDelivered,
    });
    this.#app = options.engine;
    this.#routes();
  }

  /** Starts listening; resolves with the bound port. */
  async start(): Promise<number> {
    const bus = this.#options.bus;
    if (this.#options.streams) {
      bus.onTopic((topic) => this.#addTopic(topic));
      bus.onTick((payload) => { this.#assembly.tick(payload); this.#armSettler(); });
      bus.onResubscribed(() => this.#catchUpAll());
      for (const topic of await bus.knownTopics()) this.#addTopic(topic);
    }
    const port = await this.#app.listen(this.#options.host, this.#options.port);
    this.#listening = true;
    const every = Math.max(10, Math.min(1000, Math.floor(this.#options.heartbeatMs / 3)));
    this.#heartbeat = setInterval(() => this.#beat(), every);
    this.#heartbeat.unref();
    return port;
  }

  /** Stops listening and ends every SSE response (clients will reconnect); idempotent, safe before start(). */
  close(): Promise<void> {
    this.#closing ??= this.#close();
    return this.#closing;
  }

  async #close(): Promise<void> {
    this.#listening = false;
    if (this.#heartbeat !== null) clearInterval(this.#heartbeat);
    if (this.#settler !== null) clearTimeout(this.#settler);
    // Deliver what is pending (a stopping node has published its last windows).
    for (const resolution of this.#options.resolutions) this.#assembly.settle(resolution, Number.POSITIVE_INFINITY);
    await this.#app.close();
    for (const client of [...this.#clientGroup.keys()]) {
      client.sendControl(': server stopping, reconnect\n\n');
      client.end();
      this.#remove(client, 'shutdown');
    }
  }

  /**
   * Windows waiting for a node that stopped answering go out when it is
   * overdue: checked every 100 ms while a window waits, with no timer while
   * none does (an idle gateway, or one whose windows complete on their tick).
   */
  #armSettler(): void {
    if (this.#assembly.waiting === 0) {
      if (this.#settler !== null) { clearTimeout(this.#settler); this.#settler = null; }
      return;
    }
    if (this.#settler !== null || !this.#listening) return;
    this.#settler = setTimeout(() => {
      this.#settler = null;
      for (const resolution of this.#options.resolutions) this.#assembly.settle(resolution);
      this.#armSettler();
    }, 100);
    this.#settler.unref();
  }

  get clients(): number {
    return this.#clientGroup.size;
  }

  get groups(): number {
    return this.#groups.size;
  }

  /** The largest queue any client has right now (bytes not yet taken by the engine). */
  maxClientQueueBytes(): number {
    let max = 0;
    for (const client of this.#clientGroup.keys()) max = Math.max(max, client.queuedBytes);
    return max;
  }

  /** Topics this gateway is subscribed to, as `resolution|topic`. */
  get subscriptions(): string[] {
    return [...this.#topicRefs.keys()];
  }

  /** Which HTTP engine serves (`uws` or `node`). */
  get engine(): HttpEngine['name'] {
    return this.#app.name;
  }

  // ----------------------------------------------------------------- routes

  #routes(): void {
    const app = guardedRouter(this.#app, this.#failed);
    const options = this.#options;
    if (options.streams) {
      app.get('/v1/stream', (res, req) => this.#openStream(res, req));
      app.get('/v1/series', (res, req) => this.#series(res, req));
    }
    app.options('/*', (res, req) => {
      const origin = req.getHeader('origin');
      res.cork(() => {
        res.writeStatus(this.#originAllowed(origin) ? '204 No Content' : '403 Forbidden');
        this.#cors(res, origin);
        res.writeHeader('Access-Control-Allow-Headers', 'Authorization, Last-Event-ID, Cache-Control');
        res.writeHeader('Access-Control-Allow-Methods', 'GET, OPTIONS');
        res.end();
      });
    });
    app.get('/healthz', (res) => {
      const ok = options.healthy();
      json(res, ok ? '200 OK' : '503 Service Unavailable', ok ? { status: 'ok' } : { status: 'starting' });
    });
    app.get('/readyz', (res) => {
      const bus = options.bus.readiness();
      const extra = options.ready?.() ?? { ready: true };
      const engine = this.#app.name;
      if (!options.healthy()) json(res, '503 Service Unavailable', { status: 'not_ready', reason: 'starting', engine });
      else if (!bus.ready) json(res, '503 Service Unavailable', { status: 'not_ready', reason: bus.reason, engine });
      else if (!extra.ready) json(res, '503 Service Unavailable', { status: 'not_ready', reason: extra.reason, engine });
      else json(res, '200 OK', { status: 'ready', engine });
    });
    app.get('/metrics', (res) => {
      let aborted = false;
      res.onAborted(() => { aborted = true; });
      settle(options.metricsText().then((text) => {
        if (aborted) return;
        res.cork(() => res.writeStatus('200 OK').writeHeader('Content-Type', 'text/plain; version=0.0.4; charset=utf-8').end(text));
      }, (error: Error) => {
        if (!aborted) res.cork(() => json(res, '500 Internal Server Error', { error: 'internal', message: error.message }));
      }), (error) => this.#failed(error, res));
    });
    options.routes?.(app);
    app.any('/*', (res) => json(res, '404 Not Found', { error: 'not_found' }));
  }

  /** Checks origin and token; answers and returns false when the request must stop. */
  #admit(res: HttpResponse, req: HttpRequest, params: URLSearchParams): boolean {
    const origin = req.getHeader('origin');
    if (origin !== '' && !this.#originAllowed(origin)) {
      this.#refuse('origin');
      json(res, '403 Forbidden', { error: 'origin_not_allowed', message: `origin ${origin} is not in SLUICE_CORS_ORIGINS` });
      return false;
    }
    const tokens = this.#options.tokens;
    if (tokens.size > 0) {
      const header = req.getHeader('authorization');
      const token = header.startsWith('Bearer ') ? header.slice(7) : params.get('token') ?? '';
      if (!tokens.has(token)) {
        this.#refuse('unauthorized');
        json(res, '401 Unauthorized', { error: 'unauthorized', message: 'missing or wrong dashboard token (Authorization: Bearer <token>, or ?token=)' }, (r) => this.#cors(r, origin));
        return false;
      }
    }
    return true;
  }

  #openStream(res: HttpResponse, req: HttpRequest): void {
    const origin = req.getHeader('origin');
    const params = this.#query(res, req, origin);
    if (params === null || !this.#admit(res, req, params)) return;
    let filter: StreamFilter;
    try {
      filter = parseStreamFilter(params, this.#options.resolutions);
    } catch (error) {
      if (!(error instanceof FilterError)) throw error;
      this.#refuse('bad_filter');
      return json(res, '400 Bad Request', { error: 'bad_filter', message: error.message }, (r) => this.#cors(r, origin));
    }
    let backfill: number;
    try {
      backfill = parseBackfill(params.get('backfill'), filter.resolution);
    } catch (error) {
      if (!(error instanceof BackfillError)) throw error;
      this.#refuse('bad_backfill');
      return json(res, '400 Bad Request', { error: 'bad_backfill', message: error.message }, (r) => this.#cors(r, origin));
    }
    const address = res.remoteAddress;
    if (this.#clientGroup.size >= this.#options.maxClients) {
      this.#refuse('too_many_clients');
      return json(res, '429 Too Many Requests', { error: 'too_many_clients', message: `at most ${this.#options.maxClients} connections` }, (r) => this.#cors(r, origin));
    }
    if ((this.#perAddress.get(address) ?? 0) >= this.#options.maxClientsPerAddress) {
      this.#refuse('too_many_clients_from_address');
      return json(res, '429 Too Many Requests', { error: 'too_many_clients_from_address', message: `at most ${this.#options.maxClientsPerAddress} connections per address` }, (r) => this.#cors(r, origin));
    }
    const lastEventId = parseLastEventId(req.getHeader('last-event-id'), params.get('lastEventId'));
    if (lastEventId.kind === 'bad') {
      this.#refuse('bad_last_event_id');
      return json(res, '400 Bad Request', { error: 'bad_last_event_id', message: lastEventId.message }, (r) => this.#cors(r, origin));
    }

    const client = new SseClient(res, address, this.#options.clientQueueBytes, this.stats);
    res.onAborted(() => {
      client.closed = true;
      this.#remove(client, client.closeReason ?? 'client_closed');
    });
    res.cork(() => {
      res.writeStatus('200 OK')
        .writeHeader('Content-Type', 'text/event-stream')
        .writeHeader('Cache-Control', 'no-cache')
        .writeHeader('X-Accel-Buffering', 'no');
      this.#cors(res, origin);
    });
    markStreaming(res);
    client.sendControl(`retry: ${this.#options.retryMs}\n: sluice\n\n`);
    const group = this.#join(client, filter);
    if (lastEventId.kind === 'resume') this.#resume(client, group, lastEventId.after);
    else if (backfill > 0) this.#backfill(client, group, backfill);
  }

  /** GET /v1/series?match=…: series of the matching topics in their latest finest window. */
  #series(res: HttpResponse, req: HttpRequest): void {
    const origin = req.getHeader('origin');
    const params = this.#query(res, req, origin);
    if (params === null || !this.#admit(res, req, params)) return;
    const matches = compileGlobs(params.getAll('match'));
    const topics = [...this.#topics].filter(matches).sort().slice(0, 1000);
    const resolution = this.#options.resolutions[0]!;
    let aborted = false;
    res.onAborted(() => { aborted = true; });
    const epoch = this.#assembly.lastDelivered(resolution);
    settle(Promise.all(topics.map((topic) => this.history.read(resolution, topic, Number.NEGATIVE_INFINITY, epoch))).then((histories) => {
      if (aborted) return;
      const series: Array<{ name: string; labels: Record<string, string>; kind: string }> = [];
      histories.forEach((history, i) => {
        const latest = history.windows.at(-1);
        if (latest === undefined) return series.push({ name: topics[i]!, labels: {}, kind: 'unknown' });
        for (const parsed of JSON.parse(`[${latest.series().json.toString()}]`) as Array<{ name: string; labels: Record<string, string>; kind: string }>) {
          series.push({ name: parsed.name, labels: parsed.labels, kind: parsed.kind });
        }
      });
      res.cork(() => json(res, '200 OK', { topics, series }, (r) => this.#cors(r, origin)));
    }, (error: Error) => {
      if (!aborted) res.cork(() => json(res, '503 Service Unavailable', { error: 'history_unavailable', message: error.message }, (r) => this.#cors(r, origin)));
    }), (error) => { if (!aborted) this.#failed(error, res); else this.#failed(error); });
  }

  /** The query's parameters, or null once a request over a cap is answered (request-limits.ts). */
  #query(res: HttpResponse, req: HttpRequest, origin: string): URLSearchParams | null {
    const query = readQuery(req.getUrl(), req.getQuery() ?? '');
    if (query.refusal === undefined) return query.params;
    this.#refuse(query.refusal.error);
    json(res, query.refusal.status, { error: query.refusal.error, message: query.refusal.message }, (r) => this.#cors(r, origin));
    return null;
  }

  /** A handler or its continuation threw: counted, and its request answered 500 or closed (never the process). */
  readonly #failed = (_error: unknown, res?: HttpResponse): void => {
    this.stats.handlerErrors++;
    if (res !== undefined) answerFailure(res);
  };

  #originAllowed(origin: string): boolean {
    const allowed = this.#options.corsOrigins;
    return allowed.has('*') || allowed.has(origin);
  }

  #cors(res: HttpResponse, origin: string): void {
    if (origin !== '' && this.#originAllowed(origin)) {
      res.writeHeader('Access-Control-Allow-Origin', origin);
      res.writeHeader('Vary', 'Origin');
    }
  }

  #refuse(reason: string): void {
    this.stats.refused.set(reason, (this.stats.refused.get(reason) ?? 0) + 1);
  }

  // ------------------------------------------------------------ membership

  #join(client: SseClient, filter: StreamFilter): Group {
    let group = this.#groups.get(filter.key);
    if (group === undefined) {
      group = new Group(filter, this.#assembly.lastDelivered(filter.resolution));
      this.#groups.set(filter.key, group);
      for (const topic of this.#topics) if (filter.matchesTopic(topic)) this.#groupTopic(group, topic);
    }
    group.clients.add(client);
    this.#clientGroup.set(client, group);
    this.#perAddress.set(client.address, (this.#perAddress.get(client.address) ?? 0) + 1);
    this.stats.connected++;
    return group;
  }

  #remove(client: SseClient, reason: string): void {
    const group = this.#clientGroup.get(client);
    if (group === undefined) return;
    this.#clientGroup.delete(client);
    this.stats.disconnects.set(reason, (this.stats.disconnects.get(reason) ?? 0) + 1);
    const left = (this.#perAddress.get(client.address) ?? 1) - 1;
    if (left > 0) this.#perAddress.set(client.address, left);
    else this.#perAddress.delete(client.address);
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
    const resolution = group.filter.resolution;
    const key = `${resolution}|${topic}`;
    const refs = this.#topicRefs.get(key) ?? 0;
    this.#topicRefs.set(key, refs + 1);
    if (refs > 0) return;
    this.#assembly.subscribed(resolution, topic);
    this.#options.bus.subscribe(resolution, topic, this.#onTopicWindow);
  }

  #unref(resolution: number, topic: string): void {
    const key = `${resolution}|${topic}`;
    const refs = (this.#topicRefs.get(key) ?? 1) - 1;
    if (refs > 0) return void this.#topicRefs.set(key, refs);
    this.#topicRefs.delete(key);
    this.#assembly.unsubscribed(resolution, topic);
    this.#options.bus.unsubscribe(resolution, topic);
  }

  // ---------------------------------------------------------------- replay

  /**
   * The windows after `after` for `group`, from the bus history, as frames,
   * and the gap (if the history no longer reaches back to `after`).
   */
  async #replayFrames(group: Group, after: number): Promise<{ frames: Array<{ start: number; frame: Buffer }>; gap: { from: number; to: number } | null; present: Set<string> }> {
    const resolution = group.filter.resolution;
    const epoch = this.#assembly.lastDelivered(resolution);
    const histories = await Promise.all([...group.topics].map((topic) => this.history.read(resolution, topic, after, epoch)));
    const byStart = new Map<number, TopicWindow[]>();
    /** `${start}|${topic}|${node}` of every part the history holds. */
    const present = new Set<string>();
    let horizon = Number.NEGATIVE_INFINITY;
    for (const history of histories) {
      horizon = Math.max(horizon, history.horizon);
      for (const window of history.windows) {
        present.add(`${window.start}|${window.topic}|${window.node}`);
        const list = byStart.get(window.start);
        if (list === undefined) byStart.set(window.start, [window]);
        else list.push(window);
      }
    }
    const frames: Array<{ start: number; frame: Buffer }> = [];
    for (const start of [...byStart.keys()].sort((a, b) => a - b)) {
      const frame = windowFrame(group.filter, group.topics, resolution, start, mergeByTopic(byStart.get(start)!));
      if (frame !== null) frames.push({ start, frame });
    }
    const from = after + resolution;
    const gap = Number.isFinite(horizon) && from < horizon ? { from, to: horizon } : null;
    return { frames, gap, present };
  }

  /**
   * Replays to one client what it missed since `after` (its Last-Event-ID).
   * A backfill (`expiredIsGap` false) asked for windows it never had: the
   * part the history no longer holds was not missed, so it is no gap.
   */
  #resume(client: SseClient, group: Group, after: number, expiredIsGap = true): void {
    if (expiredIsGap) this.stats.replays++;
    client.beginReplay();
    this.#replayFrames(group, after).then(({ frames, gap }) => {
      if (gap !== null && expiredIsGap) { client.sendControl(gapFrame(gap.from, gap.to, 'history_expired')); this.stats.gaps++; }
      for (const { start, frame } of frames) client.sendWindow(frame, start);
    }, () => {
      client.sendControl(gapFrame(after + group.filter.resolution, Date.now(), 'bus_unavailable'));
      this.stats.gaps++;
    }).finally(() => client.endReplay()).catch((error: unknown) => this.#failed(error));
  }

  /**
   * Sends a new client the last `windows` windows before the live ones,
   * through the resume path: same shared history reads, live windows held
   * back meanwhile and sent after, each window once, in order.
   */
  #backfill(client: SseClient, group: Group, windows: number): void {
    this.stats.backfills++;
    const resolution = group.filter.resolution;
    const newest = this.#assembly.lastDelivered(resolution);
    // Before any tick, the newest window that can have closed is the one before now's.
    const last = Number.isFinite(newest) ? newest : Math.floor(Date.now() / resolution) * resolution - resolution;
    this.#resume(client, group, last - windows * resolution, false);
  }

  /** `#catchUp` for every group (of `resolution`, if given). */
  #catchUpAll(resolution?: number, owed?: OwedParts): void {
    for (const group of this.#groups.values()) if (resolution === undefined || group.filter.resolution === resolution) this.#catchUp(group, owed);
  }

  /**
   * Replays to a whole group what the gateway missed since its last delivery.
   * `owed`: parts of the window at `start` that nodes named in their ticks
   * but that never came; any the history does not hold either were lost on
   * the way (a publish Redis refused), and the clients are told, per node.
   */
  #catchUp(group: Group, owed?: OwedParts): void {
    // A group that has had no window yet still gets the owed one (its clients were here for it).
    const after = Number.isFinite(group.lastStart) ? group.lastStart : owed !== undefined ? owed.start - group.filter.resolution : Number.NEGATIVE_INFINITY;
    if (!Number.isFinite(after)) return;
    for (const client of group.clients) client.beginReplay();
    this.#replayFrames(group, after).then(({ frames, gap, present }) => {
      const lost = new Set<string>();
      for (const part of owed?.parts ?? []) {
        if (group.topics.has(part.topic) && !present.has(`${owed!.start}|${part.topic}|${part.node.hash}`)) lost.add(part.node.id);
      }
      for (const client of group.clients) {
        if (gap !== null) { client.sendControl(gapFrame(gap.from, gap.to, 'bus_unavailable')); this.stats.gaps++; }
        for (const node of lost) {
          client.sendControl(gapFrame(owed!.start, owed!.start + group.filter.resolution, 'bus_unavailable', node));
          this.stats.gaps++;
        }
        for (const { start, frame } of frames) client.sendWindow(frame, start);
      }
      const newest = frames.at(-1)?.start;
      if (newest !== undefined && newest > group.lastStart) group.lastStart = newest;
    }, () => {
      for (const client of group.clients) client.sendControl(gapFrame(after + group.filter.resolution, Date.now(), 'bus_unavailable'));
      this.stats.gaps += group.clients.size;
    }).finally(() => { for (const client of group.clients) client.endReplay(); }).catch((error: unknown) => this.#failed(error));
  }

  // -------------------------------------------------------------- delivery

  /** One live window to every group of its resolution, after a `node_down` gap per node in `missing`. */
  #deliver(resolution: number, start: number, parts: WindowPart[], missing: readonly NodeInfo[]): void {
    for (const group of this.#groups.values()) {
      if (group.filter.resolution !== resolution) continue;
      group.lastStart = Math.max(group.lastStart, start);
      if (group.clients.size === 0) continue;
      for (const node of missing) {
        const gap = gapFrame(start, start + resolution, 'node_down', node.id);
        for (const client of group.clients) client.sendControl(gap);
        this.stats.gaps += group.clients.size;
      }
      const frame = windowFrame(group.filter, group.topics, resolution, start, parts, missing.length > 0);
      if (frame === null) continue;
      this.stats.framesEncoded++;
      for (const client of group.clients) client.sendWindow(frame, start);
    }
  }

  /**
   * A node's part of a window already delivered without it (see
   * WindowAssembly): the history has it, live clients did not get it; they
   * are told with a `gap` (reason `late_part`), and it is counted.
   */
  #latePart(resolution: number, start: number, topic: string, node: number): void {
    this.stats.lateParts++;
    const id = this.#options.bus.knownNodes().find((n) => n.hash === node)?.id ?? `node-${node.toString(16)}`;
    const key = `${start}|${node}`;
    const gap = gapFrame(start, start + resolution, 'late_part', id);
    for (const group of this.#groups.values()) {
      if (group.filter.resolution !== resolution || !group.topics.has(topic) || group.lastLateGap === key) continue;
      group.lastLateGap = key;
      for (const client of group.clients) client.sendControl(gap);
      this.stats.gaps += group.clients.size;
    }
  }

  #beat(): void {
    const now = Date.now();
    const due = now - this.#options.heartbeatMs;
    for (const client of [...this.#clientGroup.keys()]) {
      if (client.stalled(now, this.#options.clientStallMs)) {
        client.close('slow_consumer');
        this.#remove(client, 'slow_consumer');
      } else if (client.lastWriteAt <= due) {
        client.sendControl(': heartbeat\n\n');
      }
    }
  }
}

function json(res: HttpResponse, status: string, body: unknown, headers?: (res: HttpResponse) => void): void {
  res.writeStatus(status).writeHeader('Content-Type', 'application/json');
  headers?.(res);
  res.end(JSON.stringify(body));
}

/** `router` whose route registrations wrap every handler in `guard` (the gateway's own routes and the `routes` option's). */
function guardedRouter(router: HttpRouter, onError: (error: unknown, res: HttpResponse) => void): HttpRouter {
  return {
    get: (path, handler) => router.get(path, guard(handler, onError)),
    options: (path, handler) => router.options(path, guard(handler, onError)),
    any: (path, handler) => router.any(path, guard(handler, onError)),
  };
}
