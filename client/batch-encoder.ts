/**
 * Encodes metrics straight into the bytes of a `sluice.v1.MetricBatch`, one
 * at a time, so recording a metric allocates nothing but what the buffer
 * grows by. `finish()` appends the batch fields and hands the bytes over.
 */
export type Labels = Readonly<Record<string, string>>;

export class BatchEncoder {
  count = 0;
  #buf = Buffer.allocUnsafe(64 * 1024);
  #at = 0;
  readonly #producerId: Buffer | null;
  /** Per label of the metric being added: key bytes, value bytes, item size. */
  #labelSizes: Int32Array = new Int32Array(96);

  constructor(producerId?: string) {
    this.#producerId = producerId === undefined ? null : Buffer.from(producerId);
  }

  add(name: string, labels: Labels | undefined, value: number, timestampMs: number, kind: number): void {
    const nameBytes = utf8Length(name);
    let size = 1 + varintSize(nameBytes) + nameBytes + 9; // name, value
    if (timestampMs !== 0) size += 1 + varint64Size(timestampMs);
    if (kind !== 0) size += 2;
    const sizes = this.#labelSizes;
    if (labels !== undefined) {
      let i = 0;
      for (const key in labels) {
        if (i === sizes.length) this.#labelSizes = grownInt32(sizes);
        const k = utf8Length(key);
        const v = utf8Length(labels[key]!);
        const item = 1 + varintSize(k) + k + 1 + varintSize(v) + v;
        this.#labelSizes[i] = k; this.#labelSizes[i + 1] = v; this.#labelSizes[i + 2] = item;
        i += 3;
        size += 1 + varintSize(item) + item;
      }
    }
    this.#ensure(1 + varintSize(size) + size);
    const buf = this.#buf;
    let p = this.#at;
    buf[p++] = 0x0a; // MetricBatch.metrics
    p = writeVarint(buf, p, size);
    buf[p++] = 0x0a; // Metric.name
    p = writeVarint(buf, p, nameBytes);
    p = writeUtf8(buf, p, name, nameBytes);
    if (labels !== undefined) {
      let i = 0;
      for (const key in labels) {
        const k = this.#labelSizes[i]!, v = this.#labelSizes[i + 1]!, item = this.#labelSizes[i + 2]!;
        i += 3;
        buf[p++] = 0x12; // Metric.labels
        p = writeVarint(buf, p, item);
        buf[p++] = 0x0a;
        p = writeVarint(buf, p, k);
        p = writeUtf8(buf, p, key, k);
        buf[p++] = 0x12;
        p = writeVarint(buf, p, v);
        p = writeUtf8(buf, p, labels[key]!, v);
      }
    }
    buf[p++] = 0x19; // Metric.value
    buf.writeDoubleLE(value, p);
    p += 8;
    if (timestampMs !== 0) {
      buf[p++] = 0x20; // Metric.timestamp_ms
      p = writeVarint64(buf, p, timestampMs);
    }
    if (kind !== 0) {
      buf[p++] = 0x28; // Metric.kind
      buf[p++] = kind;
    }
    this.#at = p;
    this.count++;
  }

  /** The batch's bytes (a copy), with its sequence; the encoder starts a new batch. */
  finish(sequence: number): Buffer {
    this.#ensure(11 + (this.#producerId === null ? 0 : 5 + this.#producerId.length));
    let p = this.#at;
    const buf = this.#buf;
    buf[p++] = 0x10; // MetricBatch.sequence
    p = writeVarint64(buf, p, sequence);
    if (this.#producerId !== null) {
      buf[p++] = 0x1a; // MetricBatch.producer_id
      p = writeVarint(buf, p, this.#producerId.length);
      p += this.#producerId.copy(buf, p);
    }
    const out = Buffer.from(buf.subarray(0, p));
    this.#at = 0;
    this.count = 0;
    return out;
  }

  #ensure(extra: number): void {
    if (this.#at + extra <= this.#buf.length) return;
    const next = Buffer.allocUnsafe(Math.max(this.#buf.length * 2, this.#at + extra));
    this.#buf.copy(next, 0, 0, this.#at);
    this.#buf = next;
  }
}

/**
 * Byte length and writing of short strings: an ASCII loop, and Buffer's
 * native UTF-8 only for the rest. A native call per string cost more than
 * the whole encode (bench/producer.bench.ts).
 */
function grownInt32(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

function utf8Length(s: string): number {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) return Buffer.byteLength(s);
  return s.length;
}

function writeUtf8(buf: Buffer, p: number, s: string, bytes: number): number {
  if (bytes === s.length) {
    for (let i = 0; i < bytes; i++) buf[p + i] = s.charCodeAt(i);
    return p + bytes;
  }
  return p + buf.write(s, p, 'utf8');
}

function varintSize(n: number): number {
  return n < 0x80 ? 1 : n < 0x4000 ? 2 : n < 0x200000 ? 3 : n < 0x10000000 ? 4 : 5;
}

function varint64Size(n: number): number {
  let size = 1;
  while (n >= 128) { n = Math.floor(n / 128); size++; }
  return size;
}

function writeVarint(buf: Buffer, p: number, n: number): number {
  while (n >= 0x80) { buf[p++] = (n & 0x7f) | 0x80; n >>>= 7; }
  buf[p++] = n;
  return p;
}

/** Non-negative integers up to 2^53. */
function writeVarint64(buf: Buffer, p: number, n: number): number {
  while (n >= 128) { buf[p++] = (n % 128) | 0x80; n = Math.floor(n / 128); }
  buf[p++] = n;
  return p;
}
