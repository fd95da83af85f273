/**
 * Question: how much faster does a SharedArrayBuffer ring move small records
 * between two threads than `postMessage`? Each 64-byte record is sent on its
 * own (one `tryPush` or one `postMessage` per record), received and touched by
 * a worker; the time runs until the worker has them all.
 */
import { Worker } from 'node:worker_threads';
import { allocateRing, Ring } from '../engine/ring.js';
import { ratio, type BenchResult } from './support/report.js';

const workerFile = new URL('./support/post-count-worker.js', import.meta.url);

async function once(mode: 'ring' | 'post', records: number): Promise<number> {
  const storage = allocateRing(1024 * 1024);
  const worker = new Worker(workerFile, { workerData: { mode, storage, records } });
  const done = new Promise<void>((resolve, reject) => { worker.once('message', () => resolve()); worker.once('error', reject); });
  await new Promise((resolve) => setTimeout(resolve, 50)); // let the worker start
  const record = new Uint8Array(64).fill(7);
  const started = process.hrtime.bigint();
  if (mode === 'post') {
    for (let i = 0; i < records; i++) worker.postMessage(record);
  } else {
    const ring = new Ring(storage);
    for (let i = 0; i < records; i++) {
      while (!ring.tryPush(record)) await ring.waitForSpace(64);
    }
  }
  await done;
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  await worker.terminate();
  return records / seconds;
}

export async function run(options: { quick: boolean }): Promise<BenchResult> {
  const ringRecords = options.quick ? 5_000_000 : 20_000_000;
  const postRecords = options.quick ? 300_000 : 1_000_000;
  await once('ring', 500_000);
  await once('post', 50_000);
  const ring = await once('ring', ringRecords);
  const post = await once('post', postRecords);
  return {
    name: 'ring-vs-postmessage',
    question: '64-byte records, one at a time, main thread → worker',
    measurements: [
      { variant: 'SharedArrayBuffer ring', value: ring, unit: 'records/s' },
      { variant: 'postMessage', value: post, unit: 'records/s' },
    ],
    ratios: [ratio('ring / postMessage', ring / post, 10)],
  };
}
