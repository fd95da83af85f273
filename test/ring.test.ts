import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Worker } from 'node:worker_threads';
import { readdirSync, readFileSync } from 'node:fs';
import { allocateRing, framedSize, Ring } from '../engine/ring.js';
import { MessageWriter } from '../engine/message-writer.js';
import { seededRandom } from './support/seeded-random.js';

const drainAll = (ring: Ring): Uint8Array[] => {
  const out: Uint8Array[] = [];
  ring.drain((m) => out.push(m.slice()));
  return out;
};

test('messages keep their bytes and order across the wraparound point', () => {
  const ring = new Ring(allocateRing(64));
  assert.equal(ring.capacity, 64);
  const random = seededRandom(7);
  // Repeatedly fill part of the ring and drain it, so messages straddle the end.
  for (let round = 0; round < 200; round++) {
    const sent: Uint8Array[] = [];
    for (;;) {
      const message = Uint8Array.from({ length: 1 + Math.floor(random() * 20) }, () => Math.floor(random() * 256));
      if (!ring.tryPush(message)) break;
      sent.push(message);
    }
    assert.ok(sent.length > 0);
    assert.deepEqual(drainAll(ring), sent);
    assert.equal(ring.usedBytes(), 0);
  }
});

test('a full ring refuses a push without changing anything, then accepts after a drain', () => {
  const ring = new Ring(allocateRing(64));
  const message = new Uint8Array(12).fill(9);
  let pushed = 0;
  while (ring.tryPush(message)) pushed++;
  assert.equal(pushed, Math.floor(64 / framedSize(12)));
  const used = ring.usedBytes();
  assert.equal(ring.tryPush(message), false);
  assert.equal(ring.usedBytes(), used);
  assert.equal(ring.hasRoomFor(12), false);
  assert.equal(drainAll(ring).length, pushed);
  assert.equal(ring.tryPush(message), true);
});

test('a message larger than the ring is an error, not a silent drop', () => {
  const ring = new Ring(allocateRing(64));
  assert.throws(() => ring.tryPush(new Uint8Array(61)), { code: 'ERR_SLUICE_RING_MESSAGE_TOO_LARGE' });
  assert.equal(ring.tryPush(new Uint8Array(60)), true);
});

test('waitForSpace resolves once the consumer frees room', async () => {
  const ring = new Ring(allocateRing(64));
  while (ring.tryPush(new Uint8Array(28)));
  let drained = false;
  setTimeout(() => { drainAll(ring); drained = true; }, 20);
  // Wake-ups may be spurious (a safety re-check bounds lost notifies): loop.
  let waits = 0;
  while (!ring.hasRoomFor(28)) { await ring.waitForSpace(28); waits++; }
  assert.equal(drained, true);
  assert.ok(waits >= 1 && waits < 30, `waited ${waits} times`);
});

test('MessageWriter.flushTo splits at record boundaries and resumes when the ring is full', () => {
  const ring = new Ring(allocateRing(128));
  const writer = new MessageWriter(16);
  for (let i = 0; i < 20; i++) {
    const start = writer.begin();
    writer.u32(i);
    writer.f64(i * 1.5);
    writer.end(start);
  }
  const seen: number[] = [];
  const read = (message: Uint8Array): void => {
    const view = new DataView(message.buffer, message.byteOffset, message.byteLength);
    for (let pos = 0; pos < message.length;) {
      const size = view.getUint32(pos, true);
      seen.push(view.getUint32(pos + 4, true));
      assert.equal(view.getFloat64(pos + 8, true), seen.at(-1)! * 1.5);
      pos += size;
    }
  };
  let rounds = 0;
  while (!writer.flushTo(ring, 64)) {
    ring.drain(read);
    rounds++;
  }
  ring.drain(read);
  assert.ok(rounds > 0, 'the ring should have filled at least once');
  assert.deepEqual(seen, Array.from({ length: 20 }, (_, i) => i));
});

test('1,000,000 seeded variable-length records cross to another thread intact', async () => {
  const records = 1_000_000;
  const maxLength = 200;
  const seed = 20261127;
  const storage = allocateRing(64 * 1024);
  const worker = new Worker(new URL('./support/ring-consumer-worker.js', import.meta.url), {
    workerData: { storage, seed, records, maxLength },
  });
  const result = new Promise<{ received: number; mismatches: number; bytes: number; firstMismatch: string }>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  const ring = new Ring(storage);
  const random = seededRandom(seed);
  const scratch = new Uint8Array(maxLength);
  let sentBytes = 0;
  let waits = 0;
  for (let n = 0; n < records; n++) {
    const length = 1 + Math.floor(random() * maxLength);
    const fill = Math.floor(random() * 256);
    for (let i = 0; i < length; i++) scratch[i] = (fill + i * 31) & 0xff;
    while (!ring.tryPush(scratch, 0, length)) {
      waits++;
      await ring.waitForSpace(length);
    }
    sentBytes += length;
  }
  ring.close();
  const { received, mismatches, bytes, firstMismatch } = await result;
  await worker.terminate();
  assert.equal(mismatches, 0, firstMismatch);
  assert.equal(received, records);
  assert.equal(bytes, sentBytes);
  assert.ok(waits > 0, 'the producer should have outpaced the consumer at least once (wraparound and full ring across threads)');
});

/** Consumer loop on `ring` for `ms`: wake-ups (resolved waits) and when each message was seen. */
async function consume(ring: Ring, ms: number): Promise<{ wakes: number[]; seenAt: number[] }> {
  const started = performance.now();
  const wakes: number[] = [];
  const seenAt: number[] = [];
  for (;;) {
    if (ring.drain(() => seenAt.push(performance.now() - started)) > 0) continue;
    const left = ms - (performance.now() - started);
    if (left < 5) break;
    await ring.waitForData(left);
    // A wait cut short by this harness's own deadline is not the ring's
    // wake-up (a run once counted three 1 ms waits at the very end).
    const at = performance.now() - started;
    if (at < ms - 2) wakes.push(at);
  }
  return { wakes, seenAt };
}

test('an idle consumer backs off to one re-check a second', async () => {
  const ring = new Ring(allocateRing(1024));
  const { wakes } = await consume(ring, 3100);
  // The ladder (1, 2, 4 … 512 ms) reaches 1 s about 1 s in; the old 100 ms cap woke ~20 times in the last 2 s.
  const late = wakes.filter((t) => t >= 1100).length;
  assert.ok(late <= 4, `${late} wake-ups in the last 2 s of idleness (all: ${wakes.map((t) => t.toFixed(0)).join(', ')})`);
});

test('a consumer fed every 50 ms wakes about once per message, not once per doubling', async () => {
  const ring = new Ring(allocateRing(1024));
  let sent = 0;
  const feeder = setInterval(() => { ring.tryPush(new Uint8Array(8)); sent++; }, 50);
  const { wakes, seenAt } = await consume(ring, 2000);
  clearInterval(feeder);
  assert.ok(seenAt.length >= 20, `saw ${seenAt.length} of ${sent} messages`);
  // Restarting the ladder at 1 ms after each message woke 6-7 times per message (1, 2, 4, 8, 16, 32 ms).
  const perMessage = wakes.length / seenAt.length;
  assert.ok(perMessage <= 3, `${perMessage.toFixed(1)} wake-ups per message (${wakes.length} for ${seenAt.length})`);
});

test('a lost notify is recovered by the re-check, within about 1 s of an idle ring, and counted', async () => {
  const storage = allocateRing(1024);
  const consumer = new Ring(storage);
  const producer = new Ring(storage);
  const header = new Int32Array(storage, 0, 32);
  const consumed = consume(consumer, 3500);
  // After 1.5 s of idleness, a message whose notify is lost: the producer
  // clears the waiting flag (as a notify does) and the wake never arrives.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const pushedAt = 1500;
  header[1] = 0; // kConsumerWaiting
  assert.equal(producer.tryPush(new Uint8Array(8)), true);
  const { seenAt } = await consumed;
  assert.equal(seenAt.length, 1, 'the message whose notify was lost is found');
  const delay = seenAt[0]! - pushedAt;
  // Bound: the longest re-check delay (1 s), plus slack for a loaded machine's timers.
  assert.ok(delay < 1900, `found ${delay.toFixed(0)} ms after it was pushed`);
  assert.equal(consumer.lostWakeups, 1);
});

/** A consumer on another thread (test/support/ring-wake-worker.ts), reporting what woke it for each message. */
function wakeWorker(storage: SharedArrayBuffer) {
  const worker = new Worker(new URL('./support/ring-wake-worker.js', import.meta.url), { workerData: { storage } });
  let sleeps = 0;
  const done = new Promise<{ seen: Array<{ first: number; wokenBy: string }>; sleeps: number; lostWakeups: number }>((resolve, reject) => {
    worker.on('message', (m: { type: string }) => {
      if (m.type === 'sleeping') sleeps++;
      else resolve(m as never);
    });
    worker.once('error', reject);
  });
  return { done, sleeps: () => sleeps, terminate: () => worker.terminate() };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until `ring` is empty (the consumer took everything), up to `ms`. */
async function drainedWithin(ring: Ring, ms: number): Promise<boolean> {
  const started = performance.now();
  while (performance.now() - started < ms) {
    if (ring.usedBytes() === 0) return true;
    await sleep(5);
  }
  return ring.usedBytes() === 0;
}

// The consumer's re-check ladder from start-up is 1, 2, 4 … 512 ms, then
// 1 s: once it has gone to sleep the 11th time, no re-check falls due for a
// second, so what it sees in that second it saw because it was woken.
async function untilLongSleep(consumer: ReturnType<typeof wakeWorker>): Promise<void> {
  while (consumer.sleeps() < 11) await sleep(2);
}

test('lazy pushes leave a consumer on another thread asleep; the next normal push wakes it to all of them, in order', async () => {
  const storage = allocateRing(64 * 1024);
  const ring = new Ring(storage);
  const consumer = wakeWorker(storage);
  await untilLongSleep(consumer);
  const sleepsBefore = consumer.sleeps();
  for (let i = 0; i < 5; i++) {
    assert.equal(ring.tryPushLazy(Uint8Array.of(i, 0, 0, 0)), true);
    await sleep(20);
  }
  // Notified per push, the consumer would have taken each one at once.
  assert.equal(ring.usedBytes(), 5 * framedSize(4), 'lazy messages wait in the ring');
  assert.equal(consumer.sleeps(), sleepsBefore, 'the consumer was not woken by lazy pushes');
  assert.equal(ring.tryPush(Uint8Array.of(5, 0, 0, 0)), true);
  assert.ok(await drainedWithin(ring, 500), 'a normal push wakes the consumer');
  ring.close();
  const { seen, lostWakeups } = await consumer.done;
  await consumer.terminate();
  assert.deepEqual(seen.map((m) => m.first), [0, 1, 2, 3, 4, 5]);
  assert.ok(seen.every((m) => m.wokenBy === 'ok'), JSON.stringify(seen));
  assert.equal(lostWakeups, 0, 'lazy messages found by a re-check are not lost wake-ups');
});

test('a lazy push that brings the ring to lazyWakeBytes wakes the consumer', async () => {
  const storage = allocateRing(1024);
  const ring = new Ring(storage);
  assert.equal(ring.lazyWakeBytes, 256);
  const consumer = wakeWorker(storage);
  await untilLongSleep(consumer);
  // 15 framed messages of 16 bytes: 240, under the threshold.
  for (let i = 0; i < 15; i++) assert.equal(ring.tryPushLazy(Uint8Array.of(i, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)), true);
  await sleep(100);
  assert.equal(ring.usedBytes(), 240, 'under the threshold, nobody is woken');
  assert.equal(ring.tryPushLazy(Uint8Array.of(15, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)), true);
  assert.ok(await drainedWithin(ring, 500), 'at the threshold, the consumer is woken');
  ring.close();
  const { seen } = await consumer.done;
  await consumer.terminate();
  assert.deepEqual(seen.map((m) => m.first), Array.from({ length: 16 }, (_, i) => i));
  assert.ok(seen.every((m) => m.wokenBy === 'ok'), JSON.stringify(seen));
});

test('an idle consumer keeps one waiter across its re-checks (waiters do not pile up)', async () => {
  const storage = allocateRing(1024);
  const ring = new Ring(storage);
  const consumer = wakeWorker(storage);
  await sleep(3500);
  assert.ok(consumer.sleeps() >= 5, `the consumer re-checked ${consumer.sleeps()} times`);
  // One Atomics.waitAsync outstanding on the write index, not one per re-check.
  assert.equal(Atomics.notify(new Int32Array(storage, 0, 1), 0), 1);
  ring.close();
  await consumer.done;
  await consumer.terminate();
});

test('a consumer fed only lazily backs off as if idle (lazy messages do not restart the re-check ladder)', async () => {
  const ring = new Ring(allocateRing(64 * 1024));
  let sent = 0;
  const feeder = setInterval(() => { ring.tryPushLazy(new Uint8Array(8)); sent++; }, 50);
  const { wakes, seenAt } = await consume(ring, 3100);
  clearInterval(feeder);
  assert.ok(seenAt.length >= 20, `saw ${seenAt.length} of ${sent} messages`);
  // Restarting the ladder at each find settled at one re-check per ~64 ms (about 23 in the last 1.5 s).
  const late = wakes.filter((t) => t >= 1600).length;
  assert.ok(late <= 4, `${late} wake-ups in the last 1.5 s (all: ${wakes.map((t) => t.toFixed(0)).join(', ')})`);
});

/** Voluntary context switches (times it went to sleep) of thread `tid` of this process. */
function threadSleeps(tid: number): number {
  const status = readFileSync(`/proc/self/task/${tid}/status`, 'latin1');
  return Number(/voluntary_ctxt_switches:\s+(\d+)/.exec(status)![1]);
}

test('a consumer woken every 100 ms by notifies sleeps about once per message: its cleared re-check timers do not wake its thread', async () => {
  const storage = allocateRing(1024);
  const ring = new Ring(storage);
  const before = new Set(readdirSync('/proc/self/task'));
  const consumer = wakeWorker(storage);
  await untilLongSleep(consumer);
  const started = readdirSync('/proc/self/task').filter((tid) => !before.has(tid));
  assert.equal(started.length, 1, `one new thread for the worker (${started.join(', ')})`);
  const tid = Number(started[0]);
  // Settle into the rhythm first: the ladder starts from the idle wait.
  for (let i = 0; i < 5; i++) { ring.tryPush(new Uint8Array(8)); await sleep(100); }
  const sleepsBefore = threadSleeps(tid);
  const messages = 20;
  for (let i = 0; i < messages; i++) { ring.tryPush(new Uint8Array(8)); await sleep(100); }
  const sleeps = threadSleeps(tid) - sleepsBefore;
  ring.close();
  const { lostWakeups } = await consumer.done;
  await consumer.terminate();
  // A re-check timer set for 1.5× the 100 ms wait and cleared by the next
  // notify still woke the thread when it fell due (Node keeps the libuv
  // timer armed): two sleeps per message.
  assert.ok(sleeps <= messages * 1.5, `the consumer's thread slept ${sleeps} times for ${messages} messages`);
  assert.equal(lostWakeups, 0);
});
