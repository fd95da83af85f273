/**
 * Worker side of the cross-thread ring test: regenerates the producer's
 * seeded sequence of records and checks every byte it receives.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { Ring } from '../../engine/ring.js';
import { seededRandom } from './seeded-random.js';

const { storage, seed, records, maxLength } = workerData as { storage: SharedArrayBuffer; seed: number; records: number; maxLength: number };
const ring = new Ring(storage);
const random = seededRandom(seed);
let received = 0;
let mismatches = 0;
let bytes = 0;
let firstMismatch = '';

const check = (message: Uint8Array): void => {
  const length = 1 + Math.floor(random() * maxLength);
  const fill = Math.floor(random() * 256);
  if (message.length !== length) {
    mismatches++;
    firstMismatch ||= `record ${received}: length ${message.length}, expected ${length}`;
  } else {
    for (let i = 0; i < length; i++) {
      if (message[i] !== ((fill + i * 31) & 0xff)) {
        mismatches++;
        firstMismatch ||= `record ${received}: byte ${i}`;
        break;
      }
    }
  }
  bytes += message.length;
  received++;
};

while (received < records) {
  if (ring.drain(check) === 0) {
    if (ring.isClosed() && ring.drain(check) === 0) break;
    await ring.waitForData();
  }
}
parentPort!.postMessage({ received, mismatches, bytes, firstMismatch });
