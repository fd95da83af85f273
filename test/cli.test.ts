import assert from 'node:assert/strict';
import { test } from 'node:test';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startTestSluice } from './support/sluice-harness.js';

const cli = fileURLToPath(new URL('../cli/sluice.js', import.meta.url));

function runCli(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => { stdout += c.toString(); });
    child.stderr.on('data', (c: Buffer) => { stderr += c.toString(); });
    child.on('exit', (status) => resolve({ status, stdout, stderr }));
  });
}

test('every command has --help with examples', () => {
  for (const command of ['serve', 'load', 'tail', 'bench', 'demo']) {
    const result = spawnSync(process.execPath, [cli, command, '--help'], { encoding: 'utf8' });
    assert.equal(result.status, 0, command);
    assert.match(result.stdout, new RegExp(`^sluice ${command}: `));
    assert.match(result.stdout, /Examples:\n {2}sluice /);
  }
  const top = spawnSync(process.execPath, [cli, '--help'], { encoding: 'utf8' });
  assert.match(top.stdout, /Commands:\n {2}serve/);
});

test('sluice bench, installed from the package (no benches in it), says where the benches run and exits 2', () => {
  // The package's files (package.json) leave dist/bench out: a copy of dist without it.
  const dist = fileURLToPath(new URL('..', import.meta.url));
  const copy = mkdtempSync(path.join(tmpdir(), 'sluice-pkg-'));
  try {
    cpSync(dist, path.join(copy, 'dist'), { recursive: true, filter: (from) => !from.startsWith(path.join(dist, 'bench')) && !from.startsWith(path.join(dist, 'test')) });
    symlinkSync(fileURLToPath(new URL('../../node_modules', import.meta.url)), path.join(copy, 'node_modules'));
    const result = spawnSync(process.execPath, [path.join(copy, 'dist/cli/sluice.js'), 'bench', '--only', 'decode'], { encoding: 'utf8' });
    assert.equal(result.status, 2, result.stderr);
    assert.match(result.stderr, /^sluice bench: the bench suite is not in the installed package; it runs from a clone of the repository \(npm ci && npm run bench\)$/m);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
  const files = (JSON.parse(readFileSync(fileURLToPath(new URL('../../package.json', import.meta.url)), 'utf8')) as { files: string[] }).files;
  assert.ok(files.includes('!dist/bench/'), 'the package leaves the benches out, as this test assumes');
});

test('errors name the bad flag and exit 2', () => {
  const cases: Array<[string[], RegExp]> = [
    [['load', '--rate', 'fast'], /sluice load: --rate must be a number ≥ 1, got 'fast'/],
    [['load', '--kinds', 'gauge,timer'], /--kinds must name gauge, counter or histogram, got 'timer'/],
    [['tail', '--nope'], /sluice tail: unknown flag --nope/],
    [['tail', '--match'], /sluice tail: --match needs a value/],
    [['serve', '--http-port', 'x'], /--http-port must be an integer/],
    [['frobnicate'], /unknown command 'frobnicate'/],
  ];
  for (const [args, message] of cases) {
    const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
    assert.equal(result.status, 2, args.join(' '));
    assert.match(result.stderr, message);
  }
});

test('sluice load pushes at a rate and summarizes; sluice tail prints the windows', async () => {
  const sluice = await startTestSluice(['--window-ms', '200', '--resolutions', '200,2000', '--lateness-ms', '100']);
  const tail = runCli(['tail', '--url', `http://127.0.0.1:${sluice.httpPort}`, '--match', 'cli.*', '--resolution', '200', '--windows', '3']);
  const load = await runCli(['load', '--target', `127.0.0.1:${sluice.grpcPort}`, '--rate', '2000', '--series', '20', '--batch', '100', '--duration', '2s', '--prefix', 'cli']);
  assert.equal(load.status, 0, load.stderr);
  const summary = JSON.parse(load.stdout.trim()) as { sent: number; acked: number; rejected: number; metricsPerSecond: number };
  assert.ok(summary.sent >= 3000 && summary.sent <= 4100, `sent ${summary.sent} at 2,000/s for 2 s`);
  assert.equal(summary.acked, summary.sent);
  assert.equal(summary.rejected, 0);
  assert.match(load.stderr, /acked/);
  const tailed = await tail;
  assert.equal(tailed.status, 0, tailed.stderr);
  assert.match(tailed.stdout, /cli\.(gauge|counter|histogram)_\d\{host=host-\d+,series=\d+\} (gauge|counter|histogram) count=\d+/);
  assert.equal(sluice.ledger.accepted, summary.acked);
});
