/**
 * Worker side of the ring wake-up tests: consumes a ring until it is closed
 * and reports, for every message, what woke the consumer before it saw it
 * ('ok': a notify, 'recheck': the re-check timer, 'none': it never slept),
 * and how many times it slept in all.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { Ring } from '../../engine/ring.js';

const { storage } = workerData as { storage: SharedArrayBuffer };
const ring = new Ring(storage);
const seen: Array<{ first: number; wokenBy: string }> = [];
let sleeps = 0;
let wokenBy = 'none';

for (;;) {
  const n = ring.drain((message) => { seen.push({ first: message[0]!, wokenBy }); });
  if (n > 0) { wokenBy = 'none'; continue; }
  if (ring.isClosed()) break;
  // Told after the wait is set up (the ring checked, the waiter armed): a
  // test that acts on 'sleeping' then finds the consumer asleep. Told before
  // it, a push could land in between when this thread was descheduled, and
  // the "wait" found it at once (CI saw a lazy push taken that way).
  const waiting = ring.waitForData();
  parentPort!.postMessage({ type: 'sleeping' });
  sleeps++;
  const how = await waiting;
  wokenBy = how === 'ok' ? 'ok' : how === undefined ? 'none' : 'recheck';
}
parentPort!.postMessage({ type: 'done', seen, sleeps, lostWakeups: ring.lostWakeups });
