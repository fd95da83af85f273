/**
 * Last-Event-ID (header, or `lastEventId` query): the position a client
 * resumes from. Sluice's ids are window starts, epoch milliseconds; anything
 * else (not a decimal integer, negative, absurdly large such as `1e308`, or
 * more than a day ahead of this clock) is not a position Sluice ever handed
 * out, and is refused rather than guessed at: replaying "after 1e308" used
 * to end in a false `bus_unavailable` gap.
 */
const kMaxAheadMs = 24 * 3_600_000;

export type LastEventId = { kind: 'none' } | { kind: 'resume'; after: number } | { kind: 'bad'; message: string };

export function parseLastEventId(header: string, query: string | null, now = Date.now()): LastEventId {
  const text = header !== '' ? header : query ?? '';
  if (text === '') return { kind: 'none' };
  // At most 15 digits: a safe integer, and every millisecond timestamp until the year 33658.
  if (text.length > 15 || !/^[0-9]+$/.test(text)) return { kind: 'bad', message: `Last-Event-ID must be an id this server sent (a window start in ms); got '${text.slice(0, 32)}'` };
  const after = Number(text);
  if (after > now + kMaxAheadMs) return { kind: 'bad', message: `Last-Event-ID ${text} is more than a day ahead of this server's clock` };
  return { kind: 'resume', after };
}
