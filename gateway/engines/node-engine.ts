/**
 * The `node:http` / `node:https` engine: runs wherever Node runs (any
 * version, any libc), and parses what uWebSockets.js refuses (HTTP/1.0, a
 * request line split across TCP segments).
 *
 * Backpressure: `res.write()` → false once the socket's buffer is past its
 * high-water mark (Node keeps the chunk), then 'drain'. Slow or stuck
 * peers that never finish a request are cut by the server's timeouts
 * (headers, request, keep-alive, TLS handshake), checked every second.
 */
import { readFileSync } from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import https from 'node:https';
import type { Socket } from 'node:net';
import { listenError, RouteTable, type HttpEngine, type HttpEngineOptions, type HttpHandler, type HttpRequest, type HttpResponse } from '../http-engine.js';

/** Bounds on what a peer may take its time over or send, before any handler runs. */
const kLimits = {
  /** Request line + headers, bytes (Node answers 431 past it). */
  maxHeaderSize: 16 * 1024,
  /** A peer gets this long to send its headers (slowloris). */
  headersTimeoutMs: 10_000,
  /** …and its whole request. */
  requestTimeoutMs: 30_000,
  /** An idle keep-alive connection is closed after this. */
  keepAliveTimeoutMs: 5_000,
  /** A TLS handshake must finish within this. */
  handshakeTimeoutMs: 10_000,
  /** How often the timeouts above are checked. */
  checkIntervalMs: 1_000,
} as const;

class NodeRequest implements HttpRequest {
  readonly #req: IncomingMessage;
  readonly #path: string;
  readonly #query: string;

  constructor(req: IncomingMessage) {
    this.#req = req;
    const target = req.url ?? '/';
    const mark = target.indexOf('?');
    this.#path = mark < 0 ? target : target.slice(0, mark);
    this.#query = mark < 0 ? '' : target.slice(mark + 1);
  }

  getMethod(): string {
    return this.#req.method ?? 'GET';
  }

  getUrl(): string {
    return this.#path;
  }

  getQuery(): string {
    return this.#query;
  }

  getHeader(name: string): string {
    const value = this.#req.headers[name];
    return value === undefined ? '' : Array.isArray(value) ? value.join(', ') : value;
  }
}

class NodeResponse implements HttpResponse {
  readonly #res: ServerResponse;
  readonly #engine: NodeEngine;
  readonly #socket: Socket;
  #ended = false;
  #onWritable: (() => boolean) | null = null;
  #onAborted: (() => void) | null = null;

  constructor(res: ServerResponse, socket: Socket, engine: NodeEngine) {
    this.#res = res;
    this.#socket = socket;
    this.#engine = engine;
  }

  get remoteAddress(): string {
    return this.#socket.remoteAddress ?? '';
  }

  writeStatus(status: string): this {
    const space = status.indexOf(' ');
    this.#res.statusCode = Number(space < 0 ? status : status.slice(0, space));
    if (space > 0) this.#res.statusMessage = status.slice(space + 1);
    return this;
  }

  writeHeader(name: string, value: string): this {
    this.#res.setHeader(name, value);
    return this;
  }

  write(chunk: string | Buffer): boolean {
    if (!this.#res.headersSent) this.#beginStream();
    // Node answers false for any chunk past the high-water mark, even one the
    // kernel is about to take whole (http corks the socket until the next
    // tick). Pushing back only once earlier chunks are still held keeps what
    // Node holds to the mark plus one chunk, as uWS holds one, without
    // treating every large window as backpressure. When this returns false,
    // Node's own write did too, so 'drain' will come.
    const heldBefore = this.#heldBytes();
    return this.#res.write(chunk) || heldBefore < this.#socket.writableHighWaterMark;
  }

  end(body?: string | Buffer): void {
    this.#ended = true;
    if (this.#engine.closing) {
      // Stopping: the connection goes with its last response, not after the keep-alive timeout.
      const socket = this.#socket;
      this.#res.end(body, () => socket.end());
    } else {
      this.#res.end(body);
    }
  }

  endWithoutBody(): void {
    this.end();
  }

  cork(fn: () => void): void {
    // node:http already corks a response's socket until the next tick on
    // its first write, so every write of this tick leaves in one writev.
    fn();
  }

  onWritable(handler: () => boolean): void {
    if (this.#onWritable === null) this.#res.on('drain', () => this.#onWritable?.());
    this.#onWritable = handler;
  }

  onAborted(handler: () => void): void {
    if (this.#onAborted === null) this.#res.once('close', () => { if (!this.#ended) this.#onAborted?.(); });
    this.#onAborted = handler;
  }

  close(): void {
    this.#socket.destroy();
  }

  getWriteOffset(): number {
    // Bytes handed to the kernel: written to the socket minus what it still holds.
    return this.#socket.bytesWritten - this.#heldBytes();
  }

  /**
   * A response written before it ends is a stream (SSE): its body runs until
   * the connection closes (HTTP/1.1 allows it: no Content-Length, no
   * chunked coding, `Connection: close`) instead of being chunked. Chunking
   * cost a size line and a CRLF per window per client, about a fifth of the
   * node engine's CPU per delivery; a stream never shares its connection
   * anyway, and EventSource reconnects when it ends.
   */
  #beginStream(): void {
    this.#res.useChunkedEncodingByDefault = false;
    this.#res.shouldKeepAlive = false;
  }

  /** Bytes written to the socket that the kernel has not taken yet (stream buffer + libuv's queue). */
  #heldBytes(): number {
    const socket = this.#socket as Socket & { _handle?: { writeQueueSize?: number } | null };
    return socket.writableLength + (socket._handle?.writeQueueSize ?? 0);
  }
}

class NodeEngine implements HttpEngine {
  readonly name = 'node' as const;
  /** True once `close` was called. */
  closing = false;
  readonly #routes = new RouteTable();
  readonly #server: http.Server;
  readonly #tls: boolean;

  constructor(options: HttpEngineOptions) {
    const onRequest = (req: IncomingMessage, res: ServerResponse): void => this.#dispatch(req, res);
    const serverOptions: http.ServerOptions = { maxHeaderSize: kLimits.maxHeaderSize, connectionsCheckingInterval: kLimits.checkIntervalMs, noDelay: true };
    this.#tls = options.tls != null;
    this.#server = options.tls == null
      ? http.createServer(serverOptions, onRequest)
      : https.createServer({ ...serverOptions, cert: readFileSync(options.tls.cert), key: readFileSync(options.tls.key), handshakeTimeout: kLimits.handshakeTimeoutMs }, onRequest);
    this.#server.headersTimeout = kLimits.headersTimeoutMs;
    this.#server.requestTimeout = kLimits.requestTimeoutMs;
    this.#server.keepAliveTimeout = kLimits.keepAliveTimeoutMs;
  }

  get(path: string, handler: HttpHandler): void {
    this.#routes.get(path, handler);
  }

  options(path: string, handler: HttpHandler): void {
    this.#routes.options(path, handler);
  }

  any(path: string, handler: HttpHandler): void {
    this.#routes.any(path, handler);
  }

  listen(host: string, port: number, shared = false): Promise<number> {
    return new Promise((resolve, reject) => {
      const onError = (error: NodeJS.ErrnoException): void => reject(listenError(this.#tls, host, port, `${error.code ?? error.message}`));
      this.#server.once('error', onError);
      // `reusePort` (Node ≥ 22.12 / 23.1; older ones ignore it: see nodeSharesPort) only when shared.
      this.#server.listen({ host, port, exclusive: true, ...(shared ? { reusePort: true } : {}) }, () => {
        this.#server.off('error', onError);
        resolve((this.#server.address() as { port: number }).port);
      });
    });
  }

  async close(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    // Stops accepting and closes idle keep-alive connections; open responses end on their own.
    this.#server.close();
  }

  dropAll(): void {
    this.closing = true;
    this.#server.close();
    this.#server.closeAllConnections();
  }

  #dispatch(req: IncomingMessage, res: ServerResponse): void {
    const request = new NodeRequest(req);
    const handler = this.#routes.match(request.getMethod(), request.getUrl());
    const response = new NodeResponse(res, req.socket, this);
    if (handler === undefined) return void response.writeStatus('404 Not Found').end();
    handler(response, request);
  }
}

/** Whether this Node's `server.listen` takes `reusePort` (22.12+ on 22, 23.1+), which `listen(…, shared)` needs. */
export function nodeSharesPort(version = process.versions.node): boolean {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  return major > 23 || (major === 23 && minor >= 1) || (major === 22 && minor >= 12);
}

export async function createNodeEngine(options: HttpEngineOptions): Promise<HttpEngine> {
  return new NodeEngine(options);
}
