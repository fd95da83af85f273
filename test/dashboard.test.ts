import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { chromiumMissing, collectPageErrors, countEventSources, launchChromium } from './support/chromium.js';
import { IngestClient } from './support/ingest-client.js';
import { engineTest, startTestSluiceOn, waitFor } from './support/sluice-harness.js';
import { SseReader } from './support/sse-reader.js';
import { type EventSources, type Hook, background, hook, hosts, keepPushing, luminance, panel, screenshot, sleep, tableStarts, zoneOf } from './support/dashboard-page.js';

/**
 * The dashboard at GET /, in Debian's headless Chromium, on each HTTP
 * engine: the landing view charts the busiest names at once, a deep link
 * backfills its panels with exactly the values the stream carries, every
 * choice survives a reload, dark mode follows the system and the toggle; the
 * page and its assets are served from memory. (The page under load and its
 * gaps: dashboard-load.test.ts.)
 */

declare const window: { sluiceDashboard: Hook; __eventSources: EventSources };
declare const document: { body: unknown };
declare function getComputedStyle(node: unknown): { backgroundColor: string };

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
    // The page draws (and picks the lines it shows) once per frame, so wait for a frame that has both.
    await waitFor(async () => {
      const view = await panel(page, 'load.cpu');
      return view !== undefined && view.points >= 10 && view.lines.length > 0;
    }, 3000, 'the reloaded view');
    const restored = (await panel(page, 'load.cpu'))!;
    assert.deepEqual([restored.stat, restored.group, restored.lines.map((l) => l.label)], ['max', 'zone', ['zone=b']], 'the view survives a reload from its URL');
    // zone=b max = mean of h3..h5 max (a gauge's statistic is averaged over the group).
    // The table and the chart's values must be read at one moment: a window arriving in between shifts one against the other.
    let rows: number[] = [];
    let shown = restored;
    for (let attempt = 0; attempt < 10; attempt++) {
      rows = await tableStarts(page, 'load.cpu');
      shown = (await panel(page, 'load.cpu'))!;
      if ((await tableStarts(page, 'load.cpu')).length === rows.length && shown.lines[0]!.values.length === rows.length) break;
    }
    assert.equal(shown.lines[0]!.values.length, rows.length, 'the table has a row per point charted');
    rows.forEach((start, i) => {
      const w = sent.get(start);
      const members = w?.series.filter((s) => s.labels.zone === 'b') ?? [];
      if (members.length === 3) assert.ok(Math.abs(shown.lines[0]!.values[i]! - members.reduce((n, s) => n + s.max, 0) / 3) < 1e-9, `zone=b max @${start}`);
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
