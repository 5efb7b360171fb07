import { cpus, totalmem } from 'node:os';

/** The machine a result was measured on, for docs/benchmarks.md. */
export function describeMachine(postgresVersion: string): string {
  const cpu = cpus();
  return `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 1024 ** 3)} GiB RAM, Node ${process.version}, ${postgresVersion}`;
}
