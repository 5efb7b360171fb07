import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** A process's parent and the processor time it has used (user + system), in clock ticks, from `/proc/<pid>/stat`. */
export function parseProcStat(stat: string): { ppid: number; ticks: number } {
  // The command name (field 2) is in parentheses and may hold spaces: count fields from the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // fields[0] is field 3 (state): ppid is field 4, utime field 14, stime field 15.
  return { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) };
}

function statOf(pid: number): { ppid: number; ticks: number } | undefined {
  try {
    return parseProcStat(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return undefined;
  }
}

let ticksPerSecond: number | undefined;
function clockTicks(): number {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

/** A PostgreSQL backend's title ("postgres: user database host(port) state"), not a background process's ("postgres: checkpointer"). */
export function isBackendTitle(title: string): boolean {
  return /^postgres: \S+ \S+ (\S+\(\d+\)|\[local\])/.test(title);
}

function titleOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ').trim();
  } catch {
    return '';
  }
}

/** The backends serving connections among the children of a PostgreSQL server's postmaster (not autovacuum and the like). */
function backendsOf(postmaster: number): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map(Number)
    .filter((pid) => statOf(pid)?.ppid === postmaster && isBackendTitle(titleOf(pid)));
}

/** Processor time used by each process, by pid, in ms. */
export type CpuReading = ReadonlyMap<number, number>;

/**
 * Reads the processor time of a process, or of a PostgreSQL server's backends, on Linux. Processor time, unlike
 * elapsed time, does not grow when other work on the machine takes the processors in turn.
 */
export function readCpu(target: { pid: number } | { backendsOf: number }): CpuReading {
  const pids = 'pid' in target ? [target.pid] : backendsOf(target.backendsOf);
  const msPerTick = 1000 / clockTicks();
  const reading = new Map<number, number>();
  for (const pid of pids) {
    const stat = statOf(pid);
    if (stat) reading.set(pid, stat.ticks * msPerTick);
  }
  return reading;
}

/**
 * Processor time used by a changing set of processes (PostgreSQL's backends come and go as pools open and close
 * connections), read again and again: a process seen for the first time after the start is counted from nothing,
 * and one that ended is counted up to when it was last seen.
 */
export class CpuTracker {
  private readonly first = new Map<number, number>();
  private readonly last = new Map<number, number>();
  private started = false;

  constructor(private readonly read: () => CpuReading) {}

  sample(): this {
    for (const [pid, ms] of this.read()) {
      if (!this.first.has(pid)) this.first.set(pid, this.started ? 0 : ms);
      this.last.set(pid, ms);
    }
    this.started = true;
    return this;
  }

  /** Processor time used since the first sample, in ms. */
  used(): number {
    let ms = 0;
    for (const [pid, end] of this.last) ms += end - (this.first.get(pid) ?? 0);
    return ms;
  }
}

/** Whether processor time can be read here (Linux's /proc). */
export const canReadCpu = (): boolean => {
  try {
    readFileSync('/proc/self/stat', 'utf8');
    return true;
  } catch {
    return false;
  }
};

/**
 * Waits until the processes measured by `used` (processor time used so far, ms) have been all but idle for `quietMs`
 * (under a tenth of a processor: a profiler's sampling is not work), at most `maxMs`: a server finishing the requests
 * still in flight when the load stopped, and PostgreSQL's work for them.
 */
export async function waitUntilIdle(used: () => number, options: { quietMs?: number; maxMs?: number; pollMs?: number } = {}): Promise<void> {
  const { quietMs = 500, maxMs = 15_000, pollMs = 100 } = options;
  const started = Date.now();
  const history: { at: number; ms: number }[] = [{ at: started, ms: used() }];
  while (Date.now() - started < maxMs) {
    await new Promise((resolve) => setTimeout(resolve, pollMs));
    const now = { at: Date.now(), ms: used() };
    history.push(now);
    const since = [...history].reverse().find((h) => now.at - h.at >= quietMs);
    if (since && now.ms - since.ms < (now.at - since.at) / 10) return;
  }
}
