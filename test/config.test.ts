import assert from 'node:assert/strict';
import { test } from 'node:test';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ConfigError, loadConfig } from '../config/config.js';

test('defaults match the documented defaults', () => {
  const config = loadConfig([], {});
  assert.equal(config.host, '127.0.0.1');
  assert.equal(config.grpcPort, 50051);
  assert.equal(config.httpPort, 8080);
  assert.equal(config.redisUrl, null);
  assert.equal(config.windowMs, 1000);
  assert.equal(config.latenessMs, 500);
  assert.deepEqual(config.resolutions, [1000, 10_000, 60_000]);
  assert.equal(config.maxBatchMetrics, 10_000);
  assert.equal(config.maxBatchBytes, 4 * 1024 * 1024);
  assert.ok(config.shards >= 1);
});

test('flags win over the environment; durations take units', () => {
  const config = loadConfig(['--grpc-port=6000', '--lateness-ms', '2s'], { SLUICE_GRPC_PORT: '5000', SLUICE_HTTP_PORT: '9000', SLUICE_SHARDS: '3' });
  assert.equal(config.grpcPort, 6000);
  assert.equal(config.httpPort, 9000);
  assert.equal(config.shards, 3);
  assert.equal(config.latenessMs, 2000);
});

test('invalid values name the setting', () => {
  const cases: Array<[string[], NodeJS.ProcessEnv, RegExp]> = [
    [[], { SLUICE_GRPC_PORT: 'abc' }, /SLUICE_GRPC_PORT \(--grpc-port\) must be an integer/],
    [['--http-port', '70000'], {}, /--http-port must be an integer in \[0, 65535\]/],
    [[], { SLUICE_SHARDS: '0' }, /SLUICE_SHARDS/],
    [[], { SLUICE_WINDOW_MS: 'soon' }, /SLUICE_WINDOW_MS/],
    [[], { SLUICE_LATENESS_MS: '-1' }, /SLUICE_LATENESS_MS/],
    [[], { REDIS_URL: 'localhost:6379' }, /REDIS_URL \(--redis-url\) must be a redis:\/\//],
    [[], { SLUICE_RESOLUTIONS: '1s,15s,20s' }, /SLUICE_RESOLUTIONS/],
    [[], { SLUICE_RING_BYTES: '65536' }, /SLUICE_RING_BYTES/],
    [['--bogus', '1'], {}, /unknown flag --bogus/],
    [['--shards'], {}, /--shards needs a value/],
  ];
  for (const [argv, env, message] of cases) assert.throws(() => loadConfig(argv, env), (e: Error) => e instanceof ConfigError && message.test(e.message), `${argv} ${JSON.stringify(env)}`);
});

test('npm start with a bad setting exits non-zero with the setting named', () => {
  const server = fileURLToPath(new URL('../server.js', import.meta.url));
  const result = spawnSync(process.execPath, [server], { env: { ...process.env, SLUICE_HTTP_PORT: 'eighty' }, encoding: 'utf8' });
  assert.equal(result.status, 2);
  assert.match(result.stderr, /SLUICE_HTTP_PORT \(--http-port\) must be an integer/);
});
