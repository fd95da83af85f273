/**
 * `import { createProducer } from 'sluice'` is a library of its own weight:
 * it loads gRPC and protobuf, never the server's uWebSockets.js, ioredis or
 * piscina.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const clientFile = new URL('../client/index.js', import.meta.url).href;
const serverFile = new URL('../server.js', import.meta.url).href;
const hide = `--import=${new URL('./support/hide-modules.js', import.meta.url).href}`;
const root = fileURLToPath(new URL('../..', import.meta.url));
const serverOnly = ['uWebSockets.js', 'ioredis', 'piscina'];

/** Imports `file` in a fresh node and prints the CommonJS modules it loaded (ESM imports of CJS packages land there too). */
function importIn(file: string, nodeArgs: string[] = []): { status: number | null; stderr: string; loaded: string[] } {
  const script = `import { createRequire } from 'node:module'; const m = await import(${JSON.stringify(file)}); if (typeof m.createProducer !== 'function' && typeof m.startSluice !== 'function') throw new Error('nothing exported'); console.log(JSON.stringify(Object.keys(createRequire(import.meta.url).cache)));`;
  const result = spawnSync(process.execPath, [...nodeArgs, '--input-type=module', '-e', script], { cwd: root, encoding: 'utf8', env: { ...process.env, SLUICE_TEST_HIDE_MODULES: serverOnly.join(',') }, timeout: 30_000 });
  return { status: result.status, stderr: result.stderr, loaded: result.status === 0 ? JSON.parse(result.stdout) as string[] : [] };
}

test('the producer client loads gRPC, and none of uWebSockets.js, ioredis, piscina', () => {
  const { status, stderr, loaded } = importIn(clientFile);
  assert.equal(status, 0, stderr);
  assert.ok(loaded.some((file) => file.includes('/@grpc/grpc-js/')), 'the check sees packages imported from ESM (gRPC is)');
  for (const name of [...serverOnly, 'uwebsockets']) assert.ok(!loaded.some((file) => file.includes(`/node_modules/${name}/`)), `${name} was loaded: ${loaded.filter((f) => f.includes(name)).join(', ')}`);
});

test('the producer client imports with uWebSockets.js, ioredis and piscina absent; the server does not', () => {
  const client = importIn(clientFile, [hide]);
  assert.equal(client.status, 0, client.stderr);
  const server = importIn(serverFile, [hide]);
  assert.notEqual(server.status, 0, 'the server needs them, so hiding them must break its import (the hook works)');
  assert.match(server.stderr, /Cannot find package '(ioredis|piscina)'/);
});
