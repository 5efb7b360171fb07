// npm start: build what is stale, then run the API (which starts the database, migrates, seeds an empty
// database and serves the four portals on one origin). Ctrl-C stops everything cleanly.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { nx, root } from './workspace.mjs';

const built = await nx(['run-many', '-t', 'build', '-p', 'api', 'portal-*', '--outputStyle=static']);
if (built !== 0) {
  console.error('The build failed; see the messages above.');
  process.exit(built);
}

const api = spawn(process.execPath, ['--enable-source-maps', resolve(root, 'dist/server/apps/api/src/main.js')], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, ROLLCALL_ROOT: root },
});
// The terminal sends Ctrl-C to the whole group; the API shuts itself down, and we wait for it.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (api.exitCode === null) api.kill(signal);
  });
}
api.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
