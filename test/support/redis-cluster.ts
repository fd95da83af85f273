/**
 * A private Redis Cluster for a test: `masters` redis-server processes with
 * cluster mode on free ports (each also needs port + 10000 for the cluster
 * bus), joined with `redis-cli --cluster create`, stopped after the test.
 * A master can be killed and started again on its port (its nodes.conf
 * brings it back into the cluster with its slots).
 */
import { execFileSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { launchRedis } from './redis-server.js';

export interface TestCluster {
  ports: number[];
  /** `host:port,…` for REDIS_CLUSTER_NODES. */
  nodes: string;
  kill(port: number): Promise<void>;
  restart(port: number): Promise<void>;
  /** The master owning a slot, by port. */
  ownerOf(slot: number): number;
  /** Reshards `slot` to the master on port `to`, keys and all, as `redis-cli --cluster reshard` does for each slot. */
  moveSlot(slot: number, to: number): void;
}

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

async function freeClusterPorts(count: number): Promise<number[]> {
  const ports: number[] = [];
  for (let tries = 0; ports.length < count && tries < 1000; tries++) {
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    if (ports.includes(port) || ports.includes(port - 10_000) || ports.includes(port + 10_000)) continue;
    if ((await portFree(port)) && (await portFree(port + 10_000))) ports.push(port);
  }
  if (ports.length < count) throw new Error('no free ports for a Redis Cluster');
  return ports;
}

function launch(port: number, dir: string): Promise<ChildProcess> {
  return launchRedis(port, ['--cluster-enabled', 'yes', '--cluster-config-file', `nodes-${port}.conf`, '--cluster-node-timeout', '2000', '--dir', dir]);
}

function cli(port: number, ...args: string[]): string {
  return execFileSync('redis-cli', ['-p', String(port), ...args], { encoding: 'utf8' });
}

export async function startRedisCluster(masters = 3): Promise<TestCluster> {
  const dir = mkdtempSync(join(tmpdir(), 'sluice-cluster-'));
  const ports = await freeClusterPorts(masters);
  const children = new Map<number, ChildProcess>();
  for (const port of ports) children.set(port, await launch(port, dir));
  const stopAll = (): void => { for (const child of children.values()) if (child.exitCode === null) child.kill('SIGKILL'); };
  after(stopAll);
  execFileSync('redis-cli', ['--cluster', 'create', ...ports.map((p) => `127.0.0.1:${p}`), '--cluster-replicas', '0', '--cluster-yes'], { stdio: 'pipe' });
  const waitOk = async (): Promise<void> => {
    for (let i = 0; i < 100; i++) {
      const ok = ports.every((p) => { try { return cli(p, 'cluster', 'info').includes('cluster_state:ok'); } catch { return false; } });
      if (ok) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('the Redis Cluster did not reach cluster_state:ok');
  };
  await waitOk();
  function ownerOf(slot: number): number {
    const alive = ports.find((p) => children.get(p)!.exitCode === null)!;
    const slots = cli(alive, '--raw', 'cluster', 'slots').split('\n');
    // Raw CLUSTER SLOTS: start, end, host, port, id, … repeated; parse loosely.
    for (let i = 0; i + 3 < slots.length; i++) {
      const start = Number(slots[i]), end = Number(slots[i + 1]);
      if (Number.isInteger(start) && Number.isInteger(end) && slots[i + 2] === '127.0.0.1' && slot >= start && slot <= end) return Number(slots[i + 3]);
    }
    return -1;
  }
  return {
    ports,
    nodes: ports.map((p) => `127.0.0.1:${p}`).join(','),
    async kill(port) {
      const child = children.get(port)!;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
    },
    async restart(port) {
      children.set(port, await launch(port, dir));
      await waitOk();
    },
    ownerOf,
    moveSlot(slot, to) {
      const from = ownerOf(slot);
      const id = (port: number): string => cli(port, 'cluster', 'myid').trim();
      cli(to, 'cluster', 'setslot', String(slot), 'importing', id(from));
      cli(from, 'cluster', 'setslot', String(slot), 'migrating', id(to));
      for (;;) {
        const keys = cli(from, '--raw', 'cluster', 'getkeysinslot', String(slot), '100').split('\n').filter((k) => k !== '');
        if (keys.length === 0) break;
        cli(from, 'migrate', '127.0.0.1', String(to), '', '0', '5000', 'KEYS', ...keys);
      }
      for (const port of ports) cli(port, 'cluster', 'setslot', String(slot), 'node', id(to));
    },
  };
}
