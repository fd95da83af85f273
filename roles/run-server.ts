/**
 * Runs a server from command-line flags until SIGTERM/SIGINT, then stops in
 * order and exits (what `npm start` and `sluice serve` do): the process
 * concerns, apart from what the server is.
 */
import { ConfigError, loadConfig, type SluiceConfig } from '../config/config.js';
import { createLogger } from '../telemetry/log.js';
import type { Logger } from '../telemetry/log.js';

/** What runs: the server's start (server.ts `startSluice`), passed in so that this file does not import the server. */
export interface Startable {
  busConnected: Promise<void>;
  close(): Promise<void>;
}

/** Longest an orderly stop may take before the process exits anyway. */
const kStopDeadlineMs = 20_000;

export async function runServer<S extends Startable>(start: (config: SluiceConfig, log: Logger) => Promise<S>, argv: readonly string[] = process.argv.slice(2)): Promise<S> {
  let config: SluiceConfig;
  try {
    config = loadConfig(argv);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`sluice: ${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const log = createLogger(config.logLevel);
  const sluice = await start(config, log);
  let stopping = false;
  // Every part's stop is bounded; this bounds the whole, and the exit ends
  // whatever a client library still runs (reconnect timers, sockets).
  const stopThenExit = (code: number): void => {
    stopping = true;
    setTimeout(() => {
      log.error({ afterMs: kStopDeadlineMs }, 'stop did not finish in time; exiting');
      process.exit(1);
    }, kStopDeadlineMs).unref();
    sluice.close().then(() => process.exit(code), (error: Error) => {
      log.error({ err: error.message }, 'stop failed');
      process.exit(1);
    });
  };
  const onSignal = (signal: string): void => {
    log.info({ signal }, 'signal received');
    stopThenExit(0);
  };
  sluice.busConnected.catch((error: Error) => {
    if (stopping) return;
    log.error({ err: error.message }, 'giving up on Redis');
    process.stderr.write(`sluice: ${error.message}\n`);
    stopThenExit(1);
  });
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
  return sluice;
}
