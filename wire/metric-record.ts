/**
 * Writes a METRIC mailbox record (layout in mailbox-records.ts) from a series
 * key that is already built. The native decoder writes the same bytes inline,
 * straight from the protobuf batch; this is for decoders that hold the key as
 * a buffer (OTLP).
 */
import type { MessageWriter } from '../engine/message-writer.js';
import {
  kMetricHeaderBytes, kOffFlags, kOffHashHi, kOffHashLo, kOffKind, kOffTimestamp, kOffType, kOffValue, kRecMetric,
} from './mailbox-records.js';

export function writeMetricRecord(writer: MessageWriter, kind: number, flags: number, hashLo: number, hashHi: number,
  timestamp: number, value: number, key: Uint8Array): void {
  const size = kMetricHeaderBytes + key.length;
  writer.ensure(size);
  const view = writer.view;
  const at = writer.length;
  view.setUint32(at, size, true);
  writer.bytes[at + kOffType] = kRecMetric;
  writer.bytes[at + kOffKind] = kind;
  view.setUint16(at + kOffFlags, flags, true);
  view.setUint32(at + kOffHashLo, hashLo, true);
  view.setUint32(at + kOffHashHi, hashHi, true);
  view.setFloat64(at + kOffTimestamp, timestamp, true);
  view.setFloat64(at + kOffValue, value, true);
  writer.bytes.set(key, at + kMetricHeaderBytes);
  writer.length = at + size;
  writer.records++;
}
