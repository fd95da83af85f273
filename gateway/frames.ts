/**
 * SSE frames. A window frame is encoded once per subscription group and
 * window, and the same bytes are written to every client of the group.
 */
import type { StreamFilter } from './stream-filter.js';
import type { TopicWindow } from './window-json.js';

/** The `window` event of `filter` for the window at `start`, or null if no series matches. */
export function windowFrame(filter: StreamFilter, topics: ReadonlySet<string>, resolution: number, start: number, windows: readonly TopicWindow[]): Buffer | null {
  const parts: string[] = [];
  const filterLabels = filter.labels.size > 0;
  for (const window of windows) {
    if (!topics.has(window.topic)) continue;
    for (const entry of window.entries()) {
      if (!filterLabels || filter.matchesLabels(entry.labels)) parts.push(entry.json);
    }
  }
  if (parts.length === 0) return null;
  return Buffer.from(`id: ${start}\nevent: window\ndata: {"start":${start},"end":${start + resolution},"resolution_ms":${resolution},"series":[${parts.join(',')}]}\n\n`);
}

export type GapReason = 'slow_consumer' | 'history_expired' | 'bus_unavailable';

/** The `gap` event: windows in [from, to) were not delivered. */
export function gapFrame(from: number, to: number, reason: GapReason): Buffer {
  return Buffer.from(`event: gap\ndata: ${JSON.stringify({ from, to, reason })}\n\n`);
}
