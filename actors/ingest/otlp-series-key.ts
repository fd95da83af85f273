/**
 * Builds the canonical series key (wire/series-key.ts) of an OTLP data point
 * from its name and label strings, into reused scratch memory: each string
 * is UTF-8 encoded once with `encodeInto`, the labels are sorted by key
 * bytes in place, and the key is written from the byte ranges, as the native
 * decoder does. No per-point objects, no TextEncoder per key.
 * `key` is valid until the next `begin`.
 */
import { compareBytes, writeSeriesKeyFromRanges } from '../../wire/series-key.js';
import { kMaxLabelBytes, kMaxLabels, kMaxNameBytes } from './batch-decoder.js';

const encoder = new TextEncoder();
/** A string of n UTF-16 units is at most 3n UTF-8 bytes. */
const kMaxStringBytes = 3 * Math.max(kMaxNameBytes, kMaxLabelBytes);
const kScratchBytes = (1 + 2 * kMaxLabels) * kMaxStringBytes;
const kMaxKeyBytes = 2 + kMaxNameBytes + 1 + kMaxLabels * (4 + 2 * kMaxLabelBytes);

export class OtlpSeriesKey {
  /** The key of the last `finish()` that returned null (a view into scratch memory). */
  key: Uint8Array = new Uint8Array(0);
  /** The name's byte length (the key's name is `key[2, 2 + nameLength)`). */
  nameLength = 0;
  readonly view: DataView;

  readonly #text = new Uint8Array(kScratchBytes);
  readonly #textView = new DataView(this.#text.buffer);
  readonly #out = new Uint8Array(kMaxKeyBytes);
  /** Per label: key start, key end, value start, value end in #text. */
  readonly #ranges = new Int32Array(4 * kMaxLabels);
  readonly #order = new Int32Array(kMaxLabels);
  #labels = 0;
  #used = 0;

  constructor() {
    this.view = new DataView(this.#out.buffer);
  }

  /** Starts a key; a problem (`invalid_name` detail) or null. */
  begin(name: string): string | null {
    this.#labels = 0;
    this.#used = 0;
    if (name.length > kMaxNameBytes) return `name longer than ${kMaxNameBytes} bytes`;
    this.nameLength = this.#encode(name);
    if (this.nameLength > kMaxNameBytes) return `name longer than ${kMaxNameBytes} bytes`;
    return null;
  }

  /** Adds a label (key already mapped); a problem (`invalid_label` detail) or null. */
  add(key: string, value: string): string | null {
    if (key === '') return 'empty label key';
    if (key.length > kMaxLabelBytes) return `label key longer than ${kMaxLabelBytes} bytes`;
    if (value.length > kMaxLabelBytes) return `label value longer than ${kMaxLabelBytes} bytes`;
    const r = this.#labels * 4;
    const ranges = this.#ranges;
    ranges[r] = this.#used;
    if (this.#encode(key) > kMaxLabelBytes) return `label key longer than ${kMaxLabelBytes} bytes`;
    ranges[r + 1] = ranges[r + 2] = this.#used;
    if (this.#encode(value) > kMaxLabelBytes) return `label value longer than ${kMaxLabelBytes} bytes`;
    ranges[r + 3] = this.#used;
    this.#order[this.#labels] = this.#labels;
    this.#labels++;
    return null;
  }

  /** Sorts the labels and writes the key; a problem (`invalid_label` detail: a duplicate key) or null. */
  finish(): string | null {
    const text = this.#text;
    const ranges = this.#ranges;
    const order = this.#order;
    const n = this.#labels;
    // Insertion sort by key bytes: at most kMaxLabels labels.
    for (let i = 1; i < n; i++) {
      const item = order[i]!;
      const ks = ranges[item * 4]!, ke = ranges[item * 4 + 1]!;
      let j = i - 1;
      for (; j >= 0; j--) {
        const other = order[j]! * 4;
        const c = compareBytes(text, ranges[other]!, ranges[other + 1]!, text, ks, ke);
        if (c === 0) return `duplicate label key ${JSON.stringify(new TextDecoder().decode(text.subarray(ks, ke)))}`;
        if (c < 0) break;
        order[j + 1] = order[j]!;
      }
      order[j + 1] = item;
    }
    const end = writeSeriesKeyFromRanges(this.#textView, 0, this.nameLength, ranges, order, n, this.view, 0);
    this.key = this.#out.subarray(0, end);
    return null;
  }

  /** Encodes `text` at the end of the scratch; returns its byte length. */
  #encode(value: string): number {
    const { written } = encoder.encodeInto(value, this.#text.subarray(this.#used, this.#used + 3 * value.length));
    this.#used += written;
    return written;
  }
}
