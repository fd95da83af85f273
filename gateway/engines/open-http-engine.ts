/**
 * Picks the HTTP engine for `--http-engine`: `uws` or `node` as asked
 * (`uws` fails when its binary does not load here), or `auto`: uWS when its
 * binary loads, otherwise node. Says why, for the startup log.
 */
import { HttpEngineError, type HttpEngine, type HttpEngineChoice, type HttpEngineOptions } from '../http-engine.js';
import { createNodeEngine } from './node-engine.js';
import { createUwsEngine } from './uws-engine.js';

export interface OpenedHttpEngine {
  engine: HttpEngine;
  /** Why this engine runs, in one sentence. */
  reason: string;
}

export async function openHttpEngine(choice: HttpEngineChoice, options: HttpEngineOptions = {}): Promise<OpenedHttpEngine> {
  if (choice === 'node') return { engine: await createNodeEngine(options), reason: 'asked for (--http-engine node)' };
  try {
    const engine = await createUwsEngine(options);
    return { engine, reason: choice === 'uws' ? 'asked for (--http-engine uws)' : 'auto: uWebSockets.js loads' };
  } catch (error) {
    if (!(error instanceof HttpEngineError) || error.code !== 'ERR_SLUICE_HTTP_ENGINE') throw error;
    if (choice === 'uws') throw new HttpEngineError('ERR_SLUICE_HTTP_ENGINE', `SLUICE_HTTP_ENGINE (--http-engine) is uws, but ${error.message}; use --http-engine node (or auto)`);
    return { engine: await createNodeEngine(options), reason: `auto: ${error.message}; serving with node:http` };
  }
}
