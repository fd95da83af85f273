/** A minimal EventSource for the terminal: yields (event, id, data) from a `text/event-stream` URL. */
import http from 'node:http';

export interface StreamEvent {
  event: string;
  id: string | undefined;
  data: string;
}

export function openEventStream(url: string, headers: Record<string, string>, onEvent: (event: StreamEvent) => void, onStatus: (status: number, body: string) => void): http.ClientRequest {
  return http.get(url, { headers: { accept: 'text/event-stream', ...headers } }, (res) => {
    res.setEncoding('utf8');
    if (res.statusCode !== 200) {
      let body = '';
      res.on('data', (c: string) => { body += c; });
      res.on('end', () => onStatus(res.statusCode ?? 0, body));
      return;
    }
    onStatus(200, '');
    let buffer = '';
    let current: { event?: string; id?: string; data?: string } = {};
    res.on('data', (chunk: string) => {
      buffer += chunk;
      let newline: number;
      while ((newline = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        if (line === '') {
          if (current.data !== undefined) onEvent({ event: current.event ?? 'message', id: current.id, data: current.data });
          current = {};
        } else if (!line.startsWith(':')) {
          const colon = line.indexOf(':');
          const field = line.slice(0, colon);
          const value = line.slice(colon + 1).replace(/^ /, '');
          if (field === 'data') current.data = current.data === undefined ? value : `${current.data}\n${value}`;
          else if (field === 'event') current.event = value;
          else if (field === 'id') current.id = value;
        }
      }
    });
    res.on('end', () => onStatus(0, 'stream ended'));
  });
}
