/**
 * A private redis-server process on a free port, for tests and benches: it
 * never touches a Redis it did not start. (Tests register its stop with
 * node:test in test/support/redis-server.ts; benches stop it themselves.)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as net.AddressInfo).port;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
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
