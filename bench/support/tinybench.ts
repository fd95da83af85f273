/** Reading tinybench 6 results: ops/s of a task, or the error it hit. */
import type { Bench } from 'tinybench';

export function opsPerSecond(bench: Bench, name: string): number {
  const task = bench.tasks.find((t) => t.name === name);
  if (task === undefined) throw new Error(`no task ${name}`);
  const result = task.result as { state: string; error?: Error; throughput?: { mean: number } };
  if (result.state === 'errored') throw result.error ?? new Error(`${name} errored`);
  if (result.throughput === undefined) throw new Error(`${name}: no statistics (${result.state})`);
  return result.throughput.mean;
}
