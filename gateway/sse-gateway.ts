/**
 * The SSE gateway: an HTTP/1.1 server (uWebSockets.js or node:http, behind
 * the seam of ./http-engine.ts) that streams closed windows to dashboards,
 * plus the small HTTP endpoints and, when given, the dashboard page.
 *
 * A front that wires two parts and owns their lifecycle:
 * - ./http-routes.ts: what every role serves (/healthz, /readyz, /metrics,
 *   the CORS preflight, the 404) and the admission the stream endpoints
 *   share (origin, dashboard token, query caps, refusal counts);
 * - ./stream-hub.ts: the clients in their filter groups, bus subscriptions,
 *   live delivery, replays, heartbeats.
 * The two stream endpoints live here: /v1/stream admits a request, checks
 * its filter and the connection limits and hands the hub a client;
 * /v1/series answers which series the matching topics hold.
 */
import type { Bus } from '../bus/bus.js';
import { BackfillError, parseBackfill } from './backfill.js';
import type { ClientLimits, LimitRefusal } from './client-limits.js';
import type { GatewayStats, GatewayView } from './gateway-view.js';
import type { HistoryReader } from './history-reader.js';
import type { HttpEngine, HttpRequest, HttpResponse, HttpRouter } from './http-engine.js';
import { SseClient } from './sse-client.js';
import { compileGlobs } from './glob-match.js';
import { markStreaming, settle } from './guarded.js';
import { guardedRouter, json, RequestAdmission, serveRoleRoutes, type ReadyAnswer } from './http-routes.js';
import { parseLastEventId } from './last-event-id.js';
import { FilterError, parseStreamFilter, type StreamFilter } from './stream-filter.js';
import { StreamHub, type StreamStart } from './stream-hub.js';

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
  /**
   * A gateway thread among several (gateway/gateway-thread.ts): listen on a
   * shared port, admit clients against the process-wide counts, and answer
   * /readyz as the main thread says.
   */
  thread?: { limits: ClientLimits; readyz: () => Promise<ReadyAnswer> };
}

export type { GatewayStats };

export class SseGateway implements GatewayView {
  readonly stats: GatewayStats = {
    connected: 0, framesEncoded: 0, replays: 0, backfills: 0, conflations: 0, gaps: 0, windowsWritten: 0, lateParts: 0,
    disconnects: new Map(), refused: new Map(), handlerErrors: 0,
  };
  readonly #options: GatewayOptions;
  readonly #app: HttpEngine;
  readonly #admission: RequestAdmission;
  readonly #hub: StreamHub;
  #closing: Promise<void> | null = null;

  constructor(options: GatewayOptions) {
    this.#options = options;
    this.#admission = new RequestAdmission({ tokens: options.tokens, corsOrigins: options.corsOrigins }, this.stats);
    this.#hub = new StreamHub({
      bus: options.bus, resolutions: options.resolutions, heartbeatMs: options.heartbeatMs, clientStallMs: options.clientStallMs,
      nodeTimeoutMs: options.nodeTimeoutMs, onDelivered: options.onDelivered, onError: this.#admission.failed,
      onRemoved: options.thread === undefined ? undefined : (client) => options.thread!.limits.left(client.address),
    }, this.stats);
    this.#app = options.engine;
    this.#routes();
  }

  /** Starts listening; resolves with the bound port. */
  async start(): Promise<number> {
    if (this.#options.streams) await this.#hub.followBus();
    const port = await this.#app.listen(this.#options.host, this.#options.port, this.#options.thread !== undefined);
    this.#hub.startTimers();
    return port;
  }

  /** Drops every connection at once, after `close` (./gateway-thread.ts, before its thread exits). */
  dropAll(): void {
    this.#app.dropAll();
  }

  /** Stops listening and ends every SSE response (clients will reconnect); idempotent, safe before start(). */
  close(): Promise<void> {
    this.#closing ??= this.#close();
    return this.#closing;
  }

  async #close(): Promise<void> {
    this.#hub.stopTimers(); // and delivers the windows still waiting
    await this.#app.close();
    this.#hub.endAll();
  }

  /** A gateway thread's ticks come again after a pause (StreamHub.resumeTicks). */
  resumeTicks(floors: ReadonlyArray<readonly [number, number]>, recent: ReadonlyArray<readonly [number, number, number]>): void {
    this.#hub.resumeTicks(floors, recent);
  }

  /** History reads from the bus (shared between clients asking the same). */
  get history(): HistoryReader {
    return this.#hub.history;
  }

  get clients(): number {
    return this.#hub.clients;
  }

  get groups(): number {
    return this.#hub.groups;
  }

  /** The largest queue any client has right now (bytes not yet taken by the engine). */
  maxClientQueueBytes(): number {
    return this.#hub.maxClientQueueBytes();
  }

  /** Topics this gateway is subscribed to, as `resolution|topic`. */
  get subscriptions(): string[] {
    return this.#hub.subscriptions;
  }

  /** Which HTTP engine serves (`uws` or `node`). */
  get engine(): HttpEngine['name'] {
    return this.#app.name;
  }

  /** One: this gateway serves on the thread it runs on. */
  get threads(): number {
    return 1;
  }

  get threadCrashes(): number {
    return 0;
  }

  // ----------------------------------------------------------------- routes

  #routes(): void {
    const app = guardedRouter(this.#app, this.#admission.failed);
    if (this.#options.streams) {
      app.get('/v1/stream', (res, req) => this.#openStream(res, req));
      app.get('/v1/series', (res, req) => this.#series(res, req));
    }
    const { bus, healthy, ready, metricsText, routes, thread } = this.#options;
    serveRoleRoutes(app, this.#admission, { bus, healthy, ready, metricsText, routes, engine: this.#app.name, readyz: thread?.readyz });
  }

  #openStream(res: HttpResponse, req: HttpRequest): void {
    const admission = this.#admission;
    const origin = req.getHeader('origin');
    const cors = (r: HttpResponse): void => admission.cors(r, origin);
    const params = admission.query(res, req, origin);
    if (params === null || !admission.admit(res, req, params)) return;
    let filter: StreamFilter;
    try {
      filter = parseStreamFilter(params, this.#options.resolutions);
    } catch (error) {
      if (!(error instanceof FilterError)) throw error;
      admission.refuse('bad_filter');
      return json(res, '400 Bad Request', { error: 'bad_filter', message: error.message }, cors);
    }
    let backfill: number;
    try {
      backfill = parseBackfill(params.get('backfill'), filter.resolution);
    } catch (error) {
      if (!(error instanceof BackfillError)) throw error;
      admission.refuse('bad_backfill');
      return json(res, '400 Bad Request', { error: 'bad_backfill', message: error.message }, cors);
    }
    const lastEventId = parseLastEventId(req.getHeader('last-event-id'), params.get('lastEventId'));
    if (lastEventId.kind === 'bad') {
      admission.refuse('bad_last_event_id');
      return json(res, '400 Bad Request', { error: 'bad_last_event_id', message: lastEventId.message }, cors);
    }
    const start: StreamStart = lastEventId.kind === 'resume' ? { kind: 'resume', after: lastEventId.after }
      : backfill > 0 ? { kind: 'backfill', windows: backfill } : { kind: 'live' };
    const address = res.remoteAddress;
    const begin = (): void => this.#beginStream(res, origin, address, filter, start);
    const limits = this.#options.thread?.limits;
    if (limits === undefined) {
      const refusal: LimitRefusal | null = this.#hub.clients >= this.#options.maxClients ? 'too_many_clients'
        : this.#hub.clientsFrom(address) >= this.#options.maxClientsPerAddress ? 'too_many_clients_from_address' : null;
      return refusal === null ? begin() : this.#refuseLimit(res, origin, refusal);
    }
    // A gateway thread asks the main thread, which counts every thread's clients.
    let aborted = false;
    res.onAborted(() => { aborted = true; });
    settle(limits.admit(address).then((refusal) => {
      if (aborted) { if (refusal === null) limits.left(address); return; }
      if (refusal !== null) return res.cork(() => this.#refuseLimit(res, origin, refusal));
      res.cork(() => {
        try {
          begin();
        } catch (error) {
          limits.left(address);
          throw error;
        }
      });
    }, (error: unknown) => {
      if (!aborted) this.#admission.failed(error, res);
    }), (error) => this.#admission.failed(error, aborted ? undefined : res));
  }

  #refuseLimit(res: HttpResponse, origin: string, refusal: LimitRefusal): void {
    const cors = (r: HttpResponse): void => this.#admission.cors(r, origin);
    this.#admission.refuse(refusal);
    if (refusal === 'too_many_clients') json(res, '429 Too Many Requests', { error: 'too_many_clients', message: `at most ${this.#options.maxClients} connections` }, cors);
    else json(res, '429 Too Many Requests', { error: 'too_many_clients_from_address', message: `at most ${this.#options.maxClientsPerAddress} connections per address` }, cors);
  }

  /** Past every check (and counted in, on a gateway thread): the stream begins. */
  #beginStream(res: HttpResponse, origin: string, address: string, filter: StreamFilter, start: StreamStart): void {
    const admission = this.#admission;
    const client = new SseClient(res, address, this.#options.clientQueueBytes, this.stats);
    res.onAborted(() => {
      client.closed = true;
      this.#hub.remove(client, client.closeReason ?? 'client_closed');
    });
    res.cork(() => {
      res.writeStatus('200 OK')
        .writeHeader('Content-Type', 'text/event-stream')
        .writeHeader('Cache-Control', 'no-cache')
        .writeHeader('X-Accel-Buffering', 'no');
      admission.cors(res, origin);
    });
    markStreaming(res);
    client.sendControl(`retry: ${this.#options.retryMs}\n: sluice\n\n`);
    this.#hub.add(client, filter, start);
  }

  /** GET /v1/series?match=…: series of the matching topics in their latest finest window. */
  #series(res: HttpResponse, req: HttpRequest): void {
    const admission = this.#admission;
    const origin = req.getHeader('origin');
    const params = admission.query(res, req, origin);
    if (params === null || !admission.admit(res, req, params)) return;
    const matches = compileGlobs(params.getAll('match'));
    const topics = this.#hub.topicsMatching(matches).sort().slice(0, 1000);
    const resolution = this.#options.resolutions[0]!;
    let aborted = false;
    res.onAborted(() => { aborted = true; });
    const epoch = this.#hub.lastDelivered(resolution);
    settle(Promise.all(topics.map((topic) => this.#hub.history.read(resolution, topic, Number.NEGATIVE_INFINITY, epoch))).then((histories) => {
      if (aborted) return;
      const series: Array<{ name: string; labels: Record<string, string>; kind: string }> = [];
      histories.forEach((history, i) => {
        const latest = history.windows.at(-1);
        if (latest === undefined) return series.push({ name: topics[i]!, labels: {}, kind: 'unknown' });
        for (const parsed of JSON.parse(`[${latest.series().json.toString()}]`) as Array<{ name: string; labels: Record<string, string>; kind: string }>) {
          series.push({ name: parsed.name, labels: parsed.labels, kind: parsed.kind });
        }
      });
      res.cork(() => json(res, '200 OK', { topics, series }, (r) => admission.cors(r, origin)));
    }, (error: Error) => {
      if (!aborted) res.cork(() => json(res, '503 Service Unavailable', { error: 'history_unavailable', message: error.message }, (r) => admission.cors(r, origin)));
    }), (error) => { if (!aborted) admission.failed(error, res); else admission.failed(error); });
  }
}
