/**
 * The client side of the fan-out bench, in its own process: opens N SSE
 * connections (raw sockets, ramped up), counts every `window` event, finds
 * missed windows from the `id:` sequence (exact loss), and from the first
 * series' `last` (the time the window was fed) records publish → receipt
 * latency in an HDR histogram. It works on the bytes, without decoding text,
 * to leave the CPU to the server.
 * Messages: {type:'open', port, path, clients, resolution, startFrom?} → {type:'opened'};
 * {type:'measure', ms} → {type:'result', …}; {type:'close'} → {type:'closed'}.
 */
import net from 'node:net';
import * as hdr from 'hdr-histogram-js';

const idMarker = Buffer.from('\nid: ');
/** Where a window's start is read: the `id:` line, or (`startFrom: 'json'`, for a server with its own ids, nchan) the JSON's `"start":`. */
const startMarkers = { id: idMarker, json: Buffer.from('"start":') };
let startMarker = idMarker;
const lastMarker = Buffer.from('"last":');

interface Connection { tail: Buffer; lastStart: number }

let sockets: net.Socket[] = [];
let counting = false;
let received = 0;
let missed = 0;
/** Windows a connection got again (a start not after its last one): must stay 0. */
let repeated = 0;
let resolution = 100;
const newHistogram = () => hdr.build({ lowestDiscernibleValue: 1, highestTrackableValue: 600_000, numberOfSignificantValueDigits: 3 });
let histogram = newHistogram();

function readNumber(buf: Buffer, at: number): number {
  let n = 0;
  for (let i = at; i < buf.length; i++) {
    const c = buf[i]!;
    if (c < 48 || c > 57) { if (c === 46) { /* fraction: ignore */ while (i < buf.length && ((buf[i]! >= 48 && buf[i]! <= 57) || buf[i] === 46)) i++; } return n; }
    n = n * 10 + (c - 48);
  }
  return Number.NaN; // cut off: wait for more bytes
}

function onData(connection: Connection, chunk: Buffer): void {
  const buf = connection.tail.length > 0 ? Buffer.concat([connection.tail, chunk]) : chunk;
  let at = 0;
  for (;;) {
    const id = buf.indexOf(startMarker, at);
    if (id < 0) break;
    const start = readNumber(buf, id + startMarker.length);
    const last = buf.indexOf(lastMarker, id);
    if (Number.isNaN(start) || last < 0) break;
    const fed = readNumber(buf, last + lastMarker.length);
    if (Number.isNaN(fed)) break;
    if (counting) {
      received++;
      if (start <= connection.lastStart) repeated++;
      if (connection.lastStart > 0 && start > connection.lastStart + resolution) missed += (start - connection.lastStart) / resolution - 1;
      histogram.recordValue(Math.max(1, Date.now() - fed));
    }
    connection.lastStart = start;
    at = last + lastMarker.length;
  }
  connection.tail = buf.length - at > 0 ? Buffer.from(buf.subarray(Math.max(at, buf.length - 8192))) : Buffer.alloc(0);
}

async function open(port: number, path: string, count: number): Promise<void> {
  for (let i = 0; i < count; i += 250) {
    await Promise.all(Array.from({ length: Math.min(250, count - i) }, () => new Promise<void>((resolve, reject) => {
      const socket = net.connect(port, '127.0.0.1', () => { socket.write(`GET ${path} HTTP/1.1\r\nHost: bench\r\nAccept: text/event-stream\r\n\r\n`); resolve(); });
      const connection: Connection = { tail: Buffer.alloc(0), lastStart: 0 };
      socket.on('data', (chunk) => onData(connection, chunk));
      socket.on('error', reject);
      sockets.push(socket);
    })));
  }
}

process.on('message', async (message: { type: string; port?: number; path?: string; clients?: number; ms?: number; resolution?: number; startFrom?: 'id' | 'json' }) => {
  if (message.type === 'open') {
    resolution = message.resolution ?? 100;
    startMarker = startMarkers[message.startFrom ?? 'id'];
    await open(message.port!, message.path!, message.clients!);
    process.send!({ type: 'opened', sockets: sockets.length });
  } else if (message.type === 'measure') {
    received = 0;
    missed = 0;
    repeated = 0;
    histogram = newHistogram();
    counting = true;
    await new Promise((resolve) => setTimeout(resolve, message.ms));
    counting = false;
    process.send!({
      type: 'result', received, missed, repeated,
      p50: histogram.getValueAtPercentile(50), p99: histogram.getValueAtPercentile(99),
      p999: histogram.getValueAtPercentile(99.9), max: histogram.maxValue,
    });
  } else if (message.type === 'close') {
    for (const socket of sockets) socket.destroy();
    sockets = [];
    process.send!({ type: 'closed' });
  }
});
process.send!({ type: 'ready' });
