/**
 * Every error Sluice throws on purpose, by stable code: one line per code,
 * and one base class that sets `name` and `code`. Callers recognise an error
 * by its code, never by its message text. The docs list every code
 * (docs/errors.md; test/docs.test.ts checks it against this table).
 *
 * Subclasses exist where a caller needs `instanceof` (a config error exits
 * 2, a CLI usage error prints help); the rest are `SluiceError`s.
 */
export const errorCodes = {
  ERR_SLUICE_CONFIG: 'a setting is invalid (the message names it); the server does not start',
  ERR_SLUICE_CLI: 'a command-line flag is unknown or invalid; the command exits 2',
  ERR_SLUICE_LISTEN: 'a port could not be bound (in use, or not allowed)',
  ERR_SLUICE_NO_INGEST: 'an ingest part was asked of a node that runs none (role gateway)',
  ERR_SLUICE_BAD_FILTER: 'a stream filter (match, label, resolution, caps) is invalid: HTTP 400',
  ERR_SLUICE_BAD_BACKFILL: 'a backfill is neither a duration nor a count of windows: HTTP 400',
  ERR_SLUICE_REDIS_UNREACHABLE: 'Redis was not reached within --redis-connect-timeout-ms, or the bus closed first',
  ERR_SLUICE_HTTP_ENGINE: 'the HTTP engine asked for cannot run here (uWebSockets.js does not load)',
  ERR_SLUICE_RING_CAPACITY: 'a ring was asked for with a capacity outside [1, 2^30]',
  ERR_SLUICE_RING_STORAGE: 'a ring was built on storage that allocateRing() did not make',
  ERR_SLUICE_RING_MESSAGE_TOO_LARGE: 'a message larger than the ring can hold',
  ERR_SLUICE_INJECTED_FAULT: 'a fault injected into an actor by a test (supervision is exercised)',
  ERR_SLUICE_PRODUCER_OPTIONS: 'producer client: an option is invalid',
  ERR_SLUICE_PRODUCER_CLOSED: 'producer client: used after close()',
  ERR_SLUICE_BATCH_REFUSED: 'producer client: the server refused a batch for good (its gRPC status is `grpcCode`)',
  ERR_SLUICE_SUBSCRIBE_OPTIONS: 'subscriber: an option is invalid',
  ERR_SLUICE_SUBSCRIBE_REFUSED: 'subscriber: the gateway refused the stream with a 4xx (its status is `status`)',
} as const;

export type SluiceErrorCode = keyof typeof errorCodes;

export class SluiceError extends Error {
  readonly code: SluiceErrorCode;

  constructor(code: SluiceErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = new.target.name;
  }
}
