import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import { configTable } from '../config/config.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

test('the README starts with the two commands', () => {
  const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
  assert.match(firstBlock, /^npm ci && npm start/m);
  assert.match(firstBlock, /^npm test/m);
});

test('the README configuration table is the settings table', () => {
  assert.ok(readme.includes(configTable()), 'regenerate with: node -e "import(\'./dist/config/config.js\').then(m => console.log(m.configTable()))"');
});
