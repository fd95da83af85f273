/**
 * Preloaded into a child Sluice (`NODE_OPTIONS=--import <this file>`): every
 * 200 ms, writes to stderr the longest event-loop delay of the main thread
 * in that interval (`sluice-event-loop {"maxMs":…}`), then resets. A request
 * whose handling held the main thread for N ms shows as a delay of about N.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { isMainThread } from 'node:worker_threads';

if (isMainThread) {
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  histogram.enable();
  setInterval(() => {
    process.stderr.write(`sluice-event-loop ${JSON.stringify({ maxMs: histogram.max / 1e6 })}\n`);
    histogram.reset();
  }, 200).unref();
}
