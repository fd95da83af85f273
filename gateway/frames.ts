/**
 * SSE frames. A window frame is encoded once per subscription group and
 * window, and the same bytes are written to every client of the group.
 */
import type { StreamFilter } from './stream-filter.js';
import type { WindowPart } from './window-json.js';

/**
 * The `window` event of `filter` for the window at `start`, or null if no
 * series matches. `partial` marks a window some ingest node never delivered
 * its share of (a `gap` event names the node).
 */
export function windowFrame(filter: StreamFilter, topics: ReadonlySet<string>, resolution: number, start: number, windows: readonly WindowPart[], partial = false): Buffer | null {
  const parts: string[] = [];
  const filterLabels = filter.labels.size > 0;
  for (const window of windows) {
    if (!topics.has(window.topic)) continue;
    for (const entry of window.entries()) {
      if (!filterLabels || filter.matchesLabels(entry.labels)) parts.push(entry.json);
    }
  }
  if (parts.length === 0) return null;
  return Buffer.from(`id: ${start}\nevent: window\ndata: {"start":${start},"end":${start + resolution},"resolution_ms":${resolution}${partial ? ',"partial":true' : ''},"series":[${parts.join(',')}]}\n\n`);
}

export type GapReason = 'slow_consumer' | 'history_expired' | 'bus_unavailable' | 'node_down';

/** The `gap` event: windows in [from, to) were not delivered (or, with `node`, that node's share of them). */
export function gapFrame(from: number, to: number, reason: GapReason, node?: string): Buffer {
  return Buffer.from(`event: gap\ndata: ${JSON.stringify(node === undefined ? { from, to, reason } : { from, to, reason, node })}\n\n`);
}
