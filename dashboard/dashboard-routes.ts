/**
 * The built-in dashboard page (GET /) and its assets. Placeholder until the
 * page lands.
 */
import type uWS from 'uWebSockets.js';

export function dashboardRoutes(app: uWS.TemplatedApp): void {
  app.get('/', (res) => {
    res.writeStatus('200 OK').writeHeader('Content-Type', 'text/html; charset=utf-8').end('<!doctype html><title>Sluice</title><p>Sluice</p>');
  });
}
