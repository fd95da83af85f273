/**
 * Protobuf primitives for OTLP requests (a bounds-checked cursor) and the
 * readers of the parts the in-place scan (otlp-scan.ts) hands over as plain
 * objects shaped like the generated code's: attributes whose value is not a
 * string (bool, int, double and bytes read here; array and key-value-list
 * values by the generated code). Not the generated decoders for these:
 * those build every message through a constructor and, for each oneof,
 * `delete` the other members, which leaves the objects in slow dictionary
 * mode. Malformed input throws (the caller answers INVALID_ARGUMENT).
 * Field numbers: proto/otlp-metrics.proto.
 */
import { opentelemetry } from '../../proto/generated/otlp-metrics.js';

const v1 = opentelemetry.proto.collector.metrics.v1;

export const kVarint = 0;
export const kFixed64 = 1;
export const kBytes = 2;
const kFixed32 = 5;
const two32 = 2 ** 32;

export class Cursor {
  pos = 0;
  readonly buf: Buffer;
  readonly view: DataView;

  constructor(bytes: Uint8Array) {
    this.buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.view = new DataView(this.buf.buffer, this.buf.byteOffset, this.buf.byteLength);
  }

  /** A varint of up to 32 bits (tags, lengths, enums, bools, flags); higher bits are read and dropped. */
  uint32(): number {
    const buf = this.buf;
    let value = 0;
    for (let shift = 0; shift < 70; shift += 7) {
      if (this.pos >= buf.length) throw new RangeError('truncated varint');
      const byte = buf[this.pos++]!;
      if (shift < 32) value |= (byte & 0x7f) << shift;
      if (byte < 0x80) return value >>> 0;
    }
    throw new RangeError('varint longer than 10 bytes');
  }

  /** A two's-complement int64 varint, as a number (exact up to 2^53). */
  int64(): number {
    const buf = this.buf;
    let lo = 0, hi = 0;
    for (let shift = 0; shift < 70; shift += 7) {
      if (this.pos >= buf.length) throw new RangeError('truncated varint');
      const byte = buf[this.pos++]!;
      if (shift < 28) lo |= (byte & 0x7f) << shift;
      else if (shift === 28) { lo |= (byte & 0x0f) << 28; hi |= (byte & 0x7f) >>> 4; }
      else hi |= (byte & 0x7f) << (shift - 32);
      if (byte < 0x80) return (hi | 0) * two32 + (lo >>> 0);
    }
    throw new RangeError('varint longer than 10 bytes');
  }

  /** The end of a length-delimited field starting here. */
  end(): number {
    const length = this.uint32();
    const end = this.pos + length;
    if (end > this.buf.length) throw new RangeError('length past the end of the message');
    return end;
  }

  fixed64(): number {
    this.need(8);
    const value = this.view.getUint32(this.pos + 4, true) * two32 + this.view.getUint32(this.pos, true);
    this.pos += 8;
    return value;
  }

  sfixed64(): number {
    this.need(8);
    const value = this.view.getInt32(this.pos + 4, true) * two32 + this.view.getUint32(this.pos, true);
    this.pos += 8;
    return value;
  }

  double(): number {
    this.need(8);
    const value = this.view.getFloat64(this.pos, true);
    this.pos += 8;
    return value;
  }

  string(): string {
    const end = this.end();
    const text = this.buf.toString('utf8', this.pos, end);
    this.pos = end;
    return text;
  }

  /** The bytes of a length-delimited field (a view, for the generated decoders). */
  bytes(): Uint8Array {
    const end = this.end();
    const bytes = this.buf.subarray(this.pos, end);
    this.pos = end;
    return bytes;
  }

  skip(wireType: number): void {
    switch (wireType) {
      case kVarint: this.uint32(); return;
      case kFixed64: this.need(8); this.pos += 8; return;
      case kBytes: this.pos = this.end(); return;
      case kFixed32: this.need(4); this.pos += 4; return;
      default: throw new Error(`wire type ${wireType} not supported`);
    }
  }

  need(n: number): void {
    if (this.pos + n > this.buf.length) throw new RangeError('truncated field');
  }
}

export function expect(wireType: number, expected: number, field: string): void {
  if (wireType !== expected) throw new Error(`${field}: wire type ${wireType}, expected ${expected}`);
}

export function readKeyValue(c: Cursor, end: number): opentelemetry.proto.collector.metrics.v1.IKeyValue {
  let key = '';
  let value: opentelemetry.proto.collector.metrics.v1.IAnyValue | null = null;
  while (c.pos < end) {
    const tag = c.uint32();
    const field = tag >>> 3;
    if (field === 1) { expect(tag & 7, kBytes, 'key'); key = c.string(); } else if (field === 2) { expect(tag & 7, kBytes, 'value'); value = readAnyValue(c, c.end()); } else c.skip(tag & 7);
  }
  check(c, end);
  return { key, value };
}

function readAnyValue(c: Cursor, end: number): opentelemetry.proto.collector.metrics.v1.IAnyValue {
  let value: opentelemetry.proto.collector.metrics.v1.IAnyValue = {};
  while (c.pos < end) {
    const tag = c.uint32();
    // The last value field wins (oneof).
    switch (tag >>> 3) {
      case 1: expect(tag & 7, kBytes, 'string_value'); value = { stringValue: c.string() }; break;
      case 2: expect(tag & 7, kVarint, 'bool_value'); value = { boolValue: c.uint32() !== 0 }; break;
      case 3: expect(tag & 7, kVarint, 'int_value'); value = { intValue: c.int64() }; break;
      case 4: expect(tag & 7, kFixed64, 'double_value'); value = { doubleValue: c.double() }; break;
      case 5: case 6: {
        expect(tag & 7, kBytes, 'array or kvlist value');
        const stop = c.end();
        const inner = c.buf.subarray(c.pos, stop);
        value = tag >>> 3 === 5 ? { arrayValue: v1.ArrayValue.decode(inner) } : { kvlistValue: v1.KeyValueList.decode(inner) };
        c.pos = stop;
        break;
      }
      case 7: expect(tag & 7, kBytes, 'bytes_value'); value = { bytesValue: c.bytes() }; break;
      default: c.skip(tag & 7);
    }
  }
  check(c, end);
  return value;
}

export function check(c: Cursor, end: number): void {
  if (c.pos !== end) throw new RangeError('field runs past the end of its message');
}
