/** Fixed-size records for the transport benches: u32 length + payload. */
export function makeRecords(count: number, size: number): Uint8Array {
  const bytes = new Uint8Array(count * size);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < count; i++) {
    view.setUint32(i * size, size, true);
    for (let b = 4; b < size; b++) bytes[i * size + b] = (i + b) & 0xff;
  }
  return bytes;
}

/** Walks the records and touches each one, as a consumer would. */
export function countRecords(message: Uint8Array): number {
  const view = new DataView(message.buffer, message.byteOffset, message.byteLength);
  let n = 0;
  let check = 0;
  for (let pos = 0; pos < message.length;) {
    const size = view.getUint32(pos, true);
    check ^= message[pos + 4]!;
    n++;
    pos += size;
  }
  return check === -1 ? -1 : n;
}
