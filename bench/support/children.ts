/**
 * The bench's child processes (servers, load generators, dashboards): each
 * is forked, says {type:'ready', …} when it can work, and answers messages.
 */
import { fork, type ChildProcess } from 'node:child_process';

export interface Started {
  child: ChildProcess;
  ready: { ports?: { grpc: number; http: number } };
}

/** Extra node flags for every child, e.g. `--cpu-prof --cpu-prof-dir=prof` (not allowed in NODE_OPTIONS). */
const extraNodeArgs = (process.env.SLUICE_BENCH_NODE_ARGS ?? '').split(' ').filter((a) => a !== '');

export function start(file: URL, args: string[] = []): Promise<Started> {
  const child = fork(file, args, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], execArgv: ['--max-old-space-size=8192', ...extraNodeArgs] });
  return new Promise((resolve, reject) => {
    child.once('message', (ready: Started['ready']) => resolve({ child, ready }));
    child.once('exit', (code) => reject(new Error(`${file.pathname} exited ${code}`)));
  });
}

/** Sends `message` and resolves with the first reply of type `reply` (rejects if the child exits first). */
export function ask<T>(child: ChildProcess, message: object, reply: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null): void => reject(new Error(`waiting for ${reply}: child exited ${code}`));
    const onMessage = (m: { type: string }): void => {
      if (m.type !== reply) return;
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolve(m as T);
    };
    child.on('message', onMessage);
    child.once('exit', onExit);
    child.send(message);
  });
}
