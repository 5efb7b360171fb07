// npm start: build what is stale, load the demo local authority into an empty database, then run the API
// (which starts the database, migrates and serves the four portals on one origin). Ctrl-C stops it all.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { nxEnv, nx, root } from './workspace.mjs';

let current;
// The terminal sends Ctrl-C to the whole process group; each child shuts itself down and we wait for it.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (current && current.exitCode === null) current.kill(signal);
  });
}

function runNode(script, args = []) {
  return new Promise((resolvePromise) => {
    current = spawn(process.execPath, ['--enable-source-maps', resolve(root, script), ...args], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, ...nxEnv, ROLLCALL_ROOT: root },
    });
    current.on('exit', (code, signal) => resolvePromise(code ?? (signal ? 130 : 0)));
  });
}

const built = await nx(['run-many', '-t', 'build', '-p', 'api', 'portal-*', '--outputStyle=static']);
if (built !== 0) {
  console.error('The build failed; see the messages above.');
  process.exit(built);
}

// An empty database gets the demo local authority; the demo sign-ins are printed either way.
const seeded = await runNode('dist/server/tools/demo/src/main.js', ['--if-empty']);
if (seeded !== 0) {
  console.error(seeded === 130 ? 'Stopped.' : 'Loading the demo local authority failed; see the messages above.');
  process.exit(seeded);
}

process.exit(await runNode('dist/server/apps/api/src/main.js'));
