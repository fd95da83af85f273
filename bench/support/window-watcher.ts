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

process.on('message', async (message: { type: string; port?: number; path?: string; ms?: number; latenessMs?: number }) => {
  if (message.type === 'open') {
    lateness = message.latenessMs ?? 500;
    http.get({ host: '127.0.0.1', port: message.port, path: message.path }, (res) => {
      res.setEncoding('utf8');
      let buffer = '';
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const id = /^id: (\d+)$/m.exec(frame);
          const data = /^data: (.*)$/m.exec(frame);
          if (id !== null && data !== null && frame.includes('event: window')) onEvent(Number(id[1]), data[1]!);
        }
      });
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
