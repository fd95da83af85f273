/**
 * The built-in dashboard: GET / serves dashboard/index.html, and /assets/
 * serves its script and stylesheet plus uPlot, vendored from the `uplot`
 * npm package (nothing is fetched from the internet, there is no build
 * step). Every file is read once at startup and served from memory with an
 * ETag, so a reload costs a 304.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HttpRequest, HttpResponse, HttpRouter } from '../gateway/http-engine.js';

interface Asset {
  body: Buffer;
  type: string;
  etag: string;
}

// Same-origin only: the page talks to /v1/series and /v1/stream of the
// gateway that served it. uPlot sets inline styles, hence 'unsafe-inline'
// for styles (never for scripts).
const kCsp = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

/** dashboard/ in the source tree: beside this file, or two levels up from dist/dashboard/. */
function pageDirectory(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const candidate of [here, path.resolve(here, '../../dashboard')]) {
    if (existsSync(path.join(candidate, 'index.html'))) return candidate;
  }
  throw new Error(`dashboard: index.html not found beside ${here} nor in ../../dashboard`);
}

function asset(file: string, type: string): Asset {
  const body = readFileSync(file);
  return { body, type, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"` };
}

function loadAssets(): Map<string, Asset> {
  const pages = pageDirectory();
  const uplot = path.join(path.dirname(createRequire(import.meta.url).resolve('uplot/package.json')), 'dist');
  return new Map([
    ['/', asset(path.join(pages, 'index.html'), 'text/html; charset=utf-8')],
    ['/assets/dashboard.js', asset(path.join(pages, 'dashboard.js'), 'text/javascript; charset=utf-8')],
    ['/assets/dashboard.css', asset(path.join(pages, 'dashboard.css'), 'text/css; charset=utf-8')],
    ['/assets/uPlot.esm.js', asset(path.join(uplot, 'uPlot.esm.js'), 'text/javascript; charset=utf-8')],
    ['/assets/uPlot.min.css', asset(path.join(uplot, 'uPlot.min.css'), 'text/css; charset=utf-8')],
  ]);
}

let assets: Map<string, Asset> | null = null;

export function dashboardRoutes(app: HttpRouter): void {
  assets ??= loadAssets();
  for (const [route, file] of assets) {
    // Answered synchronously, from memory: no onAborted needed.
    app.get(route, (res, req) => serve(res, req, route, file));
  }
}

function serve(res: HttpResponse, req: HttpRequest, route: string, file: Asset): void {
  const fresh = req.getHeader('if-none-match') === file.etag;
  res.writeStatus(fresh ? '304 Not Modified' : '200 OK')
    .writeHeader('ETag', file.etag)
    .writeHeader('Cache-Control', 'no-cache')
    .writeHeader('X-Content-Type-Options', 'nosniff');
  if (route === '/') res.writeHeader('Content-Security-Policy', kCsp).writeHeader('Referrer-Policy', 'no-referrer');
  if (fresh) return void res.endWithoutBody();
  res.writeHeader('Content-Type', file.type).end(file.body);
}
