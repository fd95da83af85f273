/**
 * Picks the HTTP engine for `--http-engine`: `uws` or `node` as asked
 * (`uws` fails when its binary does not load here), or `auto`: uWS when its
 * binary loads, otherwise node. Says why, for the startup log.
 */
import { HttpEngineError, type HttpEngine, type HttpEngineChoice, type HttpEngineName, type HttpEngineOptions } from '../http-engine.js';
import { createNodeEngine } from './node-engine.js';
import { createUwsEngine, loadUws } from './uws-engine.js';

export interface ChosenHttpEngine {
  name: HttpEngineName;
  /** Why this engine runs, in one sentence. */
  reason: string;
}

export interface OpenedHttpEngine extends ChosenHttpEngine {
  engine: HttpEngine;
}

/** Which engine `choice` means here, without opening one (gateway threads open their own). */
export async function chooseHttpEngine(choice: HttpEngineChoice): Promise<ChosenHttpEngine> {
  if (choice === 'node') return { name: 'node', reason: 'asked for (--http-engine node)' };
  try {
    await loadUws();
    return { name: 'uws', reason: choice === 'uws' ? 'asked for (--http-engine uws)' : 'auto: uWebSockets.js loads' };
  } catch (error) {
    if (!(error instanceof HttpEngineError) || error.code !== 'ERR_SLUICE_HTTP_ENGINE') throw error;
    if (choice === 'uws') throw new HttpEngineError('ERR_SLUICE_HTTP_ENGINE', `SLUICE_HTTP_ENGINE (--http-engine) is uws, but ${error.message}; use --http-engine node (or auto)`);
    return { name: 'node', reason: `auto: ${error.message}; serving with node:http` };
  }
}

export async function openHttpEngine(choice: HttpEngineChoice, options: HttpEngineOptions = {}): Promise<OpenedHttpEngine> {
  const chosen = await chooseHttpEngine(choice);
  const engine = chosen.name === 'uws' ? await createUwsEngine(options) : await createNodeEngine(options);
  return { ...chosen, engine };
}
