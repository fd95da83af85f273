/**
 * Starts a real Sluice in the test process, on free ports, with settings
 * overridden by flags, and stops it after the test.
 */
import { after } from 'node:test';
import { loadConfig, type SluiceConfig } from '../../config/config.js';
import { startSluice, type Sluice } from '../../server.js';
import { createLogger } from '../../telemetry/log.js';

export async function startTestSluice(flags: string[] = [], env: NodeJS.ProcessEnv = {}): Promise<Sluice> {
  const config: SluiceConfig = loadConfig(['--grpc-port', '0', '--http-port', '0', '--shards', '2', ...flags], env);
  const sluice = await startSluice(config, createLogger(process.env.SLUICE_LOG_LEVEL ?? 'silent'));
  after(() => sluice.stop());
  // Tests start their Redis first: begin with the bus connected, as before Sluice stopped waiting for it.
  await sluice.busConnected;
  return sluice;
}

/** Resolves when `check()` is true, polling every 20 ms; rejects after `timeoutMs`. */
export async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs = 10_000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
