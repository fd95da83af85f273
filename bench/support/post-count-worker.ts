/** Worker for ring-vs-postmessage: counts records arriving either way. */
import { parentPort, workerData } from 'node:worker_threads';
import { Ring } from '../../engine/ring.js';

const { mode, storage, records } = workerData as { mode: 'ring' | 'post'; storage: SharedArrayBuffer; records: number };
let received = 0;
let check = 0;
if (mode === 'post') {
  parentPort!.on('message', (record: Uint8Array) => {
    check ^= record[5]!;
    if (++received === records) parentPort!.postMessage({ received, check });
  });
} else {
  const ring = new Ring(storage);
  const onRecord = (record: Uint8Array): void => { check ^= record[5]!; received++; };
  while (received < records) {
    if (ring.drain(onRecord) === 0) await ring.waitForData();
  }
  parentPort!.postMessage({ received, check });
}
