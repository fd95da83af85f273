/**
 * The HTTP engine seam: the little the gateway needs from an HTTP/1.1
 * server, so that the same routes run on uWebSockets.js (the fast path,
 * gateway/engines/uws-engine.ts) or on `node:http`/`node:https`
 * (gateway/engines/node-engine.ts, which runs wherever Node runs).
 *
 * The shape follows uWebSockets.js, the stricter of the two: a request is
 * read synchronously inside its handler only; a response is written status
 * first, then headers, then a body; a handler that answers later must
 * register `onAborted` first; writes outside a handler go inside `cork`.
 * Backpressure is VideoStreamer's: `write()` → false means the engine holds
 * that chunk and the writer keeps later ones until `onWritable` fires.
 */
import { SluiceError } from '../catalogue/errors.js';

export type HttpEngineName = 'uws' | 'node';
export type HttpEngineChoice = 'auto' | HttpEngineName;

/** Named as in uWebSockets.js, so handlers read the same on both engines. */
export interface HttpRequest {
  /** Upper-case method, e.g. `GET`. */
  getMethod(): string;
  /** Path, without the query. */
  getUrl(): string;
  /** The part after `?`, or ''. */
  getQuery(): string;
  /** A header by lower-case name; '' when absent. */
  getHeader(name: string): string;
}

export interface HttpResponse {
  /** The peer's IP address as text (a connection-limit key). */
  readonly remoteAddress: string;
  /** `'200 OK'`-style status line; first, once. */
  writeStatus(status: string): this;
  writeHeader(name: string, value: string): this;
  /** Writes a body chunk; false = the connection pushes back (the chunk is kept; wait for onWritable). */
  write(chunk: string | Buffer): boolean;
  /** Ends the response, with a last chunk (sets Content-Length when nothing was written before). */
  end(body?: string | Buffer): void;
  /** Ends a response that has no body (304). */
  endWithoutBody(): void;
  /** Runs `fn` with the writes batched into as few syscalls as the engine can. */
  cork(fn: () => void): void;
  /** Called when the connection took what was held; return false if a write pushed back again. */
  onWritable(handler: () => boolean): void;
  /** Called once if the connection goes away before `end` (also after `close`). */
  onAborted(handler: () => void): void;
  /** Drops the connection at once. */
  close(): void;
  /** Bytes of this connection the peer's socket has taken so far (progress under backpressure). */
  getWriteOffset(): number;
}

export type HttpHandler = (res: HttpResponse, req: HttpRequest) => void;

/** Where routes are declared: an exact path, or `/*` for every path. */
export interface HttpRouter {
  get(path: string, handler: HttpHandler): void;
  options(path: string, handler: HttpHandler): void;
  /** Any method. */
  any(path: string, handler: HttpHandler): void;
}

export interface HttpEngine extends HttpRouter {
  readonly name: HttpEngineName;
  /**
   * Listens; resolves with the bound port. Exclusively by default (a busy
   * port is an error naming it); `shared`: with SO_REUSEPORT, so that the
   * gateway threads (gateway/gateway-threads.ts) each listen on the same
   * port and the kernel spreads connections across them (a port held by a
   * socket without SO_REUSEPORT still fails).
   */
  listen(host: string, port: number, shared?: boolean): Promise<number>;
  /** Stops listening; responses still open stay open until ended (then their connections close). */
  close(): Promise<void>;
  /**
   * Drops every connection at once, after `close` (a gateway thread about
   * to exit: a uWS socket still open when a worker's loop ends aborts the
   * process).
   */
  dropAll(): void;
}

export interface HttpEngineOptions {
  /** PEM files: serve HTTPS instead of HTTP. */
  tls?: { cert: string; key: string } | null;
}

export class HttpEngineError extends SluiceError {
  constructor(code: 'ERR_SLUICE_LISTEN' | 'ERR_SLUICE_HTTP_ENGINE', message: string) {
    super(code, message);
  }
}

/** The error both engines give for a port they cannot bind. */
export function listenError(tls: boolean, host: string, port: number, why: string): HttpEngineError {
  return new HttpEngineError('ERR_SLUICE_LISTEN', `cannot listen on ${tls ? 'https' : 'http'}://${host}:${port}: ${why}`);
}

/**
 * Routes by method and path, for an engine without a router of its own.
 * Precedence as in uWebSockets.js: an exact path before `/*`, and at each,
 * the method's own handler before `any`.
 */
export class RouteTable implements HttpRouter {
  readonly #exact = new Map<string, HttpHandler>();
  readonly #wildcard = new Map<string, HttpHandler>();

  get(path: string, handler: HttpHandler): void {
    this.#add('GET', path, handler);
  }

  options(path: string, handler: HttpHandler): void {
    this.#add('OPTIONS', path, handler);
  }

  any(path: string, handler: HttpHandler): void {
    this.#add('*', path, handler);
  }

  /** The handler for a request, or undefined (no route, not even `/*`). */
  match(method: string, path: string): HttpHandler | undefined {
    return this.#exact.get(`${method} ${path}`) ?? this.#exact.get(`* ${path}`)
      ?? this.#wildcard.get(method) ?? this.#wildcard.get('*');
  }

  #add(method: string, path: string, handler: HttpHandler): void {
    if (path === '/*') this.#wildcard.set(method, handler);
    else if (!path.includes('*') && !path.includes(':')) this.#exact.set(`${method} ${path}`, handler);
    else throw new Error(`route ${path}: only exact paths and /* are supported`);
  }
}
