import { ChildProcess, spawn } from 'node:child_process';

export interface ChildServer {
  /** What the server printed as its address (the `ready` pattern's first group). */
  readonly base: string;
  readonly pid: number;
  /** The end of what it printed (the last 64 kB), to show when something went wrong. */
  output(): string;
  /** Stops it with SIGTERM, as an operator would, and waits for it to exit. */
  stop(): Promise<void>;
}

export interface ChildServerOptions {
  readonly label: string;
  readonly script: string;
  readonly nodeArgs?: readonly string[];
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
  /** Printed once it listens; the first group is its address. */
  readonly ready: RegExp;
  readonly timeoutMs?: number;
}

const KEEP = 64 * 1024;

/** A server in a process of its own (as production runs it), started with `node` and stopped with SIGTERM. */
export function startChildServer(options: ChildServerOptions): Promise<ChildServer> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(process.execPath, [...(options.nodeArgs ?? []), options.script], {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let started = false;
    const timer = setTimeout(() => {
      if (started) return;
      child.kill('SIGTERM');
      reject(new Error(`${options.label} did not start within ${(options.timeoutMs ?? 60_000) / 1000} s:\n${out}`));
    }, options.timeoutMs ?? 60_000);
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    const onData = (chunk: Buffer): void => {
      out = (out + chunk.toString()).slice(-KEEP);
      const match = started ? null : options.ready.exec(out);
      if (match) {
        started = true;
        clearTimeout(timer);
        resolve({
          base: match[1],
          pid: child.pid ?? 0,
          output: () => out,
          stop: async () => {
            if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
            await exited;
          },
        });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (!started) reject(new Error(`${options.label} exited (${code ?? signal}) before it was ready:\n${out}`));
    });
  });
}

/** Faults the API server logged with a request id (`[id] …`): each one a request that went wrong inside. */
export function countServerFaults(output: string): number {
  return (output.match(/^\[[A-Za-z0-9-]{8,64}\] /gm) ?? []).length;
}
