/**
 * Question: how should long-lived actors live on the piscina pool?
 *   kept:     one long-lived task per actor (atomics: 'disabled'), fed by a
 *             SharedArrayBuffer ring, sleeping in Atomics.waitAsync;
 *   rejected: piscina as designed, one task per message (transfer the
 *             bytes, await the result), with enough tasks in flight to keep
 *             every thread busy.
 * Both move the same 64-byte records in messages of `perMessage` records to
 * two threads, and both threads walk every record.
 */
import { Piscina } from 'piscina';
import { ActorSystem } from '../engine/actor-system.js';
import { makeRecords } from './support/records.js';
import { ratio, type BenchResult } from './support/report.js';

const recordSize = 64;

export async function run(options: { quick: boolean }): Promise<BenchResult> {
  const small = await measure(16, options.quick ? 20000 : 100000);
  const large = await measure(256, options.quick ? 4000 : 20000);
  return {
    name: 'pool-hosting',
    question: 'long-lived actor tasks on rings vs one piscina task per message (64 B records, 2 threads)',
    measurements: [...small.measurements, ...large.measurements],
    ratios: [
      ratio('actor+ring / task-per-message, 16 records/message', small.ratio),
      ratio('actor+ring / task-per-message, 256 records/message', large.ratio),
    ],
  };
}

async function measure(perMessage: number, messages: number): Promise<{ measurements: BenchResult['measurements']; ratio: number }> {
  const records = makeRecords(perMessage, recordSize);
  const threads = 2;

  // --- kept: actors on rings
  const system = new ActorSystem({ threads });
  let counted = 0;
  const actors = Array.from({ length: threads }, (_, i) => system.spawn({
    name: `count-${i}`,
    module: new URL('./support/count-actor.js', import.meta.url).href,
    init: null,
    mailboxBytes: 4 * 1024 * 1024,
    onOutput: (message) => {
      // Several output records may arrive in one outbox message.
      const view = new DataView(message.buffer, message.byteOffset, message.byteLength);
      for (let pos = 0; pos < message.length; pos += view.getUint32(pos, true)) counted += view.getUint32(pos + 4, true);
    },
  }));
  const ringRun = async (): Promise<number> => {
    counted = 0;
    const started = process.hrtime.bigint();
    for (let m = 0; m < messages; m++) {
      const actor = actors[m % threads]!;
      while (!actor.mailbox.tryPush(records)) await actor.mailbox.waitForSpace(records.length);
    }
    while (counted < messages * perMessage) await new Promise((resolve) => setImmediate(resolve));
    return Number(process.hrtime.bigint() - started) / 1e9;
  };
  await ringRun(); // warm-up
  const ringSeconds = await ringRun();
  await system.close();

  // --- rejected: a piscina task per message
  const pool = new Piscina({ filename: new URL('./support/count-task.js', import.meta.url).href, minThreads: threads, maxThreads: threads });
  const taskRun = async (): Promise<number> => {
    let done = 0;
    const started = process.hrtime.bigint();
    const inFlight = new Set<Promise<void>>();
    for (let m = 0; m < messages; m++) {
      const copy = records.slice();
      const p: Promise<void> = pool.run(copy, { transferList: [copy.buffer] }).then((n: number) => { done += n; inFlight.delete(p); });
      inFlight.add(p);
      if (inFlight.size >= threads * 4) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    if (done !== messages * perMessage) throw new Error('lost records');
    return Number(process.hrtime.bigint() - started) / 1e9;
  };
  await taskRun();
  const taskSeconds = await taskRun();
  await pool.destroy();

  const total = messages * perMessage;
  const ringRate = total / ringSeconds;
  const taskRate = total / taskSeconds;
  return {
    measurements: [
      { variant: `actor task + ring (kept), ${perMessage} records/message`, value: ringRate, unit: 'records/s', detail: { messagesPerSecond: messages / ringSeconds } },
      { variant: `task per message (rejected), ${perMessage} records/message`, value: taskRate, unit: 'records/s', detail: { messagesPerSecond: messages / taskSeconds } },
    ],
    ratio: ringRate / taskRate,
  };
}
