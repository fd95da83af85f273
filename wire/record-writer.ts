/**
 * What a record's write function needs of a writer (engine/message-writer.ts
 * is one): a length-prefixed record begun and ended, little-endian fields
 * appended in between. Declared here so that wire/ depends on no runtime.
 */
export interface RecordWriter {
  /** Starts a record (reserves its u32 length); returns its start for `end`. */
  begin(): number;
  end(start: number): void;
  u8(value: number): void;
  u16(value: number): void;
  u32(value: number): void;
  f64(value: number): void;
}

/** A writer whose buffer a record's write function fills in place (engine/message-writer.ts). */
export interface GrowableRecordWriter {
  bytes: Uint8Array;
  view: DataView;
  /** Bytes staged so far; the write function advances it. */
  length: number;
  /** Records staged so far; the write function counts its record. */
  records: number;
  /** Makes room for `extra` more bytes (may replace `bytes` and `view`). */
  ensure(extra: number): void;
}
