/**
 * `text/event-stream` parsing (fields, blank-line dispatch), shared by the
 * subscriber and `sluice tail`. Linear in the input; a line longer than
 * `maxLineBytes` is an error (a stream that never sends a newline must not
 * grow memory without bound).
 */
export interface StreamEvent {
  event: string;
  id: string | undefined;
  data: string;
}

export class EventStreamParser {
  /** The last `retry:` the server sent, in ms (NaN until one came). */
  retryMs = Number.NaN;
  readonly #maxLineBytes: number;
  #buffer = '';
  #current: { event?: string; id?: string; data?: string } = {};

  constructor(maxLineBytes = 64 * 1024 * 1024) {
    this.#maxLineBytes = maxLineBytes;
  }

  /** Feeds a chunk; returns the events it completed. */
  push(chunk: string): StreamEvent[] {
    const events: StreamEvent[] = [];
    this.#buffer += chunk;
    let from = 0;
    let newline: number;
    while ((newline = this.#buffer.indexOf('\n', from)) >= 0) {
      const line = this.#buffer.slice(from, this.#buffer[newline - 1] === '\r' ? newline - 1 : newline);
      from = newline + 1;
      if (line === '') {
        if (this.#current.data !== undefined) events.push({ event: this.#current.event ?? 'message', id: this.#current.id, data: this.#current.data });
        this.#current = {};
      } else if (!line.startsWith(':')) {
        const colon = line.indexOf(':');
        const field = colon < 0 ? line : line.slice(0, colon);
        const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
        if (field === 'data') this.#current.data = this.#current.data === undefined ? value : `${this.#current.data}\n${value}`;
        else if (field === 'event') this.#current.event = value;
        else if (field === 'id') this.#current.id = value;
        else if (field === 'retry' && /^\d+$/.test(value)) this.retryMs = Number(value);
      }
    }
    this.#buffer = this.#buffer.slice(from);
    if (this.#buffer.length > this.#maxLineBytes) throw new Error(`event stream line over ${this.#maxLineBytes} bytes`);
    return events;
  }
}
