import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as grpc from '@grpc/grpc-js';
import calculateSlot from 'cluster-key-slot';
import { windowChannel } from '../bus/bus.js';
import { startReadyChildSluice as startChildSluice, type ChildSluice } from './support/child-sluice.js';
import { expectedWindows, observedWindows, seriesId } from './support/expected-windows.js';
import { IngestClient, type TestMetric } from './support/ingest-client.js';
import { scrape } from '../devkit/prometheus-text.js';
import { startRedisCluster } from './support/redis-cluster.js';
import { startRedis } from './support/redis-server.js';
import { seededRandom } from './support/seeded-random.js';
import { SseReader, type WindowEvent } from './support/sse-reader.js';

const GAUGE = 0;
const HISTOGRAM = 2;

/** The exact values of a series window, for quantiles. */
function valuesBy(metrics: TestMetric[], resolution: number): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const m of metrics) {
    const key = `${seriesId(m.name, m.labels)}|${Math.floor(m.timestampMs! / resolution) * resolution}`;
    (out.get(key) ?? out.set(key, []).get(key)!).push(m.value);
  }
  return out;
}

async function nodes(cluster: string, extra: string[] = []): Promise<{ ingest: ChildSluice[]; gateways: ChildSluice[] }> {
  const common = ['--redis-cluster-nodes', cluster, '--redis-prefix', `mn${Date.now() % 100000}:`, '--node-timeout-ms', '2000', ...extra];
  const ingest = await Promise.all(['ingest-a', 'ingest-b'].map((id) => startChildSluice(['--role', 'ingest', '--node-id', id, ...common])));
  const gateways = await Promise.all(['gw-1', 'gw-2'].map((id) => startChildSluice(['--role', 'gateway', '--node-id', id, ...common])));
  return { ingest, gateways };
}

/** One metric of `topic` every 100 ms, stamped now, until stopped: what was acked per 1 s window, and the window of the last acked one. */
function pushEvery100ms(client: IngestClient, topic: string): { stop(): Promise<{ acked: Map<number, number>; lastWindow: number }> } {
  let running = true;
  const acked = new Map<number, number>();
  let lastPushAt = 0;
  const pushing = (async () => {
    while (running) {
      const at = Date.now();
      const ack = await client.push([{ name: topic, value: 1, timestampMs: at }]).catch(() => ({ accepted: 0 }));
      if (ack.accepted > 0) {
        const window = Math.floor(at / 1000) * 1000;
        acked.set(window, (acked.get(window) ?? 0) + ack.accepted);
        lastPushAt = at;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  return {
    async stop() {
      running = false;
      await pushing;
      return { acked, lastWindow: Math.floor(lastPushAt / 1000) * 1000 };
    },
  };
}

/**
 * Nothing acked goes missing without the client being told: the 1 s windows
 * `reader` got are in order and none twice; each holds what was acked for
 * it, or less only where a gap told to the client covers it; and what the
 * node counts as lost (bus_unavailable) is within those shortfalls. (A
 * publish to a dead master can also go out late, once it is back, after the
 * gateway gave that window's part up: not lost on the node, but told.)
 */
async function accounted(reader: SseReader, node: ChildSluice, acked: ReadonlyMap<number, number>): Promise<{ starts: number[]; lost: number; short: number }> {
  const windows = reader.windows().filter((w) => w.resolution_ms === 1000);
  const starts = windows.map((w) => w.start);
  assert.deepEqual(starts, [...new Set(starts)].sort((a, b) => a - b), 'in order, none twice');
  const gaps = reader.events.filter((e) => e.event === 'gap').map((e) => JSON.parse(e.data) as { from: number; to: number });
  const lost = (await scrape(node.httpPort)).get('sluice_metrics_lost_total{reason="bus_unavailable"}') ?? 0;
  const delivered = new Map(windows.map((w) => [w.start, w.series.reduce((k, x) => k + x.count, 0)]));
  const seen = `acked ${JSON.stringify([...acked])}, delivered ${JSON.stringify([...delivered])}, gaps ${JSON.stringify(gaps)}, lost ${lost}`;
  let short = 0;
  for (const [start, n] of acked) {
    const got = delivered.get(start) ?? 0;
    assert.ok(got <= n, `window ${start}: more delivered than acked; ${seen}`);
    if (got < n) assert.ok(gaps.some((g) => start >= g.from && start < g.to), `window ${start}: ${got} of ${n} delivered and no gap told; ${seen}`);
    short += n - got;
  }
  for (const start of delivered.keys()) assert.ok(acked.has(start), `window ${start} delivered but nothing acked for it; ${seen}`);
  assert.ok(lost <= short, `lost ${lost} is within the shortfall ${short}; ${seen}`);
  return { starts, lost, short };
}

test('2 ingest nodes, 2 gateways, a 3-master Redis Cluster: 20,000 metrics over 200 series, sent round-robin, arrive exactly on both gateways', async () => {
  const cluster = await startRedisCluster(3);
  const { ingest, gateways } = await nodes(cluster.nodes);
  const readers = gateways.map((g) => new SseReader(`http://127.0.0.1:${g.httpPort}/v1/stream?match=mn.*`));
  await Promise.all(readers.map((r) => r.opened));
  const clients = ingest.map((n) => new IngestClient(n.grpcPort));
  // Make the topics known (and subscribed) before the measured load.
  const warm = (r: SseReader): boolean => new Set(r.windows().flatMap((w) => w.series.map((s) => s.name))).size === 2;
  for (let round = 0; !readers.every(warm); round++) {
    assert.ok(round < 40, 'the warm-up windows never arrived');
    for (const client of clients) await client.push([{ name: 'mn.gauge', value: 0, timestampMs: Date.now(), kind: GAUGE }, { name: 'mn.latency', value: 1, timestampMs: Date.now(), kind: HISTOGRAM }]);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }

  const random = seededRandom(88);
  const sent: TestMetric[] = [];
  for (let batch = 0; batch < 40; batch++) {
    const metrics: TestMetric[] = [];
    for (let i = 0; i < 500; i++) {
      const s = (batch * 500 + i) % 200;
      const histogram = s % 2 === 1;
      metrics.push({
        name: histogram ? 'mn.latency' : 'mn.gauge',
        labels: [{ key: 'series', value: String(s) }],
        value: histogram ? Math.round(Math.exp(2 + random() * 3) * 64) / 64 : Math.floor(random() * 1000),
        timestampMs: Date.now() - Math.floor(random() * 200),
        kind: histogram ? HISTOGRAM : GAUGE,
      });
    }
    // Round-robin: every series goes to both nodes over the run.
    const ack = await clients[batch % 2]!.push(metrics);
    assert.equal(ack.accepted, 500);
    sent.push(...metrics);
  }
  const lastSent = Math.max(...sent.map((m) => m.timestampMs!));
  // Both gateways deliver the windows once both nodes ticked them.
  const lastWindow = Math.floor(lastSent / 1000) * 1000;
  await Promise.all(readers.map((r) => r.until((x) => x.windows().some((w) => w.resolution_ms === 1000 && w.start >= lastWindow), 15_000)));

  const expected = expectedWindows(sent, 1000);
  const values = valuesBy(sent, 1000);
  for (const reader of readers) {
    assert.deepEqual(reader.events.filter((e) => e.event === 'gap'), [], 'no node missed a window');
    const windows = reader.windows().filter((w: WindowEvent) => w.resolution_ms === 1000 && w.start <= lastSent);
    const observed = observedWindows(windows.map((w) => ({ ...w, series: w.series.filter((s) => s.labels.series !== undefined) })));
    assert.equal(observed.size, expected.size, 'one merged window per series and second');
    for (const [key, want] of expected) {
      const got = observed.get(key)!;
      assert.ok(got, `missing ${key}`);
      assert.deepEqual([got.count, got.sum, got.min, got.max], [want.count, want.sum, want.min, want.max], key);
      assert.ok(want.lasts.includes(got.last), `${key}: last`);
      if (got.kind === 'histogram') {
        const v = values.get(key)!.sort((a, b) => a - b);
        for (const [field, q] of [['p50', 0.5], ['p90', 0.9], ['p99', 0.99]] as const) {
          const exact = v[Math.floor(q * (v.length - 1))]!;
          assert.ok(Math.abs(got[field]! - exact) <= 0.01 * exact, `${key} ${field}: ${got[field]} vs ${exact}`);
        }
      }
    }
  }
  assert.ok(readers[0]!.windows().some((w) => w.series.some((s) => s.labels.series !== undefined)), 'the series arrived');
  // The gateways tell how long windows waited for the nodes and took to deliver.
  for (const gateway of gateways) {
    const samples = await scrape(gateway.httpPort);
    assert.ok((samples.get('sluice_sse_window_wait_seconds_count') ?? 0) >= 1, `window waits observed: ${samples.get('sluice_sse_window_wait_seconds_count')}`);
    assert.ok((samples.get('sluice_sse_window_deliver_seconds_count') ?? 0) >= 1, 'window deliveries observed');
  }
});

test("topics spread evenly over the cluster's slots (channel and history on one slot)", () => {
  const slots = Array.from({ length: 3000 }, (_, i) => calculateSlot(windowChannel('sluice:', 1000, `svc.metric_${i}`)));
  const thirds = [0, 0, 0];
  for (const slot of slots) thirds[Math.min(2, Math.floor(slot / 5462))]!++;
  for (const n of thirds) assert.ok(n > 850 && n < 1150, `topics per third of the slots: ${thirds}`);
  assert.equal(calculateSlot('sluice:{svc.metric_7}:w:1000'), calculateSlot('sluice:{svc.metric_7}:h:1000:node-a'), "a topic's channel and history share a slot");
});

test('an ingest node killed mid-run: the windows it owed close with a node_down gap and are flagged; the other node keeps serving; its ledger balances', async () => {
  const cluster = await startRedisCluster(3);
  const { ingest, gateways } = await nodes(cluster.nodes);
  const reader = new SseReader(`http://127.0.0.1:${gateways[0]!.httpPort}/v1/stream?match=kill.*`);
  await reader.opened;
  const clients = ingest.map((n) => new IngestClient(n.grpcPort));
  let running = true;
  let killing = false;
  let killedAt = 0;
  let ackedAfterKill = 0;
  const pushing = (async () => {
    for (let round = 0; running; round++) {
      const metrics: TestMetric[] = Array.from({ length: 20 }, (_, i) => ({ name: 'kill.m', labels: [{ key: 's', value: String(i) }], value: 1, timestampMs: Date.now() }));
      for (const [i, client] of clients.entries()) {
        if (i === 0 && killing) continue; // node a is gone
        // A push to node a in flight when it is killed fails (UNAVAILABLE); any other failure fails the test.
        const ack = await client.push(metrics).catch((error: { code?: number }) => {
          if (i === 0 && killing && error.code === grpc.status.UNAVAILABLE) return null;
          throw error;
        });
        if (ack !== null && killedAt > 0) ackedAfterKill += ack.accepted;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  pushing.catch(() => {}); // observed at `await pushing` below, not as an unhandled rejection meanwhile
  await reader.until((r) => r.windows().filter((w) => w.series.length > 0).length >= 3, 20_000);
  killing = true;
  ingest[0]!.process.kill('SIGKILL');
  killedAt = Date.now();
  await reader.until((r) => r.events.some((e) => e.event === 'gap'), 15_000);
  await reader.until((r) => r.windows().some((w) => w.start > killedAt + 3000), 15_000);
  running = false;
  await pushing;
  assert.ok(ackedAfterKill > 0, 'node b kept acking');

  const gaps = reader.events.filter((e) => e.event === 'gap').map((e) => JSON.parse(e.data) as { from: number; to: number; reason: string; node?: string });
  assert.ok(gaps.length >= 1 && gaps.every((g) => g.reason === 'node_down' && g.node === 'ingest-a'), JSON.stringify(gaps));
  const windows = reader.windows().filter((w) => w.resolution_ms === 1000);
  for (const gap of gaps) {
    const flagged = windows.find((w) => w.start === gap.from);
    if (flagged !== undefined) assert.equal(flagged.partial, true, `window ${gap.from} is flagged partial`);
  }
  // A node is owed for the windows begun within the node timeout of its last
  // heartbeat: it may have lived (and acked) until then, nobody can tell.
  assert.ok(gaps.every((g) => g.from < killedAt + 2000), 'only the windows node a may have owed when it died');
  // After the gap, windows carry node b's metrics only (20 series, one metric each per push).
  const later = windows.filter((w) => w.start > killedAt + 3000 && w.partial !== true);
  assert.ok(later.length > 0 && later.every((w) => w.series.length === 20));

  // The survivor's ledger balances.
  ingest[1]!.process.kill('SIGTERM');
  assert.equal(await ingest[1]!.exited, 0);
  const stopped = ingest[1]!.logs.map((l) => { try { return JSON.parse(l) as { msg?: string; receivedGap?: number; acceptedGap?: number }; } catch { return {}; } }).find((l) => l.msg === 'stopped');
  assert.deepEqual([stopped?.receivedGap, stopped?.acceptedGap], [0, 0]);
});

test('an ingest node killed and restarted at once under the same --node-id: the new run does not cover what the killed run owed, which still becomes its gap', async () => {
  const redis = await startRedis();
  const common = ['--redis-url', redis.url, '--redis-prefix', 'rs2:', '--node-timeout-ms', '2000'];
  const b = await startChildSluice(['--role', 'ingest', '--node-id', 'ingest-b', ...common]);
  let a = await startChildSluice(['--role', 'ingest', '--node-id', 'ingest-a', ...common]);
  const gateway = await startChildSluice(['--role', 'gateway', ...common]);
  const reader = new SseReader(`http://127.0.0.1:${gateway.httpPort}/v1/stream?match=rs2.*`);
  await reader.opened;
  const metrics = (): TestMetric[] => Array.from({ length: 10 }, (_, i) => ({ name: 'rs2.m', labels: [{ key: 's', value: String(i) }], value: 1, timestampMs: Date.now() }));
  let clientA: IngestClient | null = new IngestClient(a.grpcPort);
  const clientB = new IngestClient(b.grpcPort);
  let running = true;
  const pushing = (async () => {
    while (running) {
      await clientA?.push(metrics()).catch(() => {});
      await clientB.push(metrics());
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  await reader.until((r) => r.windows().filter((w) => w.series.length > 0).length >= 2, 20_000);
  // Kill early in a window, right after a push to it: the window it owed holds acked metrics.
  while (Date.now() % 1000 > 100) await new Promise((resolve) => setTimeout(resolve, 5));
  const last = clientA;
  clientA = null;
  assert.equal((await last.push(metrics())).accepted, 10);
  a.process.kill('SIGKILL');
  const owed = Math.floor(Date.now() / 1000) * 1000;
  a = await startChildSluice(['--role', 'ingest', '--node-id', 'ingest-a', ...common]);
  clientA = new IngestClient(a.grpcPort);
  // Windows settle in order: wait for the owed one's gap, or for later windows (then it never came).
  const gapFor = (r: SseReader, from: number): boolean => r.events.some((e) => e.event === 'gap' && (JSON.parse(e.data) as { from: number }).from === from);
  await reader.until((r) => gapFor(r, owed) || r.windows().some((w) => w.start > owed + 1000), 15_000);
  running = false;
  await pushing;
  const gaps = reader.events.filter((e) => e.event === 'gap').map((e) => JSON.parse(e.data) as { from: number; reason: string; node?: string });
  assert.ok(gaps.some((g) => g.from === owed && g.reason === 'node_down' && g.node === 'ingest-a'), `a gap for the window the killed run owed (${owed}): ${JSON.stringify(gaps)}`);
});

test('a coarse window outlives its nodes: one killed early in it is still owed (a gap at its end); one stopped cleanly does not cut short the wait for the node still running', async () => {
  const redis = await startRedis();
  const common = ['--redis-url', redis.url, '--redis-prefix', 'cw:', '--window-ms', '200', '--resolutions', '200,5000', '--lateness-ms', '100', '--node-timeout-ms', '1000'];
  const [a, b, c] = await Promise.all(['ingest-a', 'ingest-b', 'ingest-c'].map((id) => startChildSluice(['--role', 'ingest', '--node-id', id, ...common])));
  const gateway = await startChildSluice(['--role', 'gateway', ...common]);
  const reader = new SseReader(`http://127.0.0.1:${gateway.httpPort}/v1/stream?match=cw.*&resolution=5s`);
  await reader.opened;
  const clients = new Map([['a', new IngestClient(a!.grpcPort)], ['b', new IngestClient(b!.grpcPort)], ['c', new IngestClient(c!.grpcPort)]]);
  const sent = new Map<string, number>();
  const push = async (node: string, n: number): Promise<void> => {
    const metrics: TestMetric[] = Array.from({ length: n }, (_, i) => ({ name: 'cw.m', labels: [{ key: 'node', value: node }, { key: 'i', value: String(i) }], value: 1, timestampMs: 0 }));
    assert.equal((await clients.get(node)!.push(metrics)).accepted, n);
    sent.set(node, (sent.get(node) ?? 0) + n);
  };
  await push('c', 1); // makes the topic known, so the gateway subscribes before the window under test
  await new Promise((resolve) => setTimeout(resolve, 500));
  while (Date.now() % 5000 > 300) await new Promise((resolve) => setTimeout(resolve, 20));
  const coarse = Math.floor(Date.now() / 5000) * 5000;
  sent.clear();
  await Promise.all(['a', 'b', 'c'].map((node) => push(node, 10)));
  b!.process.kill('SIGKILL');
  // Past b's node timeout: when the window is first seen, b is long dead.
  await new Promise((resolve) => setTimeout(resolve, coarse + 2500 - Date.now()));
  await Promise.all([push('a', 5), push('c', 5)]);
  assert.ok(Date.now() < coarse + 4800, 'all of it fell in one coarse window (the machine was too slow to test this)');
  a!.process.kill('SIGTERM'); // its drain ticks the coarse window early
  assert.equal(await a!.exited, 0);

  await reader.until((r) => r.windows().some((w) => w.start === coarse), 15_000);
  const window = reader.windows().find((w) => w.start === coarse)!;
  const byNode = (node: string): number => window.series.filter((s) => s.labels.node === node).reduce((n, s) => n + s.count, 0);
  assert.deepEqual([byNode('a'), byNode('b'), byNode('c')], [sent.get('a'), 0, sent.get('c')], 'the stopped node and the running one are whole; the killed one is missing');
  const gaps = reader.events.filter((e) => e.event === 'gap').map((e) => JSON.parse(e.data) as { from: number; reason: string; node?: string });
  assert.deepEqual(gaps.filter((g) => g.from === coarse).map((g) => [g.reason, g.node]), [['node_down', 'ingest-b']], 'the killed node is named, no other');
  assert.equal(window.partial, true);
});

test('a part that comes after its window went out, from a node the gateway did not know of then, is told to live clients as a late_part gap and counted; the history has it', async () => {
  const redis = await startRedis();
  const common = ['--redis-url', redis.url, '--redis-prefix', 'lp:', '--node-timeout-ms', '2000'];
  const b = await startChildSluice(['--role', 'ingest', '--node-id', 'ingest-b', '--lateness-ms', '200', ...common]);
  const gateway = await startChildSluice(['--role', 'gateway', ...common]);
  const url = `http://127.0.0.1:${gateway.httpPort}/v1/stream?match=lp.*`;
  const reader = new SseReader(url);
  await reader.opened;
  const pusher = pushEvery100ms(new IngestClient(b.grpcPort), 'lp.m');
  await reader.until((r) => r.windows().length >= 2, 20_000);
  // Node c takes metrics up to 5 s late: it joins after window w went out (b closes 200 ms after a
  // window's end), then accepts a metric for w.
  const c = await startChildSluice(['--role', 'ingest', '--node-id', 'ingest-c', '--lateness-ms', '5000', ...common]);
  const w = Math.floor((Date.now() - 2000) / 1000) * 1000;
  await reader.until((r) => r.windows().some((x) => x.start === w), 5000);
  const ack = await new IngestClient(c.grpcPort).push([{ name: 'lp.m', labels: [{ key: 'node', value: 'c' }], value: 7, timestampMs: w + 500 }]);
  assert.equal(ack.accepted, 1);

  const isLate = (e: { event: string; data: string }): boolean => e.event === 'gap' && (JSON.parse(e.data) as { reason: string }).reason === 'late_part';
  await reader.until((r) => r.events.some(isLate), 15_000);
  const gaps = reader.events.filter(isLate).map((e) => JSON.parse(e.data) as { from: number; to: number; node?: string });
  assert.deepEqual(gaps.map((g) => [g.from, g.to, g.node]), [[w, w + 1000, 'ingest-c']]);
  const live = reader.windows().find((x) => x.start === w)!;
  assert.ok(!live.series.some((s) => s.labels.node === 'c'), 'the live window went out without it');
  assert.equal((await scrape(gateway.httpPort)).get('sluice_sse_late_parts_total'), 1);
  // A client resuming from before w gets w from the history, c's part merged in.
  await new Promise((resolve) => setTimeout(resolve, 300));
  const resumed = new SseReader(`${url}&lastEventId=${w - 1000}`);
  await resumed.until((r) => r.windows().some((x) => x.start === w), 10_000);
  assert.equal(resumed.windows().find((x) => x.start === w)!.series.find((s) => s.labels.node === 'c')?.sum, 7);
  resumed.close();
  await pusher.stop();
});

test('a Redis Cluster master killed and restarted: subscriptions come back, windows flow again, clients are told what they missed', async () => {
  const cluster = await startRedisCluster(3);
  const prefix = `mk${Date.now() % 100000}:`;
  // A topic whose slot is not on the master that carries the ticks.
  const tickOwner = cluster.ownerOf(calculateSlot(`${prefix}{tick}`));
  let topic = '';
  let victim = 0;
  for (let i = 0; topic === '' && i < 1000; i++) {
    const owner = cluster.ownerOf(calculateSlot(windowChannel(prefix, 1000, `mk.topic${i}`)));
    if (owner !== tickOwner && owner > 0) { topic = `mk.topic${i}`; victim = owner; }
  }
  assert.ok(topic !== '');
  const common = ['--redis-cluster-nodes', cluster.nodes, '--redis-prefix', prefix, '--node-timeout-ms', '2000'];
  const node = await startChildSluice(['--role', 'all', '--node-id', 'solo', ...common]);
  const reader = new SseReader(`http://127.0.0.1:${node.httpPort}/v1/stream?match=${topic}`);
  await reader.opened;
  const pusher = pushEvery100ms(new IngestClient(node.grpcPort), topic);
  await reader.until((r) => r.windows().length >= 2, 20_000);
  await cluster.kill(victim);
  const killedAt = Date.now();
  await new Promise((resolve) => setTimeout(resolve, 3000));
  await cluster.restart(victim);
  const back = Date.now();
  await reader.until((r) => r.windows().some((w) => w.start > back + 1000), 30_000);
  const { acked, lastWindow } = await pusher.stop();
  await reader.until((r) => r.windows().some((w) => w.resolution_ms === 1000 && w.start === lastWindow), 10_000);
  const { starts, lost } = await accounted(reader, node, acked);
  // Every second of the outage is either delivered or inside a gap the client was told about.
  const gaps = reader.events.filter((e) => e.event === 'gap').map((e) => JSON.parse(e.data) as { from: number; to: number });
  for (let s = Math.ceil(killedAt / 1000) * 1000; s < back; s += 1000) {
    assert.ok(starts.includes(s) || gaps.some((g) => s >= g.from && s < g.to), `window ${s} missing without a gap (${JSON.stringify(gaps)})`);
  }
  // Publishes to the dead master's slots fail: counted lost on the node, and told.
  if (lost > 0) assert.ok(gaps.length > 0, 'the loss was told as a gap');
  node.process.kill('SIGTERM');
  assert.equal(await node.exited, 0);
});

test("a topic's slot resharded to another master (MOVED): the subscription follows, windows flow on, and its history moved with it serves a resume", async () => {
  const cluster = await startRedisCluster(3);
  const prefix = `rs${Date.now() % 100000}:`;
  const topic = 'reshard.topic';
  const slot = calculateSlot(windowChannel(prefix, 1000, topic));
  const node = await startChildSluice(['--role', 'all', '--node-id', 'solo', '--redis-cluster-nodes', cluster.nodes, '--redis-prefix', prefix]);
  const reader = new SseReader(`http://127.0.0.1:${node.httpPort}/v1/stream?match=${topic}`);
  await reader.opened;
  const pusher = pushEvery100ms(new IngestClient(node.grpcPort), topic);
  await reader.until((r) => r.windows().length >= 3, 20_000);
  const from = cluster.ownerOf(slot);
  const to = cluster.ports.find((p) => p !== from)!;
  cluster.moveSlot(slot, to);
  const movedAt = Date.now();
  assert.equal(cluster.ownerOf(slot), to);
  await reader.until((r) => r.windows().some((w) => w.start > movedAt + 2000), 20_000);
  const { acked, lastWindow } = await pusher.stop();
  await reader.until((r) => r.windows().some((w) => w.resolution_ms === 1000 && w.start === lastWindow), 10_000);

  const { starts, lost, short } = await accounted(reader, node, acked);
  assert.deepEqual([lost, short], [0, 0], 'a resharding loses nothing and every window is whole');

  // The history stream moved with the slot: a resume from the first window replays all the rest.
  const first = starts[0]!;
  const resumed = new SseReader(`http://127.0.0.1:${node.httpPort}/v1/stream?match=${topic}&lastEventId=${first}`);
  await resumed.opened;
  await resumed.until((r) => r.windows().some((w) => w.start === lastWindow), 10_000);
  assert.deepEqual(resumed.windows().filter((w) => w.start <= lastWindow).map((w) => w.start), starts.filter((s) => s > first));
  node.process.kill('SIGTERM');
  assert.equal(await node.exited, 0);
});
