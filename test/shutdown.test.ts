import assert from 'node:assert/strict';
import { startChildSluice } from './support/child-sluice.js';
import { engineTest } from './support/sluice-harness.js';
import { IngestClient, type TestAck } from './support/ingest-client.js';
import { SseReader } from './support/sse-reader.js';

engineTest('SIGTERM while a stream is pushing: every acked metric is in the final windows, exit 0', async (engine) => {
  const sluice = await startChildSluice(['--http-engine', engine]);
  const sse = new SseReader(`http://127.0.0.1:${sluice.httpPort}/v1/stream?match=term.*`);
  await sse.opened;
  const client = new IngestClient(sluice.grpcPort);
  const call = client.raw.Stream();
  const acks: TestAck[] = [];
  const sentBySequence = new Map<number, number>();
  let streamError: Error | null = null;
  const ended = new Promise<void>((resolve) => {
    call.on('data', (ack: TestAck) => acks.push(ack));
    call.on('error', (error: Error) => { streamError = error; resolve(); });
    call.on('end', resolve);
  });
  // Push flat out, one batch per tick, until the stream is closed by the server.
  let sequence = 0;
  let stop = false;
  const pump = (async () => {
    while (!stop && streamError === null) {
      sequence++;
      const metrics = Array.from({ length: 200 }, (_, i) => ({ name: `term.m${i % 4}`, labels: [{ key: 'i', value: String(i % 10) }], value: 1, timestampMs: Date.now() }));
      sentBySequence.set(sequence, metrics.length);
      // Wait for room, or for the stream to end: a server that stops while
      // the stream is flow-controlled ends it with no 'drain' to come.
      if (!call.write({ metrics, sequence })) await Promise.race([new Promise((resolve) => call.once('drain', resolve)), ended]);
      await new Promise((resolve) => setImmediate(resolve));
    }
  })();
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const ackedBeforeSignal = acks.reduce((n, a) => n + a.accepted, 0);
  sluice.process.kill('SIGTERM');
  const code = await sluice.exited;
  stop = true;
  await pump;
  await ended;
  await sse.done;

  assert.equal(code, 0, sluice.logs.join('\n'));
  assert.ok(ackedBeforeSignal > 1000, `the stream should have been busy (${ackedBeforeSignal} acked)`);
  const acked = acks.reduce((n, a) => n + a.accepted, 0);
  assert.ok(acked >= ackedBeforeSignal);
  const delivered = sse.windows().filter((w) => w.resolution_ms === 1000).flatMap((w) => w.series).reduce((n, s) => n + s.count, 0);
  assert.equal(delivered, acked, 'every acked metric, and nothing else, is in the windows published at shutdown');
  const stopped = sluice.logs.map((l) => { try { return JSON.parse(l); } catch { return {}; } }).find((l) => l.msg === 'stopped');
  assert.deepEqual([stopped?.receivedGap, stopped?.acceptedGap], [0, 0]);
});
