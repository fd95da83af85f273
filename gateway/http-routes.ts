/**
 * What every role serves on its HTTP port, streams or not: /healthz,
 * /readyz, /metrics, the CORS preflight and the 404 catch-all; and the
 * admission the stream endpoints share before they do any work (origin,
 * dashboard token, query caps from ./request-limits.ts), with the JSON
 * answer and the refusal counts (`sluice_sse_refused_total`).
 *
 * Every handler registered through `guardedRouter` is wrapped by the
 * handler guard (./guarded.ts): one that throws is counted and its request
 * answered, never the process.
 */
import type { RequestRefusedReason } from '../catalogue/reasons.js';
import type { Bus } from '../bus/bus.js';
import type { HttpEngine, HttpRequest, HttpResponse, HttpRouter } from './http-engine.js';
import { answerFailure, guard, settle } from './guarded.js';
import { readQuery } from './request-limits.js';

export interface AdmissionOptions {
  /** Accepted dashboard tokens; empty = no check. */
  tokens: ReadonlySet<string>;
  /** Origins allowed cross-origin (`*` = any); empty = none. */
  corsOrigins: ReadonlySet<string>;
}

/** The counts admission and the handler guard keep (part of the gateway's stats). */
export interface AdmissionStats {
  refused: Map<RequestRefusedReason, number>;
  /** Handlers (or their continuations) that threw: answered 500 or closed, never the process. */
  handlerErrors: number;
}

/** Origin and token checks, query caps, CORS headers and the counts of what was refused or failed. */
export class RequestAdmission {
  readonly #options: AdmissionOptions;
  readonly #stats: AdmissionStats;

  constructor(options: AdmissionOptions, stats: AdmissionStats) {
    this.#options = options;
    this.#stats = stats;
  }

  /** The query's parameters, or null once a request over a cap is answered (request-limits.ts). */
  query(res: HttpResponse, req: HttpRequest, origin: string): URLSearchParams | null {
    const query = readQuery(req.getUrl(), req.getQuery() ?? '');
    if (query.refusal === undefined) return query.params;
    this.refuse(query.refusal.error);
    json(res, query.refusal.status, { error: query.refusal.error, message: query.refusal.message }, (r) => this.cors(r, origin));
    return null;
  }

  /** Checks origin and token; answers and returns false when the request must stop. */
  admit(res: HttpResponse, req: HttpRequest, params: URLSearchParams): boolean {
    const origin = req.getHeader('origin');
    if (origin !== '' && !this.originAllowed(origin)) {
      this.refuse('origin_not_allowed');
      json(res, '403 Forbidden', { error: 'origin_not_allowed', message: `origin ${origin} is not in SLUICE_CORS_ORIGINS` });
      return false;
    }
    const tokens = this.#options.tokens;
    if (tokens.size > 0) {
      const header = req.getHeader('authorization');
      const token = header.startsWith('Bearer ') ? header.slice(7) : params.get('token') ?? '';
      if (!tokens.has(token)) {
        this.refuse('unauthorized');
        json(res, '401 Unauthorized', { error: 'unauthorized', message: 'missing or wrong dashboard token (Authorization: Bearer <token>, or ?token=)' }, (r) => this.cors(r, origin));
        return false;
      }
    }
    return true;
  }

  originAllowed(origin: string): boolean {
    const allowed = this.#options.corsOrigins;
    return allowed.has('*') || allowed.has(origin);
  }

  cors(res: HttpResponse, origin: string): void {
    if (origin !== '' && this.originAllowed(origin)) {
      res.writeHeader('Access-Control-Allow-Origin', origin);
      res.writeHeader('Vary', 'Origin');
    }
  }

  /** Counts a request refused, under `sluice_sse_refused_total{reason}`. */
  refuse(reason: RequestRefusedReason): void {
    this.#stats.refused.set(reason, (this.#stats.refused.get(reason) ?? 0) + 1);
  }

  /** A handler or its continuation threw: counted, and its request answered 500 or closed (never the process). */
  readonly failed = (_error: unknown, res?: HttpResponse): void => {
    this.#stats.handlerErrors++;
    if (res !== undefined) answerFailure(res);
  };
}

export interface RoleRoutesOptions {
  bus: Bus;
  /** True once every port listens (for /healthz). */
  healthy: () => boolean;
  /** Extra readiness condition (e.g. the ingest is not refusing batches). */
  ready?: () => { ready: true } | { ready: false; reason: string };
  /** Prometheus text for /metrics. */
  metricsText: () => Promise<string>;
  /** Extra GET routes (the dashboard page and its assets). */
  routes?: (app: HttpRouter) => void;
  /** Which HTTP engine serves (named on /readyz). */
  engine: HttpEngine['name'];
  /** /readyz decided elsewhere (a gateway thread asks the main thread, which sees the whole process). */
  readyz?: () => Promise<ReadyAnswer>;
}

/** A /readyz answer: status line and JSON body. */
export interface ReadyAnswer {
  status: string;
  body: Record<string, unknown>;
}

/** The /readyz answer of this process's parts. */
export function readyAnswer(options: Pick<RoleRoutesOptions, 'bus' | 'healthy' | 'ready' | 'engine'>): ReadyAnswer {
  const bus = options.bus.readiness();
  const extra = options.ready?.() ?? { ready: true };
  const engine = options.engine;
  if (!options.healthy()) return { status: '503 Service Unavailable', body: { status: 'not_ready', reason: 'starting', engine } };
  if (!bus.ready) return { status: '503 Service Unavailable', body: { status: 'not_ready', reason: bus.reason, engine } };
  if (!extra.ready) return { status: '503 Service Unavailable', body: { status: 'not_ready', reason: extra.reason, engine } };
  return { status: '200 OK', body: { status: 'ready', engine } };
}

/**
 * Registers the routes every role serves: the preflight, /healthz, /readyz,
 * /metrics, the extra `routes`, and last the 404 catch-all (so register any
 * other route before calling this).
 */
export function serveRoleRoutes(app: HttpRouter, admission: RequestAdmission, options: RoleRoutesOptions): void {
  app.options('/*', (res, req) => {
    const origin = req.getHeader('origin');
    res.cork(() => {
      res.writeStatus(admission.originAllowed(origin) ? '204 No Content' : '403 Forbidden');
      admission.cors(res, origin);
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
    const readyz = options.readyz;
    if (readyz === undefined) {
      const answer = readyAnswer(options);
      return json(res, answer.status, answer.body);
    }
    let aborted = false;
    res.onAborted(() => { aborted = true; });
    settle(readyz().then((answer) => {
      if (!aborted) res.cork(() => json(res, answer.status, answer.body));
    }, (error: Error) => {
      if (!aborted) res.cork(() => json(res, '503 Service Unavailable', { status: 'not_ready', reason: error.message, engine: options.engine }));
    }), (error) => admission.failed(error, res));
  });
  app.get('/metrics', (res) => {
    let aborted = false;
    res.onAborted(() => { aborted = true; });
    settle(options.metricsText().then((text) => {
      if (aborted) return;
      res.cork(() => res.writeStatus('200 OK').writeHeader('Content-Type', 'text/plain; version=0.0.4; charset=utf-8').end(text));
    }, (error: Error) => {
      if (!aborted) res.cork(() => json(res, '500 Internal Server Error', { error: 'internal', message: error.message }));
    }), (error) => admission.failed(error, res));
  });
  options.routes?.(app);
  app.any('/*', (res) => json(res, '404 Not Found', { error: 'not_found' }));
}

/** Answers `body` as JSON with `status`; `headers` adds more (CORS) before the body. */
export function json(res: HttpResponse, status: string, body: unknown, headers?: (res: HttpResponse) => void): void {
  res.writeStatus(status).writeHeader('Content-Type', 'application/json');
  headers?.(res);
  res.end(JSON.stringify(body));
}

/** `router` whose route registrations wrap every handler in `guard` (the gateway's own routes and the `routes` option's). */
export function guardedRouter(router: HttpRouter, onError: (error: unknown, res: HttpResponse) => void): HttpRouter {
  return {
    get: (path, handler) => router.get(path, guard(handler, onError)),
    options: (path, handler) => router.options(path, guard(handler, onError)),
    any: (path, handler) => router.any(path, guard(handler, onError)),
  };
}
