/**
 * Starts a real Sluice in the test process, on free ports, with settings
 * overridden by flags, and stops it after the test.
 *
 * HTTP and SSE suites run on every HTTP engine (`engineTest`): both where
 * uWebSockets.js loads, node alone where it does not (e.g. its binary needs
 * a newer glibc than this Node's host has). SLUICE_TEST_HTTP_ENGINE=uws or
 * =node runs one only (=uws fails where uWS does not load, as it should).
 */
import { spawnSync } from 'node:child_process';
import { after, test, type TestContext } from 'node:test';
import { loadConfig, type SluiceConfig } from '../../config/config.js';
import type { HttpEngineName } from '../../gateway/http-engine.js';
import { startSluice, type Sluice } from '../../server.js';
import { createLogger } from '../../telemetry/log.js';

function enginesUnderTest(): HttpEngineName[] {
  const asked = process.env.SLUICE_TEST_HTTP_ENGINE ?? '';
  if (asked === 'uws' || asked === 'node') return [asked];
  if (asked !== '' && asked !== 'both') throw new Error(`SLUICE_TEST_HTTP_ENGINE must be uws, node or both; got '${asked}'`);
  // Asked in a child: loading uWS's native module into a test process that
  // runs Sluice in a child of its own (shutdown.test) made that process's
  // gRPC stream stall now and then.
  const uwsEngine = new URL('../../gateway/engines/uws-engine.js', import.meta.url).href;
  const probe = spawnSync(process.execPath, ['--input-type=module', '-e', `await (await import(${JSON.stringify(uwsEngine)})).loadUws();`], { stdio: 'ignore', timeout: 30_000 });
  return probe.status === 0 ? ['uws', 'node'] : ['node'];
}

/** The HTTP engines the HTTP/SSE suites run on here. */
export const httpEngines: readonly HttpEngineName[] = enginesUnderTest();

/** Registers `fn` once per engine in `httpEngines`, named `name [engine]`. */
export function engineTest(name: string, fn: (engine: HttpEngineName, t: TestContext) => Promise<void> | void): void {
  for (const engine of httpEngines) test(`${name} [${engine}]`, (t) => fn(engine, t));
}

/**
 * A Sluice on free ports. One gateway thread (the main one) unless `flags`
 * or `env` ask for more, so that tests inspect one in-thread SseGateway.
 */
export async function startTestSluice(flags: string[] = [], env: NodeJS.ProcessEnv = {}): Promise<Sluice> {
  const threads = flags.some((f) => f.startsWith('--gateway-threads')) || env.SLUICE_GATEWAY_THREADS !== undefined ? [] : ['--gateway-threads', '1'];
  const config: SluiceConfig = loadConfig(['--grpc-port', '0', '--http-port', '0', '--shards', '2', ...threads, ...flags], env);
  const sluice = await startSluice(config, createLogger(process.env.SLUICE_LOG_LEVEL ?? 'silent'));
  after(() => sluice.close());
  // Tests start their Redis first: begin with the bus connected, as before Sluice stopped waiting for it.
  await sluice.busConnected;
  return sluice;
}

/** `startTestSluice` on the given HTTP engine. */
export function startTestSluiceOn(engine: HttpEngineName, flags: string[] = [], env: NodeJS.ProcessEnv = {}): Promise<Sluice> {
  return startTestSluice(['--http-engine', engine, ...flags], env);
}

/** Resolves when `check()` is true, polling every 20 ms; rejects after `timeoutMs`. */
export async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs = 10_000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
