/**
 * Starts a private redis-server (from PATH, or REDIS_SERVER_BIN) on a free
 * port for one test, and stops it after. Never touches a Redis it did not start.
 */
import type { ChildProcess } from 'node:child_process';
import { after } from 'node:test';
import { freePort, launchRedis } from '../../devkit/redis-process.js';

export { freePort, launchRedis };

export interface TestRedis {
  url: string;
  port: number;
  process: ChildProcess;
  stop(): Promise<void>;
  /** Starts it again on the same port (after stop). */
  restart(): Promise<void>;
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
