/** Bench task for a plain piscina pool: one message per task. */
import { countRecords } from './records.js';

export default function countTask(message: Uint8Array): number {
  return countRecords(message);
}
