import assert from 'node:assert/strict';
import { test } from 'node:test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const suite = fileURLToPath(new URL('../bench/suite.js', import.meta.url));

test('the bench suite runs one bench and writes a well-formed result (JSON and markdown)', () => {
  const out = mkdtempSync(join(tmpdir(), 'sluice-bench-'));
  const stdout = execFileSync(process.execPath, ['--expose-gc', suite, '--only', 'encode-once'], { env: { ...process.env, SLUICE_BENCH_RESULTS: out }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  assert.match(stdout, /\| encode-once \| \*\*encode once \/ per client\*\* \|/);
  const files = readdirSync(out);
  const json = files.find((f) => f.endsWith('.json'));
  assert.ok(json !== undefined && files.includes(json.replace(/\.json$/, '.md')), files.join(', '));
  const result = JSON.parse(readFileSync(join(out, json), 'utf8')) as {
    date: string; commit: string; machine: string; command: string;
    results: Array<{ name: string; measurements: Array<{ variant: string; value: number; unit: string }>; ratios: Array<{ label: string; value: number }> }>;
  };
  assert.ok(!Number.isNaN(Date.parse(result.date)));
  assert.match(result.machine, /Node\.js v\d+/);
  assert.equal(result.command, 'npm run bench -- --only encode-once');
  assert.equal(result.results[0]!.name, 'encode-once');
  for (const m of result.results[0]!.measurements) assert.ok(Number.isFinite(m.value) && m.value > 0 && m.unit.length > 0, JSON.stringify(m));
  assert.ok(result.results[0]!.ratios[0]!.value > 1, 'encoding once beats encoding per client');
  assert.match(readFileSync(join(out, json.replace(/\.json$/, '.md')), 'utf8'), /^# Sluice bench/);
});

test('--only with an unknown bench names the flag and exits 2', () => {
  assert.throws(() => execFileSync(process.execPath, [suite, '--only', 'nope'], { stdio: 'pipe' }), (e: { status: number; stderr: Buffer }) => e.status === 2 && /--only: unknown bench 'nope'/.test(e.stderr.toString()));
});
