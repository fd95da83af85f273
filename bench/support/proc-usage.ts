/**
 * What a process (all its threads) has cost, read from Linux /proc without
 * asking the process anything (an IPC round trip would wake it): CPU time
 * from /proc/<pid>/stat (utime + stime, whole process) and, per thread,
 * CPU time and context switches from /proc/<pid>/task/<tid>/. A voluntary
 * context switch is a thread going to sleep, so their rate is the thread's
 * wake-up rate.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** USER_HZ: the unit of utime/stime. 100 on every Linux Node.js runs on. */
const kClockTicks = 100;

export interface ThreadUsage {
  tid: number;
  name: string;
  cpuSeconds: number;
  voluntarySwitches: number;
  involuntarySwitches: number;
}

export interface ProcUsage {
  cpuSeconds: number;
  threads: ThreadUsage[];
}

/** utime + stime in seconds from a stat line (the name field may hold spaces). */
function statCpuSeconds(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // fields[0] is field 3 (state); utime and stime are fields 14 and 15.
  return (Number(fields[11]) + Number(fields[12])) / kClockTicks;
}

function switches(status: string, key: string): number {
  const at = status.indexOf(`${key}:`);
  return at < 0 ? 0 : Number.parseInt(status.slice(at + key.length + 1).trim(), 10);
}

/** The process's usage now; threads that exit between reads are skipped. */
export function readProcUsage(pid: number): ProcUsage {
  const cpuSeconds = statCpuSeconds(readFileSync(`/proc/${pid}/stat`, 'latin1'));
  const threads: ThreadUsage[] = [];
  for (const entry of readdirSync(`/proc/${pid}/task`)) {
    try {
      const dir = `/proc/${pid}/task/${entry}`;
      const status = readFileSync(`${dir}/status`, 'latin1');
      threads.push({
        tid: Number(entry),
        name: readFileSync(`${dir}/comm`, 'latin1').trim(),
        cpuSeconds: statCpuSeconds(readFileSync(`${dir}/stat`, 'latin1')),
        voluntarySwitches: switches(status, 'voluntary_ctxt_switches'),
        involuntarySwitches: switches(status, 'nonvoluntary_ctxt_switches'),
      });
    } catch { /* the thread ended */ }
  }
  return { cpuSeconds, threads };
}

/** Sum of several processes' usage (nginx: master + workers). */
export function readProcsCpuSeconds(pids: readonly number[]): number {
  let total = 0;
  for (const pid of pids) {
    try { total += statCpuSeconds(readFileSync(`/proc/${pid}/stat`, 'latin1')); } catch { /* exited */ }
  }
  return total;
}

export interface ThreadDelta {
  tid: number;
  name: string;
  /** % of one core over the interval. */
  cpuPercent: number;
  wakeupsPerSecond: number;
}

/** Per-thread difference between two readings, busiest (by wake-ups) first. */
export function threadDeltas(before: ProcUsage, after: ProcUsage, seconds: number): ThreadDelta[] {
  const earlier = new Map(before.threads.map((t) => [t.tid, t]));
  return after.threads.map((t) => {
    const b = earlier.get(t.tid);
    return {
      tid: t.tid,
      name: t.name,
      cpuPercent: ((t.cpuSeconds - (b?.cpuSeconds ?? 0)) / seconds) * 100,
      wakeupsPerSecond: (t.voluntarySwitches - (b?.voluntarySwitches ?? 0)) / seconds,
    };
  }).sort((x, y) => y.wakeupsPerSecond - x.wakeupsPerSecond);
}
