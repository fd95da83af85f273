import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { chromiumMissing, collectPageErrors, countEventSources, launchChromium } from './support/chromium.js';
import { IngestClient, type TestMetric } from './support/ingest-client.js';
import { engineTest, startTestSluiceOn, waitFor } from './support/sluice-harness.js';
import { SseReader, type WindowEvent, type WindowSeries } from './support/sse-reader.js';

/**
 * The dashboard at GET /, in Debian's headless Chromium: series picked
 * through the controls are charted with exactly the values the stream
 * carries, over one EventSource; a gap the server reports is listed; a
 * window drawn once is never drawn again.
 */

const fast = ['--window-ms', '200', '--resolutions', '200,2000', '--lateness-ms', '100'];
const screenshot = fileURLToPath(new URL('../../docs/dashboard.png', import.meta.url));
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

interface DrawnChart {
  name: string;
  labels: Record<string, string>;
  kind: string;
  starts: number[];
  [column: string]: unknown;
}
interface EventSources { created: number; open(): number; urls(): string[]; last(): { url: string; dispatchEvent(event: unknown): boolean } }
type Hook = { state: string; lastStart: number | null; gaps: Array<{ from: number; to: number; reason: string }>; charts: Record<string, DrawnChart> };
declare const window: { sluiceDashboard: Hook; __eventSources: EventSources };

const hook = (page: Page): Promise<Hook> => page.evaluate(() => {
  const d = window.sluiceDashboard;
  return { state: d.state, lastStart: d.lastStart, gaps: d.gaps, charts: d.charts };
});
const points = (chart: DrawnChart | undefined): number => (chart === undefined ? 0 : (chart.avg as Array<number | null>).filter((v) => v !== null).length);
const seriesId = (s: { name: string; labels: Record<string, string> }): string => `${s.name}${JSON.stringify(Object.entries(s.labels).sort())}`;

/** Pushes `batch(round)` every 40 ms until stopped. */
function keepPushing(client: IngestClient, batch: (round: number) => TestMetric[]): { stop(): Promise<void> } {
  let running = true;
  const loop = (async () => {
    for (let round = 0; running; round++) {
      await client.push(batch(round));
      await sleep(40);
    }
  })();
  return { stop: async () => { running = false; await loop; } };
}

/**
 * Every non-null point of `chart` equals the series' fields in the window
 * the reference reader got at that start, and every reference window of
 * that series between the chart's first and last point is drawn (selection
 * changes resume the stream without a hole). Starts strictly increase.
 */
function assertDrawnAsSent(key: string, chart: DrawnChart, reference: WindowEvent[], columns: string[]): void {
  const byStart = new Map<number, WindowSeries>();
  for (const w of reference) for (const s of w.series) if (seriesId(s) === seriesId(chart)) byStart.set(w.start, s);
  const drawn: number[] = [];
  chart.starts.forEach((start, i) => {
    if ((chart.avg as Array<number | null>)[i] === null) return; // a line break where no window came
    drawn.push(start);
    const sent = byStart.get(start);
    assert.ok(sent, `${key}: drew a point at ${start} that the stream never sent`);
    for (const column of columns) {
      assert.equal((chart[column] as Array<number | null>)[i], sent[column as keyof WindowSeries], `${key} @${start}: ${column}`);
    }
  });
  assert.deepEqual(chart.starts, [...new Set(chart.starts)].sort((a, b) => a - b), `${key}: starts strictly increase`);
  const expected = [...byStart.keys()].filter((s) => s >= drawn[0]! && s <= drawn.at(-1)!).sort((a, b) => a - b);
  assert.deepEqual(drawn, expected, `${key}: every window of the series between the first and last point is drawn`);
}

engineTest('dashboard: series picked through the controls are charted exactly as streamed, over one EventSource', async (engine, t) => {
  const missing = chromiumMissing();
  if (missing !== null) return void t.skip(missing);
  const sluice = await startTestSluiceOn(engine, fast);
  const base = `http://127.0.0.1:${sluice.httpPort}`;
  const client = new IngestClient(sluice.grpcPort);
  const wave = (round: number, phase: number): number => Math.round(1000 * (50 + 30 * Math.sin((round + phase) / 8))) / 1000;
  const pusher = keepPushing(client, (round) => [
    { name: 'dash.cpu', labels: [{ key: 'host', value: 'web-1' }], value: wave(round, 0), timestampMs: 0, kind: 0 },
    { name: 'dash.cpu', labels: [{ key: 'host', value: 'web-1' }], value: wave(round, 0) + (round % 7), timestampMs: 0, kind: 0 },
    { name: 'dash.cpu', labels: [{ key: 'host', value: 'web-2' }], value: wave(round, 20), timestampMs: 0, kind: 0 },
    { name: 'dash.latency', labels: [{ key: 'host', value: 'web-1' }], value: 5 + (round % 13) * 2, timestampMs: 0, kind: 2 },
    { name: 'dash.latency', labels: [{ key: 'host', value: 'web-1' }], value: 40 + (round % 5) * 9, timestampMs: 0, kind: 2 },
    { name: 'dash.latency', labels: [{ key: 'host', value: 'web-1' }], value: 9 + (round % 3), timestampMs: 0, kind: 2 },
    { name: 'dash.requests', labels: [{ key: 'host', value: 'web-1' }], value: 1 + (round % 4), timestampMs: 0, kind: 1 },
    { name: 'other.noise', labels: [{ key: 'host', value: 'web-1' }], value: round, timestampMs: 0, kind: 0 },
  ]);
  try {
    // /v1/series describes a name once a window of it is in history.
    const reference = new SseReader(`${base}/v1/stream?match=dash.*&label=host:web-1&resolution=200ms`);
    await reference.until((r) => new Set(r.windows().flatMap((w) => w.series.map((s) => s.name))).size === 3, 10_000);

    const browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = collectPageErrors(page);
    await page.addInitScript(countEventSources);
    // The server here has 200 ms windows: the deep link sets only the resolution.
    await page.goto(`${base}/?resolution=200ms`);
    assert.equal(await page.title(), 'Sluice dashboard');
    assert.equal(await page.locator('#state').textContent(), 'closed', 'nothing picked, no stream');
    assert.equal(await page.evaluate(() => window.__eventSources.created), 0);

    // Type a pattern, list what /v1/series has, pick three names, filter a label.
    await page.getByLabel('Name pattern').fill('dash.*');
    await page.getByRole('button', { name: 'Find' }).click();
    await page.locator('#names input[value="dash.requests"]').waitFor();
    assert.deepEqual(await page.locator('#names input').evaluateAll((boxes) => boxes.map((b) => (b as unknown as { value: string }).value)),
      ['dash.*', 'dash.cpu', 'dash.latency', 'dash.requests'], 'the pattern, then the names /v1/series listed (not other.noise)');
    assert.deepEqual(await page.locator('#names li').allTextContents(),
      ['dash.*every matching name', 'dash.cpugauge · 2 series', 'dash.latencyhistogram · 1 series', 'dash.requestscounter · 1 series']);
    // Each change resumes after the last window drawn. A window at least is
    // drawn between two changes, as with a person at the controls: resumes
    // from one position within 2 s share one history read on the server
    // (gateway/history-reader.ts), which can lack a window closed meanwhile.
    const change = async (action: () => Promise<void>): Promise<void> => {
      const before = await page.evaluate(() => window.sluiceDashboard.lastStart);
      await action();
      await waitFor(async () => (await page.evaluate(() => window.sluiceDashboard.lastStart) ?? 0) > (before ?? 0), 5000, 'a window drawn after the change');
    };
    await change(() => page.locator('#names input[value="dash.cpu"]').check());
    assert.ok((await hook(page)).charts['dash.cpu{host="web-2"}'], 'both hosts charted before the label filter');
    await change(() => page.locator('#names input[value="dash.latency"]').check());
    await change(() => page.locator('#names input[value="dash.requests"]').check());
    await change(async () => {
      await page.getByLabel('Label filters').fill('host:web-1');
      await page.getByLabel('Label filters').press('Enter');
    });
    assert.equal(await page.getByLabel('Resolution').inputValue(), '200ms');
    assert.equal(new URL(page.url()).search, '?match=dash.cpu&match=dash.latency&match=dash.requests&label=host%3Aweb-1&resolution=200ms', 'the address is a deep link to the view');

    const keys = ['dash.cpu{host="web-1"}', 'dash.latency{host="web-1"}', 'dash.requests{host="web-1"}'];
    await waitFor(async () => {
      const { charts } = await hook(page);
      return keys.every((key) => points(charts[key]) >= 20);
    }, 15_000, 'three charts with 20 points each');
    const { state, charts } = await hook(page);
    assert.equal(state, 'live');
    assert.equal(await page.locator('#state').textContent(), 'live');
    assert.deepEqual(Object.keys(charts).sort(), keys, 'one chart per picked series; web-2 dropped by the label filter');
    assert.equal(await page.locator('figure.chart canvas').count(), 3);

    // The drawn values are the stream's, window by window.
    const sent = reference.windows();
    assertDrawnAsSent(keys[0]!, charts[keys[0]!]!, sent, ['avg', 'min', 'max', 'last']);
    assertDrawnAsSent(keys[1]!, charts[keys[1]!]!, sent, ['avg', 'min', 'max', 'last', 'p50', 'p99']);
    assertDrawnAsSent(keys[2]!, charts[keys[2]!]!, sent, ['avg', 'min', 'max', 'last', 'rate']);

    // Four selection changes, four streams opened, one open now; the server agrees.
    const sources = await page.evaluate(() => ({ created: window.__eventSources.created, open: window.__eventSources.open(), urls: window.__eventSources.urls() }));
    assert.equal(sources.open, 1, 'exactly one EventSource open for three charts');
    assert.equal(sources.created, 4, 'one per selection change (3 names, then the label filter)');
    const current = new URL(sources.urls.at(-1)!);
    assert.deepEqual(current.searchParams.getAll('match'), ['dash.cpu', 'dash.latency', 'dash.requests']);
    assert.deepEqual(current.searchParams.getAll('label'), ['host:web-1']);
    assert.equal(current.searchParams.get('resolution'), '200ms');
    assert.match(current.searchParams.get('lastEventId') ?? '', /^\d+$/, 'a new selection resumes after the last window drawn');
    await waitFor(async () => /^sluice_sse_clients 2$/m.test(await (await fetch(`${base}/metrics`)).text()), 5000, 'sluice_sse_clients = 2 (the page and the reference reader)');

    assert.match(await page.locator('#freshness').textContent() ?? '', /^last window [01] s ago/);
    // SLUICE_SCREENSHOT=1 npm test refreshes the README's picture; a plain run leaves the tree clean.
    if (process.env.SLUICE_SCREENSHOT === '1') {
      mkdirSync(path.dirname(screenshot), { recursive: true });
      await page.screenshot({ path: screenshot, fullPage: true });
    }

    // No more data: freshness keeps counting, every second.
    await pusher.stop();
    await waitFor(async () => /^last window [2-9] s ago/.test(await page.locator('#freshness').textContent() ?? ''), 5000, 'freshness to count up');
    assert.deepEqual(errors, [], 'no console errors');

    // A stream the server refuses (this one has no 1 s resolution) is closed, and says why.
    await page.goto(`${base}/?match=dash.cpu&resolution=1s`);
    await waitFor(async () => (await page.locator('#state').textContent()) === 'closed' && /resolution must be one of 200ms, 2000ms/.test(await page.locator('#detail').textContent() ?? ''), 5000, 'the refusal to be shown');
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

    await waitFor(async () => points((await hook(page)).charts['gap.m']) >= 8, 10_000, 'eight points on gap.m');
    const drawn = (await hook(page)).charts['gap.m']!;
    assert.ok(drawn.starts[0]! >= gaps[0]!.to, 'the first point drawn is the first window history still had');
    assertDrawnAsSent('gap.m', drawn, reference.windows(), ['avg', 'min', 'max', 'last']);

    // A window already drawn, delivered again (as a replay after a reconnect
    // would), is ignored.
    const again = reference.windows().find((w) => w.start === drawn.starts.at(-2))!;
    const before = (await hook(page)).charts['gap.m']!.starts;
    await page.evaluate((data) => {
      window.__eventSources.last().dispatchEvent(new MessageEvent('window', { data, lastEventId: String(JSON.parse(data).start) }));
    }, JSON.stringify(again));
    const after = (await hook(page)).charts['gap.m']!.starts;
    assert.deepEqual(after.slice(0, before.length), before);
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
