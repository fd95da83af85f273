/**
 * What the dashboard's Chromium tests share: the page's test hook and how to
 * read it, a table view's rows, a steady producer, and the fixtures.
 */
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import type { IngestClient, TestMetric } from './ingest-client.js';

declare const window: { sluiceDashboard: Hook; __eventSources: EventSources };
declare const document: { body: unknown };
declare function getComputedStyle(node: unknown): { backgroundColor: string };
export const fast = ['--window-ms', '200', '--resolutions', '200,2000', '--lateness-ms', '100'];
export const screenshot = fileURLToPath(new URL('../../docs/dashboard.png', import.meta.url));
export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export interface PanelView {
  name: string;
  kind: string;
  stat: string;
  group: string | null;
  series: number;
  hidden: number;
  points: number;
  lines: Array<{ label: string; values: Array<number | null> }>;
}
export interface EventSources { created: number; open(): number; urls(): string[]; last(): { url: string; dispatchEvent(event: unknown): boolean } }
export type Hook = { state: string; lastStart: number | null; landing: string[]; gaps: Array<{ from: number; to: number; reason: string }>; panels: PanelView[]; drawTimes: number[]; windows: number };


export const hook = (page: Page): Promise<Hook> => page.evaluate(() => {
  const d = window.sluiceDashboard;
  return { state: d.state, lastStart: d.lastStart, landing: d.landing, gaps: d.gaps, panels: d.panels, drawTimes: [], windows: d.windows };
});
export const panel = async (page: Page, name: string): Promise<PanelView | undefined> => (await hook(page)).panels.find((p) => p.name === name);
export const background = (page: Page): Promise<string> => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
/** Relative luminance 0..1 of an `rgb(r, g, b)` colour. */
export function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/\d+/g) ?? ['255', '255', '255']).map(Number) as [number, number, number];
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}
/** Rows of a panel's table alternative (opened first), as window starts. */
export async function tableStarts(page: Page, name: string): Promise<number[]> {
  const figure = page.locator(`figure.panel[data-name="${name}"]`);
  if (!(await figure.locator('details').evaluate((d) => (d as unknown as { open: boolean }).open))) await figure.locator('summary').click();
  // The page fills the table on the details' 'toggle' event, a task after the click returns: wait for its rows.
  await figure.locator('tbody tr').first().waitFor({ state: 'attached', timeout: 5000 });
  return (await figure.locator('tbody tr').evaluateAll((rows) => rows.map((r) => Number((r as unknown as { dataset: { start: string } }).dataset.start))));
}

/** Pushes `batch(round)` every `everyMs` until stopped. */
export function keepPushing(client: IngestClient, batch: (round: number) => TestMetric[], everyMs = 40): { stop(): Promise<void> } {
  let running = true;
  const loop = (async () => {
    for (let round = 0; running; round++) {
      await client.push(batch(round));
      await sleep(everyMs);
    }
  })();
  return { stop: async () => { running = false; await loop; } };
}

export const hosts = ['h1', 'h2', 'h3', 'h4', 'h5'];
export const zoneOf = (host: string): string => (host === 'h1' || host === 'h2' ? 'a' : 'b');
