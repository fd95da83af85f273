/**
 * The lifecycle contract (docs/lifecycle.md): `close()` is idempotent —
 * every caller gets the same promise — and safe before `start()`, for every
 * part that has one.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { IngestActor } from '../actors/ingest/ingest-actor.js';
import { InProcessBus } from '../bus/in-process-bus.js';
import { RedisBus } from '../bus/redis-bus.js';
import { ActorSystem } from '../engine/actor-system.js';
import { Ledger } from '../telemetry/ledger.js';
import { freePort, startRedis } from './support/redis-server.js';
import { GatewayThreads } from '../gateway/gateway-threads.js';
import { createLogger } from '../telemetry/log.js';
import { httpEngines, startTestSluice } from './support/sluice-harness.js';

/** Closes twice at once and once more after; all three calls must resolve, the first two with one promise. */
async function closeThrice(part: { close(): Promise<void> }, what: string): Promise<void> {
  const first = part.close();
  const second = part.close();
  assert.equal(first, second, `${what}: a second close() must join the first`);
  await Promise.race([first, new Promise((_, reject) => setTimeout(() => reject(new Error(`${what}: close() did not end`)), 10_000))]);
  await part.close();
}

test('every part closes twice and before start', async () => {
  await closeThrice(new InProcessBus(), 'in-process bus before start');
  const started = new InProcessBus();
  await started.start();
  await closeThrice(started, 'in-process bus');

  // A Redis bus that never started, and one pointed at a port where nothing listens.
  await closeThrice(new RedisBus({ url: `redis://127.0.0.1:${await freePort()}`, nodeId: 'never', maxWindows: 10, maxAgeMs: 10_000 }), 'redis bus before start');
  const redis = await startRedis();
  const bus = new RedisBus({ url: redis.url, nodeId: 'n', maxWindows: 10, maxAgeMs: 10_000 });
  await bus.start();
  await closeThrice(bus, 'redis bus');

  await closeThrice(new ActorSystem({ threads: 1 }), 'actor system before any actor');

  const ingest = new IngestActor([], {
    maxMetrics: 10, windowMs: 1000, futureSkewMs: 5000, latenessMs: 500, pushTimeoutMs: 1000, maxQueuedBytes: 1 << 20,
    producerTokens: new Set(), seed: 1,
  }, new Ledger(), null);
  await closeThrice(ingest, 'ingest before start');
  assert.equal(ingest.state, 'stopped');

  const sluice = await startTestSluice();
  await closeThrice(sluice, 'sluice');
  await closeThrice(sluice.node!, 'ingest node after the whole stopped');

  // Gateway threads: before start, and a Sluice serving from two of them (uWS where it loads, node:http where it can share a port).
  const threadsBus = new InProcessBus();
  await closeThrice(new GatewayThreads({
    threads: 2, engine: 'node', bus: threadsBus, log: createLogger('silent'),
    config: { host: '127.0.0.1', port: 0, tls: null, resolutions: [1000], heartbeatMs: 1000, retryMs: 1000, clientQueueBytes: 1 << 16, clientStallMs: 1000, nodeTimeoutMs: 1000, maxClients: 1, maxClientsPerAddress: 1, tokens: [], corsOrigins: [], dashboard: false },
    metricsText: async () => '', readyz: () => ({ status: '200 OK', body: {} }),
  }), 'gateway threads before start');
  const threaded = await startTestSluice(['--gateway-threads', '2', '--http-engine', httpEngines[0]!]);
  await closeThrice(threaded, 'sluice on gateway threads');
  await closeThrice(threaded.gateway, 'its gateway after the whole stopped');
});
