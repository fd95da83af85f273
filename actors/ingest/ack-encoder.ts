/**
 * Encodes a `sluice.v1.PushAck` by hand: the batch's `sequence` varint is
 * copied byte for byte from the request (so a uint64 round-trips exactly,
 * beyond 2^53), and the rest are a few small varints.
 */
const encoder = new TextEncoder();

export interface AckContent {
  sequence: Uint8Array;
  accepted: number;
  rejected: number;
  rejectionIndex: readonly number[];
  rejectionReason: readonly string[];
}

export function encodePushAck(ack: AckContent): Buffer {
  const reasons = ack.rejectionReason.map((reason) => encoder.encode(reason));
  let size = 0;
  if (ack.sequence.length > 0) size += 1 + ack.sequence.length;
  if (ack.accepted > 0) size += 1 + varintSize(ack.accepted);
  if (ack.rejected > 0) size += 1 + varintSize(ack.rejected);
  const itemSizes: number[] = [];
  for (let i = 0; i < reasons.length; i++) {
    const index = ack.rejectionIndex[i]!;
    const item = (index > 0 ? 1 + varintSize(index) : 0) + 1 + varintSize(reasons[i]!.length) + reasons[i]!.length;
    itemSizes.push(item);
    size += 1 + varintSize(item) + item;
  }
  const out = Buffer.allocUnsafe(size);
  let p = 0;
  const varint = (value: number): void => {
    while (value > 0x7f) { out[p++] = (value & 0x7f) | 0x80; value = Math.floor(value / 128); }
    out[p++] = value;
  };
  if (ack.sequence.length > 0) { out[p++] = 0x08; out.set(ack.sequence, p); p += ack.sequence.length; }
  if (ack.accepted > 0) { out[p++] = 0x10; varint(ack.accepted); }
  if (ack.rejected > 0) { out[p++] = 0x18; varint(ack.rejected); }
  for (let i = 0; i < reasons.length; i++) {
    out[p++] = 0x22; varint(itemSizes[i]!);
    const index = ack.rejectionIndex[i]!;
    if (index > 0) { out[p++] = 0x08; varint(index); }
    out[p++] = 0x12; varint(reasons[i]!.length);
    out.set(reasons[i]!, p); p += reasons[i]!.length;
  }
  return out;
}

function varintSize(value: number): number {
  let n = 1;
  while (value > 0x7f) { value = Math.floor(value / 128); n++; }
  return n;
}
