/**
 * A plain HTTP/1.1 EventSource reader for tests: parses `text/event-stream`
 * into events exactly as the spec says (fields, blank-line dispatch).
 */
import http from 'node:http';
import { after } from 'node:test';

export interface SseEvent {
  event: string;
  id: string | undefined;
  data: string;
}

export interface WindowSeries {
  name: string;
  labels: Record<string, string>;
  kind: string;
  count: number;
  sum: number;
  min: number;
  max: number;
  last: number;
  avg: number;
  rate?: number;
  p50?: number;
  p90?: number;
  p99?: number;
  p999?: number;
  overflow?: boolean;
}

export interface WindowEvent {
  start: number;
  end: number;
  resolution_ms: number;
  /** Some ingest node never delivered its share (a node_down gap names it). */
  partial?: boolean;
  series: WindowSeries[];
}

export class SseReader {
  readonly events: SseEvent[] = [];
  status = 0;
  headers: http.IncomingHttpHeaders = {};
  comments: string[] = [];
  ended = false;
  readonly #request: http.ClientRequest;
  readonly opened: Promise<void>;
  readonly done: Promise<void>;
  #waiters: Array<() => void> = [];

  constructor(url: string, headers: Record<string, string> = {}) {
    let opened!: () => void;
    let done!: () => void;
    this.opened = new Promise((resolve) => { opened = resolve; });
    this.done = new Promise((resolve) => { done = resolve; });
    this.#request = http.get(url, { headers }, (res) => {
      this.status = res.statusCode ?? 0;
      this.headers = res.headers;
      opened();
      res.setEncoding('utf8');
      let buffer = '';
      let event: Partial<SseEvent> & { data?: string } = {};
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let newline: number;
        while ((newline = buffer.indexOf('\n')) >= 0) {
          const line = buffer.slice(0, newline).replace(/\r$/, '');
          buffer = buffer.slice(newline + 1);
          if (line === '') {
            if (event.data !== undefined) this.events.push({ event: event.event ?? 'message', id: event.id, data: event.data });
            event = {};
            for (const wake of this.#waiters) wake();
            continue;
          }
          if (line.startsWith(':')) { this.comments.push(line.slice(1).trim()); continue; }
          const colon = line.indexOf(':');
          const field = colon < 0 ? line : line.slice(0, colon);
          const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
          if (field === 'data') event.data = event.data === undefined ? value : `${event.data}\n${value}`;
          else if (field === 'event') event.event = value;
          else if (field === 'id') event.id = value;
        }
      });
      res.on('end', () => { this.ended = true; done(); for (const wake of this.#waiters) wake(); });
      res.on('close', () => { this.ended = true; done(); });
    });
    this.#request.on('error', () => { this.ended = true; opened(); done(); });
    after(() => this.close());
  }

  windows(): WindowEvent[] {
    return this.events.filter((e) => e.event === 'window').map((e) => JSON.parse(e.data) as WindowEvent);
  }

  /** Resolves once `check` holds (re-checked after each event); rejects on timeout. */
  async until(check: (reader: SseReader) => boolean, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!check(this)) {
      if (this.ended) throw new Error('stream ended before the condition held');
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out after ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 200));
        this.#waiters.push(() => { clearTimeout(timer); resolve(); });
      });
      this.#waiters = [];
    }
  }

  close(): void {
    this.#request.destroy();
  }
}
