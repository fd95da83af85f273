/**
 * The docs a user reads stay true: every list in them is checked against
 * the code that defines it (settings, rejection reasons, metrics), the
 * README stays short, and no doc points outside the repository.
 */
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { readdirSync, readFileSync } from 'node:fs';
import { configTable } from '../config/config.js';
import { reasonCodes } from '../actors/ingest/reasons.js';
import { errorCodes } from '../catalogue/errors.js';
import { batchRefusedReasons, disconnectReasons, gapReasons, ledgerRejectedReasons, lostReasons, rejectionReasons, requestRefusedReasons } from '../catalogue/reasons.js';
import { startTestSluice } from './support/sluice-harness.js';
import { fixedKeys, historyKey, windowChannel } from '../bus/bus.js';

const root = new URL('../../', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), 'utf8');
const readme = read('README.md');
const docs = readdirSync(new URL('docs/', root)).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`);

test('the README starts with the two commands', () => {
  const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
  assert.match(firstBlock, /^npm ci && npm start/m);
  assert.match(firstBlock, /^npm test/m);
});

test('the README fits on a few screens (at most 15 KB); the rest lives in docs/', () => {
  assert.ok(Buffer.byteLength(readme) <= 15 * 1024, `README.md is ${Buffer.byteLength(readme)} bytes`);
});

test('the configuration doc holds the settings table', () => {
  assert.ok(read('docs/configuration.md').includes(configTable()), 'regenerate with: node -e "import(\'./dist/config/config.js\').then(m => console.log(m.configTable()))"');
});

test('the ingest doc lists every rejection reason', () => {
  const ingest = read('docs/ingest.md');
  for (const reason of reasonCodes) assert.ok(ingest.includes(`| \`${reason}\` |`), `docs/ingest.md does not list ${reason}`);
});

test('the docs list every reason the code gives or counts', () => {
  const lists: Array<[string, readonly string[]]> = [
    ['docs/ingest.md', rejectionReasons],
    ['docs/metrics.md', ledgerRejectedReasons.filter((r) => !(rejectionReasons as readonly string[]).includes(r))],
    ['docs/metrics.md', batchRefusedReasons],
    ['docs/metrics.md', lostReasons],
    ['docs/sse.md', gapReasons],
    ['docs/limits.md', requestRefusedReasons],
    ['docs/limits.md', disconnectReasons],
  ];
  for (const [path, reasons] of lists) {
    const doc = read(path);
    for (const reason of reasons) assert.ok(doc.includes(`| \`${reason}\` |`), `${path} does not list ${reason}`);
  }
});

test('the Redis doc names every key and channel the bus builds', () => {
  const doc = read('docs/redis.md');
  const names = [
    windowChannel('<prefix>', 1, '<topic>').replace(':w:1', ':w:<ms>'),
    historyKey('<prefix>', 1, '<topic>', '<node>').replace(':h:1:', ':h:<ms>:'),
    ...Object.values(fixedKeys('<prefix>', '<uuid>')),
  ];
  for (const name of names) assert.ok(doc.includes(`| \`${name}\` |`), `docs/redis.md does not list ${name}`);
});

test('the errors doc lists every error code', () => {
  const errors = read('docs/errors.md');
  for (const code of Object.keys(errorCodes)) assert.ok(errors.includes(`| \`${code}\` |`), `docs/errors.md does not list ${code}`);
});

test('no doc points outside the repository, and every relative link resolves', () => {
  for (const path of ['README.md', ...docs]) {
    const text = read(path);
    assert.ok(!text.includes('../shared') && !text.includes('DESIGN.md'), `${path} points outside the repository`);
    for (const [, target] of text.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)) {
      if (/^[a-z]+:/.test(target!)) continue;
      const base = new URL(path, root);
      assert.doesNotThrow(() => readFileSync(new URL(target!, base)), `${path} links to ${target}, which does not exist`);
    }
  }
});

test('the metrics doc names every metric /metrics serves', async () => {
  const sluice = await startTestSluice();
  after(() => sluice.close());
  const text = await sluice.metricsText();
  const doc = read('docs/metrics.md');
  const names = new Set([...text.matchAll(/^# TYPE (sluice_\w+) /gm)].map((m) => m[1]!));
  assert.ok(names.size > 10, 'expected Sluice metrics on /metrics');
  const missing = [...names].filter((name) => !doc.includes(name) && !(name.startsWith('sluice_process_') || name.startsWith('sluice_nodejs_')));
  assert.deepEqual(missing, [], `docs/metrics.md does not name: ${missing.join(', ')}`);
});
