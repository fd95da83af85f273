/** Reads a `sluice.v1.PushAck` (generated protobufjs code; acks are few and small). */
import { sluice } from '../proto/generated/metrics.js';

export interface PushAckSummary {
  sequence: number;
  accepted: number;
  rejected: number;
  rejections: Array<{ index: number; reason: string }>;
}

export function decodePushAck(bytes: Uint8Array): PushAckSummary {
  const ack = sluice.v1.PushAck.decode(bytes);
  return {
    sequence: Number(ack.sequence),
    accepted: ack.accepted,
    rejected: ack.rejected,
    rejections: ack.rejections.map((r) => ({ index: r.index ?? 0, reason: r.reason ?? "" })),
  };
}
