import { cpus, loadavg, totalmem } from 'node:os';

/** The machine a result was measured on, for docs/benchmarks.md, with how busy it was (`loadAtStart`: os.loadavg()[0] then). */
export function describeMachine(postgresVersion: string, loadAtStart?: number): string {
  const cpu = cpus();
  const load = loadAtStart === undefined ? '' : `; load average (1 minute) ${loadAtStart.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end`;
  return `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 1024 ** 3)} GiB RAM, Node ${process.version}, ${postgresVersion}${load}`;
}
