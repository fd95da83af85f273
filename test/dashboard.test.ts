import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { chromiumMissing, collectPageErrors, countEventSources, launchChromium } from './support/chromium.js';
import { IngestClient, type TestMetric } from './support/ingest-client.js';
import { engineTest, startTestSluice, startTestSluiceOn, waitFor } from './support/sluice-harness.js';
import { SseReader } from './support/sse-reader.js';

/**
 * The dashboard at GET /, in Debian's headless Chromium: the landing view
 * charts the busiest names at once, a deep link backfills its panels with
 * exactly the values the stream carries, every choice survives a reload,
 * dark mode follows the system and the toggle; a gap the server reports is
 * listed; a window drawn once is never drawn again; the page stays light
 * with 100 series.
 */

const fast = ['--window-ms', '200', '--resolutions', '200,2000', '--lateness-ms', '100'];
const screenshot = fileURLToPath(new URL('../../docs/dashboard.png', import.meta.url));
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

interface PanelView {
  name: string;
  kind: string;
  stat: string;
  group: string | null;
  series: number;
  hidden: number;
  points: number;
  lines: Array<{ label: string; values: Array<number | null> }>;
}
interface EventSources { created: number; open(): number; urls(): string[]; last(): { url: string; dispatchEvent(event: unknown): boolean } }
type Hook = { state: string; lastStart: number | null; landing: string[]; gaps: Array<{ from: number; to: number; reason: string }>; panels: PanelView[]; drawTimes: number[]; windows: number };
declare const window: { sluiceDashboard: Hook; __eventSources: EventSources };
declare const document: { body: unknown };
declare function getComputedStyle(node: unknown): { backgroundColor: string };

const hook = (page: Page): Promise<Hook> => page.evaluate(() => {
  const d = window.sluiceDashboard;
  return { state: d.state, lastStart: d.lastStart, landing: d.landing, gaps: d.gaps, panels: d.panels, drawTimes: [], windows: d.windows };
});
const panel = async (page: Page, name: string): Promise<PanelView | undefined> => (await hook(page)).panels.find((p) => p.name === name);
const background = (page: Page): Promise<string> => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
/** Relative luminance 0..1 of an `rgb(r, g, b)` colour. */
function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/\d+/g) ?? ['255', '255', '255']).map(Number) as [number, number, number];
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}
/** Rows of a panel's table alternative (opened first), as window starts. */
async function tableStarts(page: Page, name: string): Promise<number[]> {
  const figure = page.locator(`figure.panel[data-name="${name}"]`);
  if (!(await figure.locator('details').evaluate((d) => (d as unknown as { open: boolean }).open))) await figure.locator('summary').click();
  return (await figure.locator('tbody tr').evaluateAll((rows) => rows.map((r) => Number((r as unknown as { dataset: { start: string } }).dataset.start))));
}

/** Pushes `batch(round)` every `everyMs` until stopped. */
function keepPushing(client: IngestClient, batch: (round: number) => TestMetric[], everyMs = 40): { stop(): Promise<void> } {
  let running = true;
  const loop = (async () => {
    for (let round = 0; running; round++) {
      await client.push(batch(round));
      await sleep(everyMs);
    }
  })();
  return { stop: async () => { running = false; await loop; } };
}

const hosts = ['h1', 'h2', 'h3', 'h4', 'h5'];
const zoneOf = (host: string): string => (host === 'h1' || host === 'h2' ? 'a' : 'b');

engineTest('dashboard: the landing view charts the busiest names at once; deep links backfill, restore the view, and go dark', async (engine, t) => {
  const missing = chromiumMissing();
  if (missing !== null) return void t.skip(missing);
  const sluice = await startTestSluiceOn(engine, ['--window-ms', '200', '--resolutions', '200,1000', '--lateness-ms', '100']);
  const base = `http://127.0.0.1:${sluice.httpPort}`;
  const client = new IngestClient(sluice.grpcPort);
  const pusher = keepPushing(client, (round) => [
    ...hosts.map((host, i) => ({ name: 'load.cpu', labels: [{ key: 'host', value: host }, { key: 'zone', value: zoneOf(host) }], value: 10 * (i + 1) + (round % 7), timestampMs: 0, kind: 0 })),
    { name: 'load.requests', labels: [{ key: 'host', value: 'h1' }], value: 1 + (round % 3), timestampMs: 0, kind: 1 },
  ]);
  try {
    const reference = new SseReader(`${base}/v1/stream?match=load.*&resolution=200ms`);
    await reference.opened;
    await sleep(15_000); // 15 s of load: 75 windows of 200 ms
    assert.ok(reference.windows().length >= 50, `windows came (${reference.windows().length})`);

    const browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = collectPageErrors(page);
    await page.addInitScript(countEventSources);

    // GET / with no choice: the busiest names, charted without a click.
    const opened = Date.now();
    await page.goto(`${base}/`);
    await page.locator('figure.panel canvas').first().waitFor({ timeout: 3000 });
    await waitFor(async () => ((await panel(page, 'load.cpu'))?.points ?? 0) >= 10, 3000 - (Date.now() - opened), 'a landing chart with past windows within 3 s');
    const landing = await hook(page);
    assert.deepEqual(landing.landing, ['load.cpu', 'load.requests'], 'busiest first: 5 series, then 1');
    assert.equal(new URL(page.url()).searchParams.getAll('match').length, 0, 'the landing names stay out of the URL');
    assert.equal((await panel(page, 'load.cpu'))!.lines.length, 5, 'one panel, a line per series');
    assert.equal((await panel(page, 'load.cpu'))!.stat, 'avg', 'gauge: avg by default');
    assert.equal((await panel(page, 'load.requests'))!.stat, 'rate', 'counter: rate by default');

    // A deep link to one name: past windows at once (from the table alternative), one panel for the 5 series.
    const linked = Date.now();
    await page.goto(`${base}/?match=load.cpu&resolution=200ms`);
    await waitFor(async () => ((await panel(page, 'load.cpu'))?.points ?? 0) >= 10, 2000 - (Date.now() - linked), 'a panel with 10 points within 2 s');
    assert.ok((await tableStarts(page, 'load.cpu')).length >= 10, 'at least 10 past windows in the table alternative');
    const panels = (await hook(page)).panels;
    assert.deepEqual(panels.map((p) => [p.name, p.series, p.lines.length]), [['load.cpu', 5, 5]]);
    assert.match((await page.evaluate(() => window.__eventSources.last().url)), /backfill=5m/, 'the stream opened with a backfill of the range');
    // The lines are the stream's avg per host, window by window; the legend names a line by the label that differs (not zone: it differs too).
    const drawn = (await panel(page, 'load.cpu'))!;
    const starts = await tableStarts(page, 'load.cpu');
    assert.deepEqual(starts, [...new Set(starts)].sort((a, b) => a - b), 'table rows: each window once, in order');
    const sent = new Map(reference.windows().map((w) => [w.start, w]));
    for (const line of drawn.lines) {
      const host = /host=(h\d)/.exec(line.label)![1]!;
      line.values.forEach((value, i) => {
        const want = sent.get(starts[i]!)?.series.find((s) => s.labels.host === host);
        if (want !== undefined) assert.equal(value, want.avg, `${line.label} @${starts[i]}`);
      });
    }
    assert.ok(starts.some((s) => sent.has(s) && s <= reference.windows()[60]!.start), 'windows from before the page opened are drawn');
    // New windows append to the open table and leave the panel's controls alone: rebuilding them every
    // window kept the page too busy for a click and made handles go stale.
    await page.evaluate((name) => {
      const figure = (globalThis as unknown as { document: { querySelector(s: string): { querySelector(s: string): object } } }).document.querySelector(`figure.panel[data-name="${name}"]`);
      (globalThis as unknown as { kept: object[] }).kept = [figure, figure.querySelector('select'), figure.querySelector('tbody tr:last-child')];
    }, 'load.cpu');
    const pointsNow = (await panel(page, 'load.cpu'))!.points;
    await waitFor(async () => (await tableStarts(page, 'load.cpu')).length >= pointsNow + 3, 5000, 'three more windows in the table');
    assert.deepEqual(await page.evaluate(() => (globalThis as unknown as { kept: Array<{ isConnected: boolean }> }).kept.map((node) => node.isConnected)), [true, true, true], 'panel, statistic select and a written row are the same nodes three windows later');

    // Switch the statistic, group by zone, isolate a line: each choice lands in the URL and survives a reload.
    const figure = page.locator('figure.panel[data-name="load.cpu"]');
    await figure.getByLabel('Statistic').selectOption('max');
    await figure.getByLabel('Group by').selectOption('zone');
    await waitFor(async () => (await panel(page, 'load.cpu'))!.lines.length === 2, 3000, 'two zone lines');
    const grouped = (await panel(page, 'load.cpu'))!;
    assert.deepEqual(grouped.lines.map((l) => l.label).sort(), ['zone=a', 'zone=b']);
    await figure.locator('.legend button', { hasText: 'zone=b' }).click();
    await waitFor(async () => (await panel(page, 'load.cpu'))!.lines.length === 1, 3000, 'one line isolated');
    const url = new URL(page.url());
    assert.deepEqual(url.searchParams.getAll('stat'), ['load.cpu:max']);
    assert.deepEqual(url.searchParams.getAll('group'), ['load.cpu:zone']);
    assert.deepEqual(url.searchParams.getAll('only'), ['load.cpu:zone=b']);
    await page.reload();
    await waitFor(async () => ((await panel(page, 'load.cpu'))?.points ?? 0) >= 10, 3000, 'the reloaded view');
    const restored = (await panel(page, 'load.cpu'))!;
    assert.deepEqual([restored.stat, restored.group, restored.lines.map((l) => l.label)], ['max', 'zone', ['zone=b']], 'the view survives a reload from its URL');
    // zone=b max = mean of h3..h5 max (a gauge's statistic is averaged over the group).
    const rows = await tableStarts(page, 'load.cpu');
    rows.forEach((start, i) => {
      const w = sent.get(start);
      const members = w?.series.filter((s) => s.labels.zone === 'b') ?? [];
      if (members.length === 3) assert.ok(Math.abs(restored.lines[0]!.values[i]! - members.reduce((n, s) => n + s.max, 0) / 3) < 1e-9, `zone=b max @${start}`);
    });

    // A changed resolution backfills too.
    const before = await page.evaluate(() => window.__eventSources.created);
    await page.locator('#resolution').selectOption('1s');
    await waitFor(async () => ((await panel(page, 'load.cpu'))?.points ?? 0) >= 10, 3000, '1 s windows from the backfill');
    const coarse = new URL(await page.evaluate(() => window.__eventSources.last().url), base);
    assert.equal(coarse.searchParams.get('resolution'), '1s');
    assert.equal(coarse.searchParams.get('backfill'), '5m');
    assert.equal(await page.evaluate(() => window.__eventSources.created), before + 1);
    assert.equal(await page.evaluate(() => window.__eventSources.open()), 1, 'one EventSource open');
    assert.equal(new URL(page.url()).searchParams.get('resolution'), '1s');

    // Dark mode: by the system's preference, and by the toggle the URL remembers.
    assert.ok(luminance(await background(page)) > 0.8, 'light by default');
    await page.getByRole('button', { name: /^Theme/ }).click();
    assert.equal(new URL(page.url()).searchParams.get('theme'), 'dark');
    assert.ok(luminance(await background(page)) < 0.2, 'the toggle makes it dark');
    await page.reload();
    assert.ok(luminance(await background(page)) < 0.2, 'still dark after a reload');
    const dark = await browser.newPage({ colorScheme: 'dark' });
    await dark.goto(`${base}/?match=load.cpu&resolution=200ms`);
    assert.ok(luminance(await background(dark)) < 0.2, `prefers-color-scheme: dark gives a dark page (${await background(dark)})`);
    // Keyboard: the controls are reachable with Tab.
    const focused = new Set<string>();
    for (let i = 0; i < 12; i++) {
      await dark.keyboard.press('Tab');
      focused.add(await dark.evaluate(() => (globalThis as unknown as { document: { activeElement: { id: string; tagName: string } } }).document.activeElement.id || (globalThis as unknown as { document: { activeElement: { tagName: string } } }).document.activeElement.tagName));
    }
    for (const id of ['range', 'resolution', 'theme', 'pattern']) assert.ok(focused.has(id), `#${id} reachable by Tab (${[...focused].join(' ')})`);

    if (process.env.SLUICE_SCREENSHOT === '1') {
      const shot = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await shot.goto(`${base}/`);
      await waitFor(async () => ((await panel(shot, 'load.cpu'))?.points ?? 0) >= 10, 3000, 'landing for the screenshot');
      mkdirSync(path.dirname(screenshot), { recursive: true });
      await shot.screenshot({ path: screenshot, fullPage: true });
    }
    assert.deepEqual(errors, [], 'no console errors');
  } finally {
    await pusher.stop();
  }
});

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
    assert.ok(drawn[0]! >= gaps[0]!.to, 'the first point drawn is the first window history still had');
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
    await sluice.stop();
    await waitFor(async () => (await page.locator('#state').textContent()) === 'reconnecting', 5000, 'state reconnecting');
  } finally {
    await pusher.stop();
  }
});

engineTest('dashboard: the page and its assets, uPlot vendored from npm, are served from memory with ETags', async (engine) => {
  const sluice = await startTestSluiceOn(engine);
  const base = `http://127.0.0.1:${sluice.httpPort}`;
  const page = await fetch(`${base}/`);
  assert.equal(page.status, 200);
  assert.equal(page.headers.get('content-type'), 'text/html; charset=utf-8');
  assert.match(page.headers.get('content-security-policy') ?? '', /default-src 'self'/);
  const html = await page.text();
  for (const asset of ['/assets/uPlot.min.css', '/assets/dashboard.css', '/assets/dashboard.js']) assert.ok(html.includes(`"${asset}"`), asset);

  const uplot = path.join(path.dirname(createRequire(import.meta.url).resolve('uplot/package.json')), 'dist');
  for (const [route, file, type] of [['/assets/uPlot.esm.js', 'uPlot.esm.js', 'text/javascript'], ['/assets/uPlot.min.css', 'uPlot.min.css', 'text/css']] as const) {
    const response = await fetch(`${base}${route}`);
    assert.equal(response.status, 200, route);
    assert.match(response.headers.get('content-type') ?? '', new RegExp(`^${type}`), route);
    assert.ok(Buffer.from(await response.arrayBuffer()).equals(readFileSync(path.join(uplot, file))), `${route} is the npm package's ${file}`);
    const etag = response.headers.get('etag');
    assert.ok(etag);
    assert.equal((await fetch(`${base}${route}`, { headers: { 'If-None-Match': etag } })).status, 304, `${route} revalidates`);
  }
  const script = await (await fetch(`${base}/assets/dashboard.js`)).text();
  assert.match(script, /from '\.\/uPlot\.esm\.js'/, 'the page imports the vendored uPlot, nothing from a CDN');
  assert.doesNotMatch(html + script, /https?:\/\//, 'no absolute URL anywhere');
  assert.equal((await fetch(`${base}/assets/nope.js`)).status, 404);
});
