/**
 * Runs `node dist/server.js` as a child process (for signals and for several
 * processes on one Redis), and reads its ports from the startup log line.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { after } from 'node:test';

export interface ChildSluice {
  process: ChildProcess;
  /** 0 on a gateway-only node. */
  grpcPort: number;
  httpPort: number;
  logs: string[];
  exited: Promise<number | null>;
}

const serverFile = fileURLToPath(new URL('../../server.js', import.meta.url));

export async function startChildSluice(flags: string[] = [], env: NodeJS.ProcessEnv = {}): Promise<ChildSluice> {
  const child = spawn(process.execPath, [serverFile, '--grpc-port', '0', '--http-port', '0', '--shards', '2', ...flags], {
    env: { ...process.env, SLUICE_LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  after(() => { if (child.exitCode === null) child.kill('SIGKILL'); });
  const ports = await new Promise<{ grpc: number; http: number }>((resolve, reject) => {
    let buffer = '';
    const timer = setTimeout(() => reject(new Error(`child did not start:\n${logs.join('\n')}`)), 15_000);
    child.stderr!.on('data', (chunk: Buffer) => logs.push(chunk.toString()));
    child.stdout!.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      let newline: number;
      while ((newline = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        logs.push(line);
        if (line.includes('"sluice listening"')) {
          const entry = JSON.parse(line) as { grpc: string | null; http: string };
          clearTimeout(timer);
          resolve({ grpc: entry.grpc === null ? 0 : Number(entry.grpc.split(':').pop()), http: Number(entry.http.split(':').pop()) });
        }
      }
    });
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`child exited ${code}:\n${logs.join('\n')}`)); });
  });
  return { process: child, grpcPort: ports.grpc, httpPort: ports.http, logs, exited };
}

/**
 * A child started on Redis, resolved once `/readyz` says its bus is
 * connected and subscribed. Sluice starts (and prints its ports) before it
 * reaches Redis; a test that pushes or listens before then races the
 * subscriptions it means to test.
 */
export async function startReadyChildSluice(flags: string[] = [], env: NodeJS.ProcessEnv = {}, timeoutMs = 15_000): Promise<ChildSluice> {
  const child = await startChildSluice(flags, env);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const status = await fetch(`http://127.0.0.1:${child.httpPort}/readyz`).then((r) => r.status, () => 0);
    if (status === 200) return child;
    if (Date.now() > deadline) throw new Error(`child not ready after ${timeoutMs} ms (/readyz ${status}):\n${child.logs.slice(-10).join('')}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
