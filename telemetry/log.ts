/**
 * Structured logs (pino, JSON lines on stdout). The level comes from
 * `--log-level` / SLUICE_LOG_LEVEL (default `info`); tests run at `silent`
 * unless SLUICE_LOG_LEVEL says otherwise.
 */
import { pino, type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string = process.env.SLUICE_LOG_LEVEL ?? 'info'): Logger {
  return pino({ level, base: { service: 'sluice' } });
}
