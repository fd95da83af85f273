/**
 * SSE frames. A window frame is encoded once per subscription group and
 * window, and the same bytes are written to every client of the group.
 */
import type { GapReason } from '../catalogue/reasons.js';
import type { StreamFilter } from './stream-filter.js';
import type { WindowPart } from './window-json.js';

/**
 * The `window` event of `filter` for the window at `start`, or null if no
 * series matches. `partial` marks a window some ingest node never delivered
 * its share of (a `gap` event names the node).
 */
export function windowFrame(filter: StreamFilter, topics: ReadonlySet<string>, resolution: number, start: number, windows: readonly WindowPart[], partial = false): Buffer | null {
  const filterLabels = filter.labels.size > 0;
  /** Byte ranges of the series JSON to copy, in order. */
  const ranges: Array<{ json: Buffer; from: number; to: number }> = [];
  let size = 0;
  for (const window of windows) {
    if (!topics.has(window.topic)) continue;
    const { json, starts, ends, labels } = window.series();
    if (starts.length === 0) continue;
    if (!filterLabels) {
      ranges.push({ json, from: 0, to: json.length });
      size += json.length + 1;
      continue;
    }
    for (let i = 0; i < starts.length; i++) {
      if (!filter.matchesLabels(labels[i]!)) continue;
      ranges.push({ json, from: starts[i]!, to: ends[i]! });
      size += ends[i]! - starts[i]! + 1;
    }
  }
  if (ranges.length === 0) return null;
  const head = Buffer.from(`id: ${start}\nevent: window\ndata: {"start":${start},"end":${start + resolution},"resolution_ms":${resolution}${partial ? ',"partial":true' : ''},"series":[`);
  const frame = Buffer.allocUnsafe(head.length + size - 1 + kTail.length);
  let at = head.copy(frame, 0);
  for (const [i, { json, from, to }] of ranges.entries()) {
    if (i > 0) frame[at++] = 0x2c; // ,
    at += json.copy(frame, at, from, to);
  }
  kTail.copy(frame, at);
  return frame;
}

const kTail = Buffer.from(']}\n\n');


/** The `gap` event: windows in [from, to) were not delivered (or, with `node`, that node's share of them). */
export function gapFrame(from: number, to: number, reason: GapReason, node?: string): Buffer {
  return Buffer.from(`event: gap\ndata: ${JSON.stringify(node === undefined ? { from, to, reason } : { from, to, reason, node })}\n\n`);
}
