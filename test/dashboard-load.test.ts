import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chromiumMissing, collectPageErrors, countEventSources, launchChromium } from './support/chromium.js';
import { IngestClient } from './support/ingest-client.js';
import { engineTest, startTestSluice, startTestSluiceOn, waitFor } from './support/sluice-harness.js';
import { SseReader } from './support/sse-reader.js';
import { type EventSources, type Hook, fast, hook, keepPushing, panel, tableStarts } from './support/dashboard-page.js';

/**
 * The dashboard under load, in Debian's headless Chromium: a gap the server
 * reports is listed and a window drawn once is never drawn again (on each
 * HTTP engine); the page stays light with 100 series.
 */

declare const window: { sluiceDashboard: Hook; __eventSources: EventSources };
declare const document: { body: unknown };
declare function getComputedStyle(node: unknown): { backgroundColor: string };

// One engine is enough for the page's own cost (the engines are compared by the fan-out bench).
test('dashboard: 100 series over many windows: the heap stays bounded, drawing time is reported; past 20 lines the rest are counted', async (t) => {
  const missing = chromiumMissing();
  if (missing !== null) return void t.skip(missing);
  const sluice = await startTestSluice(['--window-ms', '50', '--resolutions', '50', '--lateness-ms', '50']);
  const base = `http://127.0.0.1:${sluice.httpPort}`;
  const client = new IngestClient(sluice.grpcPort);
  const pusher = keepPushing(client, (round) => Array.from({ length: 100 }, (_, i) => ({ name: 'heavy.m', labels: [{ key: 'i', value: String(i).padStart(3, '0') }], value: i + (round % 10), timestampMs: 0, kind: 0 })), 25);
  try {
    const browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = collectPageErrors(page);
    const cdp = await page.context().newCDPSession(page);
    const heap = async (): Promise<number> => {
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    await page.goto(`${base}/?match=heavy.m&range=1m`);
    // 1 min of 50 ms windows = 1200 > the 900-point ring: it fills, then stays full.
    const windowsSeen = async (): Promise<number> => page.evaluate(() => window.sluiceDashboard.windows);
    await waitFor(async () => ((await panel(page, 'heavy.m'))?.points ?? 0) >= 900, 90_000, 'the ring full (900 points)');
    const full = await heap();
    const seenAtFull = await windowsSeen();
    await waitFor(async () => (await windowsSeen()) >= seenAtFull + 300, 60_000, '300 more windows');
    const later = await heap();
    const times = (await page.evaluate(() => window.sluiceDashboard.drawTimes)).sort((a, b) => a - b);
    const p = (q: number): number => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
    const view = (await panel(page, 'heavy.m'))!;
    // A frame draws every window that arrived since the previous one; its time includes recording them and the canvas.
    const windows = await windowsSeen();
    t.diagnostic(`100 series, ${windows} windows in ${times.length} frames: draw per frame p50 ${p(0.5).toFixed(2)} ms, p99 ${p(0.99).toFixed(2)} ms, max ${times.at(-1)!.toFixed(2)} ms; JS heap ${(full / 1e6).toFixed(1)} MB at a full ring, ${(later / 1e6).toFixed(1)} MB 300 windows later`);
    console.log(`# dashboard perf: draw per frame p50 ${p(0.5).toFixed(2)} ms, p99 ${p(0.99).toFixed(2)} ms over ${times.length} frames (${windows} windows); heap ${(full / 1e6).toFixed(1)} -> ${(later / 1e6).toFixed(1)} MB`);
    assert.equal(view.points, 900, 'the ring holds at most 900 points');
    assert.ok(later < full * 1.25 + 2e6, `the heap does not grow once the ring is full (${full} -> ${later})`);
    assert.equal(view.series, 100);
    assert.equal(view.lines.length, 20, 'the top 20 lines drawn');
    assert.equal(view.hidden, 80);
    assert.match(await page.locator('figure.panel .hidden-note').textContent() ?? '', /^80 more lines hidden: the top 20 by latest avg/);
    assert.deepEqual(view.lines.map((l) => l.label), Array.from({ length: 20 }, (_, i) => `i=0${80 + i}`), 'the top ones by the statistic');
    assert.deepEqual(errors, [], 'no console errors');
  } finally {
    await pusher.stop();
  }
});

engineTest('dashboard: a gap the server reports is listed, and a window is never drawn twice', async (engine, t) => {
  const missing = chromiumMissing();
  if (missing !== null) return void t.skip(missing);
  const sluice = await startTestSluiceOn(engine, [...fast, '--history-windows', '5']);
  const base = `http://127.0.0.1:${sluice.httpPort}`;
  const client = new IngestClient(sluice.grpcPort);
  const pusher = keepPushing(client, (round) => [
    { name: 'gap.m', value: round, timestampMs: 0, kind: 0 },
    { name: 'gap.m', value: -round, timestampMs: 0, kind: 0 },
  ]);
  try {
    const reference = new SseReader(`${base}/v1/stream?match=gap.*&resolution=200ms`);
    await reference.opened;
    await reference.until((r) => r.windows().length >= 12, 10_000);
    // History keeps 5 windows: resuming after the first of 12 cannot be whole.
    const oldest = reference.windows()[0]!.start;

    const browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors = collectPageErrors(page);
    await page.addInitScript(countEventSources);
    await page.goto(`${base}/?match=gap.*&resolution=200ms&lastEventId=${oldest}`);

    const entry = page.locator('#gaps li', { hasText: 'history_expired' });
    await entry.waitFor({ state: 'visible', timeout: 5000 });
    assert.equal(await page.locator('#no-gaps').isVisible(), false);
    const { gaps } = await hook(page);
    assert.equal(gaps.length, 1);
    assert.equal(gaps[0]!.reason, 'history_expired');
    assert.equal(gaps[0]!.from, oldest + 200, 'the gap starts right after the position resumed from');
    assert.ok(gaps[0]!.to > gaps[0]!.from);
    assert.equal(await page.evaluate(() => new URL(window.__eventSources.last().url).searchParams.get('lastEventId')), String(oldest), 'the deep link\'s lastEventId went to the stream');

    await waitFor(async () => ((await panel(page, 'gap.m'))?.points ?? 0) >= 8, 10_000, 'eight points on gap.m');
    const rows = await tableStarts(page, 'gap.m');
    const values = (await panel(page, 'gap.m'))!.lines[0]!.values;
    const drawn = rows.filter((_, i) => values[i] !== null); // a null row is a break where no window came
    assert.ok(drawn[0]! >= gaps[0]!.to, `the first point drawn is the first window history still had: drawn ${drawn.join(',')}; rows ${rows.join(',')}; gap ${JSON.stringify(gaps[0])}; sent ${reference.windows().map((w) => w.start).join(',')}`);
    const sent = reference.windows().map((w) => w.start);
    assert.deepEqual(drawn, sent.filter((s) => s >= drawn[0]! && s <= drawn.at(-1)!), 'every window from the first drawn on, once, in order');

    // A window already drawn, delivered again (as a replay after a reconnect
    // would), is ignored.
    const again = reference.windows().find((w) => w.start === drawn.at(-2))!;
    const before = await tableStarts(page, 'gap.m');
    await page.evaluate((data) => {
      window.__eventSources.last().dispatchEvent(new MessageEvent('window', { data, lastEventId: String(JSON.parse(data).start) }));
    }, JSON.stringify(again));
    const after = await tableStarts(page, 'gap.m');
    assert.deepEqual(after.slice(0, before.length), before.slice(0, after.length));
    assert.deepEqual(after, [...new Set(after)].sort((a, b) => a - b), 'no start drawn twice');
    assert.equal(await page.evaluate(() => window.__eventSources.created), 1, 'one EventSource');
    assert.deepEqual(errors, [], 'no console errors');

    // The server goes away: the page says it is reconnecting.
    await pusher.stop();
    await sluice.close();
    await waitFor(async () => (await page.locator('#state').textContent()) === 'reconnecting', 5000, 'state reconnecting');
  } finally {
    await pusher.stop();
  }
});
