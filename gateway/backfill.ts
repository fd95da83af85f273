/**
 * The `backfill` parameter of GET /v1/stream: how much of the recent past a
 * new connection wants before its live windows, as a duration (`5m`, `90s`,
 * `500ms`) or a count of windows (`120`). It is answered from the same bus
 * history a Last-Event-ID resume reads (a Last-Event-ID wins when both are
 * given), and only what the history still holds is sent: a backfill reaching
 * before the history start starts where the history starts, without a
 * `history_expired` gap (nothing asked was ever delivered, so nothing was
 * missed).
 *
 * Cap: at most `kMaxBackfillWindows` windows of the connection's resolution;
 * a larger ask is clamped, not refused (a page asking for "15 minutes"
 * should get what there is). Text that is not a duration or a count is a
 * 400 `bad_backfill`.
 */
import { SluiceError } from '../catalogue/errors.js';
import { parseDuration } from '../config/duration.js';

/** 15 minutes of 1 s windows: the longest range the built-in dashboard shows. */
export const kMaxBackfillWindows = 900;

/** Longer text cannot be a sensible duration or count. */
const kMaxBackfillText = 16;

export class BackfillError extends SluiceError {
  constructor(message: string) {
    super('ERR_SLUICE_BAD_BACKFILL', message);
  }
}

/**
 * The number of windows (1..kMaxBackfillWindows) to send from history, or 0
 * when no backfill was asked (absent, empty, or `0`).
 */
export function parseBackfill(text: string | null, resolution: number): number {
  if (text === null || text === '' || text === '0') return 0;
  if (text.length > kMaxBackfillText) throw new BackfillError(`backfill must be a duration (e.g. 5m, 90s) or a count of windows; got ${text.length} characters`);
  // A bare integer counts windows; anything with a unit is a duration.
  const windows = /^\d+$/.test(text) ? Number(text) : /[a-z]$/.test(text) ? Math.ceil(parseDuration(text) / resolution) : Number.NaN;
  if (!Number.isFinite(windows) || windows < 0) throw new BackfillError(`backfill must be a duration (e.g. 5m, 90s) or a count of windows; got '${text}'`);
  return Math.min(windows, kMaxBackfillWindows);
}
