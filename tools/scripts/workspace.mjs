// Helpers shared by the npm scripts (start, test, bench): run commands with Nx set to stay offline.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Nx runs locally: no cloud, no daemon left behind, plain output. */
export const nxEnv = {
  NX_NO_CLOUD: 'true',
  NX_DAEMON: 'false',
  NX_TUI: 'false',
  NX_SKIP_NX_CACHE: process.env.NX_SKIP_NX_CACHE ?? '',
};

export function run(command, args, { env = {}, quiet = false } = {}) {
  return new Promise((resolvePromise) => {
    const child = spawn(command, args, {
      cwd: root,
      stdio: quiet ? ['ignore', 'ignore', 'inherit'] : 'inherit',
      env: { ...process.env, ...nxEnv, ...env },
    });
    child.on('exit', (code, signal) => resolvePromise(code ?? (signal ? 1 : 0)));
  });
}

const nxPackage = createRequire(import.meta.url).resolve('nx/package.json');
const nxBin = resolve(dirname(nxPackage), JSON.parse(readFileSync(nxPackage, 'utf8')).bin.nx);

export const nx = (args, options) => run(process.execPath, [nxBin, ...args], options);
