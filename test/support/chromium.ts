/**
 * Debian's Chromium (apt-get install chromium; .ci/run installs it), driven
 * by playwright-core. Nothing is downloaded at run time: without
 * /usr/bin/chromium the tests that need it skip.
 */
import { existsSync } from 'node:fs';
import { after } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';

export const chromiumPath = '/usr/bin/chromium';

/** Why the browser tests cannot run here, or null when they can. */
export function chromiumMissing(): string | null {
  return existsSync(chromiumPath) ? null : `${chromiumPath} not found: install Debian's chromium (apt-get install -y chromium), as .ci/run does`;
}

/** A headless Chromium in a fresh temporary profile, closed after the test. */
export async function launchChromium(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  after(() => browser.close());
  return browser;
}

/** Console errors and uncaught exceptions of a page, as text. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => { if (message.type() === 'error') errors.push(`console: ${message.text()}`); });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  return errors;
}

/**
 * Init script counting the page's EventSource instances: `created`, and
 * `open()` = those not closed (by close() or by the browser giving up).
 */
export const countEventSources = `(() => {
  const Native = window.EventSource;
  const instances = [];
  class Counted extends Native {
    constructor(url, init) { super(url, init); instances.push(this); }
  }
  Object.defineProperty(window, '__eventSources', { value: {
    get created() { return instances.length; },
    open() { return instances.filter((s) => s.readyState !== Native.CLOSED).length; },
    urls() { return instances.map((s) => s.url); },
    last() { return instances.at(-1); },
  } });
  window.EventSource = Counted;
})();`;
