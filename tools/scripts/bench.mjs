// npm run bench: build the server side, then run tools/bench (not part of npm test).
import { resolve } from 'node:path';
import { nx, root, run } from './workspace.mjs';

const built = await nx(['run', 'api:build', '--outputStyle=static']);
if (built !== 0) process.exit(built);
process.exit(
  await run(process.execPath, ['--enable-source-maps', '--max-old-space-size=4096', '--expose-gc', resolve(root, 'dist/server/tools/bench/src/main.js'), ...process.argv.slice(2)], {
    env: { ROLLCALL_ROOT: root },
  }),
);
