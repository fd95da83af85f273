/**
 * The canonical series key (wire/series-key.ts) of an OTLP data point, as
 * byte ranges of one scratch buffer that starts with a copy of the request:
 * names and labels read in place are ranges of the request itself; mapped
 * names, resource and scope labels and non-string attribute values are
 * UTF-8 encoded once after it. The labels are sorted by key bytes in place,
 * then the key is hashed (wire/hash.ts hashKeyPieces) and written
 * (writeSeriesKeyFromRanges) straight from the ranges, as the native
 * decoder does from its batch. No per-point objects or strings.
 *
 * Scratch after the request: `mark()` / `release(mark)` keep what is
 * encoded once per scope or metric while each point's strings come and go.
 */
import { hashKeyPieces } from '../../wire/hash.js';
import { compareBytes, seriesKeyLengthOfRanges, writeSeriesKeyFromRanges } from '../../wire/series-key.js';
import { kMaxLabelBytes, kMaxLabels, kMaxNameBytes } from './batch-decoder.js';

const encoder = new TextEncoder();
/** A string of n UTF-16 units is at most 3n UTF-8 bytes. */
const kMaxStringBytes = 3 * Math.max(kMaxNameBytes, kMaxLabelBytes);
/** After the request: a scope's labels, a metric's name, a point's labels. */
const kExtraBytes = (2 * (kMaxLabels + 2) + 1 + 2 * kMaxLabels) * kMaxStringBytes;
const kMaxKeyBytes = 2 + kMaxNameBytes + 1 + kMaxLabels * (4 + 2 * kMaxLabelBytes);

export class OtlpSeriesKey {
  /** Name range of the current key (for admission). */
  nameStart = 0;
  nameEnd = 0;

  #bytes = new Uint8Array(kExtraBytes);
  #view = new DataView(this.#bytes.buffer);
  #used = 0;
  readonly #out = new Uint8Array(kMaxKeyBytes);
  readonly #outView = new DataView(this.#out.buffer);
  /** Per label: key start, key end, value start, value end in the scratch. */
  readonly #ranges = new Int32Array(4 * kMaxLabels);
  readonly #order = new Int32Array(kMaxLabels);
  #labels = 0;

  /** The scratch: the request, then the encoded strings (valid until the next `source`). */
  get bytes(): Uint8Array {
    return this.#bytes;
  }

  get view(): DataView {
    return this.#view;
  }

  /** Starts a request: copies it to the front of the scratch (its ranges stay valid). */
  source(request: Uint8Array): void {
    if (this.#bytes.length < request.length + kExtraBytes) {
      this.#bytes = new Uint8Array(request.length + kExtraBytes);
      this.#view = new DataView(this.#bytes.buffer);
    }
    this.#bytes.set(request, 0);
    this.#used = request.length;
    this.#labels = 0;
  }

  mark(): number {
    return this.#used;
  }

  /** Forgets the strings encoded since `mark`. */
  release(mark: number): void {
    this.#used = mark;
  }

  /** Encodes `text` (at most kMaxStringBytes / 3 characters) after the last; returns its start (its end: `mark()`). */
  encode(text: string): number {
    if (text.length * 3 > kMaxStringBytes) throw new RangeError(`string of ${text.length} characters in a series key`);
    const start = this.#used;
    this.#used += encoder.encodeInto(text, this.#bytes.subarray(start, start + 3 * text.length)).written;
    return start;
  }

  /** Starts a key whose name is `bytes[nameStart, nameEnd)`; a problem (`invalid_name` detail) or null. */
  begin(nameStart: number, nameEnd: number): string | null {
    this.#labels = 0;
    this.nameStart = nameStart;
    this.nameEnd = nameEnd;
    return nameEnd - nameStart > kMaxNameBytes ? `name longer than ${kMaxNameBytes} bytes` : null;
  }

  /** Adds a label from ranges of the scratch (key already mapped); a problem (`invalid_label` detail) or null. */
  addRange(keyStart: number, keyEnd: number, valueStart: number, valueEnd: number): string | null {
    if (keyEnd === keyStart) return 'empty label key';
    if (keyEnd - keyStart > kMaxLabelBytes) return `label key longer than ${kMaxLabelBytes} bytes`;
    if (valueEnd - valueStart > kMaxLabelBytes) return `label value longer than ${kMaxLabelBytes} bytes`;
    const r = this.#labels * 4;
    const ranges = this.#ranges;
    ranges[r] = keyStart;
    ranges[r + 1] = keyEnd;
    ranges[r + 2] = valueStart;
    ranges[r + 3] = valueEnd;
    this.#order[this.#labels] = this.#labels;
    this.#labels++;
    return null;
  }

  /** Adds a label from strings (key already mapped), encoding them; a problem or null. */
  add(key: string, value: string): string | null {
    // The character counts first: a string over the limit is never encoded.
    if (key === '') return 'empty label key';
    if (key.length > kMaxLabelBytes) return `label key longer than ${kMaxLabelBytes} bytes`;
    if (value.length > kMaxLabelBytes) return `label value longer than ${kMaxLabelBytes} bytes`;
    const keyStart = this.encode(key);
    const valueStart = this.encode(value);
    return this.addRange(keyStart, valueStart, valueStart, this.#used);
  }

  /** Sorts the labels by key bytes; a problem (`invalid_label` detail: a duplicate key) or null. */
  finish(): string | null {
    const bytes = this.#bytes;
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
        const c = compareBytes(bytes, ranges[other]!, ranges[other + 1]!, bytes, ks, ke);
        if (c === 0) return `duplicate label key ${JSON.stringify(new TextDecoder().decode(bytes.subarray(ks, ke)))}`;
        if (c < 0) break;
        order[j + 1] = order[j]!;
      }
      order[j + 1] = item;
    }
    return null;
  }

  /** Hashes the finished key into `hashOut` (the same hash as hashSeriesKey of its bytes). */
  hash(seed: number): void {
    hashKeyPieces(this.#view, this.nameStart, this.nameEnd, this.#ranges, this.#order, this.#labels, seed);
  }

  /** Byte length of the finished key. */
  get length(): number {
    return seriesKeyLengthOfRanges(this.nameEnd - this.nameStart, this.#ranges, this.#labels);
  }

  /** Writes the finished key at `out[at]`; returns the offset after it. */
  write(out: DataView, at: number): number {
    return writeSeriesKeyFromRanges(this.#view, this.nameStart, this.nameEnd, this.#ranges, this.#order, this.#labels, out, at);
  }

  /** The finished key's bytes (a view into reused memory, valid until the next `key()`). */
  key(): Uint8Array {
    return this.#out.subarray(0, this.write(this.#outView, 0));
  }
}
