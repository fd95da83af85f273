/**
 * Starts a private redis-server (from PATH, or REDIS_SERVER_BIN) on a free
 * port for one test, and stops it after. Never touches a Redis it did not start.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { after } from 'node:test';

export interface TestRedis {
  url: string;
  port: number;
  process: ChildProcess;
  stop(): Promise<void>;
  /** Starts it again on the same port (after stop). */
  restart(): Promise<void>;
}

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

export async function startRedis(): Promise<TestRedis> {
  const port = await freePort();
  let child = await launchRedis(port);
  const redis: TestRedis = {
    url: `redis://127.0.0.1:${port}`,
    port,
    get process() { return child; },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
    },
    async restart() {
      child = await launchRedis(port);
    },
  };
  after(() => redis.stop());
  return redis;
}
