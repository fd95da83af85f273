/**
 * A private redis-server process on a free port, for tests and benches: it
 * never touches a Redis it did not start. (Tests register its stop with
 * node:test in test/support/redis-server.ts; benches stop it themselves.)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import net from 'node:net';

/**
 * A TCP port free on 127.0.0.1 now, below the kernel's ephemeral range.
 * The port is named before anything listens on it (a Redis started later,
 * or one that never comes), so it must not be handed meanwhile to someone
 * else's `listen(0)`: a kernel-chosen port was (CI: a child Sluice's HTTP
 * port was the port of the Redis it was told did not exist, and the "no
 * Redis" test read EPIPE instead of ECONNREFUSED).
 */
export async function freePort(): Promise<number> {
  let ephemeralLow = 32_768;
  try {
    ephemeralLow = Number(readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'latin1').trim().split(/\s+/)[0]) || ephemeralLow;
  } catch { /* not Linux: the usual range */ }
  const low = 10_000;
  for (let tries = 0; tries < 200; tries++) {
    const port = low + Math.floor(Math.random() * (ephemeralLow - low));
    if (await canListen(port)) return port;
  }
  throw new Error(`no free port in ${low}–${ephemeralLow - 1} after 200 tries`);
}

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** Starts redis-server on `port` (no persistence, plus `extra` arguments); resolves when it accepts connections. */
export async function launchRedis(port: number, extra: readonly string[] = []): Promise<ChildProcess> {
  const bin = process.env.REDIS_SERVER_BIN ?? 'redis-server';
  const child = spawn(bin, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--protected-mode', 'no', ...extra], { stdio: ['ignore', 'pipe', 'pipe'] });
  await new Promise<void>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`redis-server did not start: ${output}`)), 10_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ready to accept connections')) { clearTimeout(timer); resolve(); }
    });
    child.on('error', (error) => { clearTimeout(timer); reject(error); });
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`redis-server exited ${code}: ${output}`)); });
  });
  child.stdout!.resume();
  return child;
}
