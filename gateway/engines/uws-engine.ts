/**
 * The uWebSockets.js engine: the fast path. The module is imported lazily,
 * here only, so that nothing else loads (or fails to load) its native
 * binary: a Node for which the installed package has no loadable binary
 * (e.g. a glibc older than the one it was built on) can still run Sluice on
 * the node engine.
 *
 * Each request and response is a thin wrapper over uWS's own; backpressure
 * is uWS's `write()` → false (uWS keeps the rest of that chunk) and
 * `onWritable`, as in its examples/VideoStreamer.js.
 */
import type uWS from 'uWebSockets.js';
import { HttpEngineError, listenError, type HttpEngine, type HttpEngineOptions, type HttpHandler, type HttpRequest, type HttpResponse } from '../http-engine.js';

type UwsModule = typeof uWS;

let loaded: Promise<UwsModule> | null = null;

/** The uWS module, or a rejection saying why its binary does not load here. */
export function loadUws(): Promise<UwsModule> {
  loaded ??= import('uWebSockets.js').then(
    (module) => (module as unknown as { default: UwsModule }).default ?? (module as unknown as UwsModule),
    (error: Error) => {
      // uws.js wraps the dlopen failure in a long support notice; keep the cause.
      const cause = /Error: .*$/m.exec(error.message.split('\n\n').pop() ?? '')?.[0] ?? error.message.split('\n')[0];
      throw new HttpEngineError('ERR_SLUICE_HTTP_ENGINE', `uWebSockets.js does not load on Node ${process.versions.node} (${process.platform}-${process.arch}): ${cause}`);
    },
  );
  return loaded;
}

class UwsRequest implements HttpRequest {
  readonly #req: uWS.HttpRequest;
  constructor(req: uWS.HttpRequest) {
    this.#req = req;
  }

  getMethod(): string {
    return this.#req.getCaseSensitiveMethod().toUpperCase();
  }

  getUrl(): string {
    return this.#req.getUrl();
  }

  getQuery(): string {
    return this.#req.getQuery() ?? '';
  }

  getHeader(name: string): string {
    return this.#req.getHeader(name);
  }
}

class UwsResponse implements HttpResponse {
  readonly #res: uWS.HttpResponse;
  constructor(res: uWS.HttpResponse) {
    this.#res = res;
  }

  get remoteAddress(): string {
    return Buffer.from(this.#res.getRemoteAddressAsText()).toString();
  }

  writeStatus(status: string): this {
    this.#res.writeStatus(status);
    return this;
  }

  writeHeader(name: string, value: string): this {
    this.#res.writeHeader(name, value);
    return this;
  }

  write(chunk: string | Buffer): boolean {
    return this.#res.write(chunk);
  }

  end(body?: string | Buffer): void {
    this.#res.end(body);
  }

  endWithoutBody(): void {
    this.#res.endWithoutBody();
  }

  cork(fn: () => void): void {
    this.#res.cork(fn);
  }

  onWritable(handler: () => boolean): void {
    this.#res.onWritable(() => handler());
  }

  onAborted(handler: () => void): void {
    this.#res.onAborted(handler);
  }

  close(): void {
    this.#res.close();
  }

  getWriteOffset(): number {
    return this.#res.getWriteOffset();
  }
}

/** Exclusive-port listen option (uSockets LIBUS_LISTEN_EXCLUSIVE_PORT): a busy port fails instead of being shared. */
const kListenExclusivePort = 1;
/** No option: uSockets then sets SO_REUSEPORT, and sockets of the same user may share the port. */
const kListenSharedPort = 0;

class UwsEngine implements HttpEngine {
  readonly name = 'uws' as const;
  readonly #uws: UwsModule;
  readonly #app: uWS.TemplatedApp;
  readonly #tls: boolean;
  #listenSocket: uWS.us_listen_socket | null = null;

  constructor(uws: UwsModule, options: HttpEngineOptions) {
    this.#uws = uws;
    this.#tls = options.tls != null;
    this.#app = options.tls == null ? uws.App() : uws.SSLApp({ cert_file_name: options.tls.cert, key_file_name: options.tls.key });
  }

  get(path: string, handler: HttpHandler): void {
    this.#app.get(path, (res, req) => handler(new UwsResponse(res), new UwsRequest(req)));
  }

  options(path: string, handler: HttpHandler): void {
    this.#app.options(path, (res, req) => handler(new UwsResponse(res), new UwsRequest(req)));
  }

  any(path: string, handler: HttpHandler): void {
    this.#app.any(path, (res, req) => handler(new UwsResponse(res), new UwsRequest(req)));
  }

  listen(host: string, port: number, shared = false): Promise<number> {
    return new Promise((resolve, reject) => {
      // The typings lack the (host, port, options, cb) overload the native listen takes.
      const app = this.#app as unknown as { listen(host: string, port: number, options: number, cb: (socket: uWS.us_listen_socket | false) => void): void };
      app.listen(host, port, shared ? kListenSharedPort : kListenExclusivePort, (socket) => {
        if (socket === false) return reject(listenError(this.#tls, host, port, 'address in use or not available (EADDRINUSE)'));
        this.#listenSocket = socket;
        resolve(this.#uws.us_socket_local_port(socket));
      });
    });
  }

  dropAll(): void {
    this.#listenSocket = null;
    this.#app.close();
  }

  async close(): Promise<void> {
    if (this.#listenSocket === null) return;
    this.#uws.us_listen_socket_close(this.#listenSocket);
    this.#listenSocket = null;
  }
}

export async function createUwsEngine(options: HttpEngineOptions): Promise<HttpEngine> {
  return new UwsEngine(await loadUws(), options);
}
