/**
 * A dashboard for the end-to-end bench, in its own process: one SSE
 * connection; for each window event it records, in HDR histograms,
 *   close → arrival:   arrival − (window end + lateness), when the ingest's
 *                      watermark closed it;
 *   metric → arrival:  arrival − t for the window's metrics, whose receive
 *                      times t are spread evenly over the window under
 *                      steady load (sampled at 10 points of the window).
 * {type:'open', port, path, latenessMs} → {type:'opened'};
 * {type:'measure', ms} → {type:'result', …}.
 */
import http from 'node:http';
import * as hdr from 'hdr-histogram-js';

const build = () => hdr.build({ lowestDiscernibleValue: 1, highestTrackableValue: 3_600_000, numberOfSignificantValueDigits: 3 });
let close = build();
let metric = build();
let counting = false;
let windows = 0;
let lateness = 500;

function onEvent(id: number, data: string): void {
  if (!counting) return;
  const arrival = Date.now();
  const resolution = Number(/"resolution_ms":(\d+)/.exec(data)?.[1] ?? 1000);
  windows++;
  close.recordValue(Math.max(1, arrival - (id + resolution + lateness)));
  for (let k = 0; k < 10; k++) metric.recordValue(Math.max(1, arrival - (id + ((k + 0.5) / 10) * resolution)));
}

/**
 * Splits the stream into SSE frames in one pass over the bytes, keeping only
 * the head of each frame (id, event and resolution come first). A window of
 * 10,000 series is ~2 MB in ~35 reads; joining the text and searching it
 * again on every read, as this did first, cost the watcher tens of ms per
 * window, which the bench then reported as Sluice's latency.
 */
function frameSplitter(onFrame: (head: string) => void): (chunk: Buffer) => void {
  const kHeadBytes = 256;
  let head: Buffer[] = [];
  let headLength = 0;
  let lastByte = 0;
  const keep = (part: Buffer): void => {
    if (headLength >= kHeadBytes || part.length === 0) return;
    const taken = part.subarray(0, kHeadBytes - headLength);
    head.push(taken);
    headLength += taken.length;
  };
  const emit = (): void => {
    onFrame(Buffer.concat(head).toString('latin1'));
    head = [];
    headLength = 0;
  };
  return (chunk) => {
    let at = 0;
    if (lastByte === 10 && chunk[0] === 10) { emit(); at = 1; } // "\n\n" split across reads
    for (let end; (end = chunk.indexOf('\n\n', at)) >= 0; at = end + 2) {
      keep(chunk.subarray(at, end));
      emit();
    }
    keep(chunk.subarray(at));
    lastByte = chunk.length > 0 ? chunk[chunk.length - 1]! : lastByte;
  };
}

process.on('message', async (message: { type: string; port?: number; path?: string; ms?: number; latenessMs?: number }) => {
  if (message.type === 'open') {
    lateness = message.latenessMs ?? 500;
    http.get({ host: '127.0.0.1', port: message.port, path: message.path }, (res) => {
      res.on('data', frameSplitter((frame) => {
        const id = /^id: (\d+)$/m.exec(frame);
        if (id !== null && frame.includes('event: window')) onEvent(Number(id[1]), frame);
      }));
      process.send!({ type: 'opened' });
    });
  } else if (message.type === 'measure') {
    close = build();
    metric = build();
    windows = 0;
    counting = true;
    await new Promise((resolve) => setTimeout(resolve, message.ms));
    counting = false;
    const pct = (h: hdr.Histogram) => ({ p50: h.getValueAtPercentile(50), p99: h.getValueAtPercentile(99), p999: h.getValueAtPercentile(99.9), max: h.maxValue });
    process.send!({ type: 'result', windows, close: pct(close), metric: pct(metric) });
  }
});
process.send!({ type: 'ready' });
