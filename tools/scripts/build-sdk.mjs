// Builds libs/sdk as an installable package in dist/libs/sdk (CommonJS + type declarations):
//   npx nx build sdk && cd dist/libs/sdk && npm pack
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './workspace.mjs';

const out = join(root, 'dist/libs/sdk');
rmSync(out, { recursive: true, force: true });
execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'libs/sdk/tsconfig.lib.json'], { cwd: root, stdio: 'inherit' });
mkdirSync(join(out, 'generated'), { recursive: true });
for (const [from, to] of [
  ['libs/sdk/package.json', 'package.json'],
  ['libs/sdk/README.md', 'README.md'],
  ['libs/sdk/schema.graphql', 'schema.graphql'],
  ['libs/sdk/src/generated/persisted-documents.json', 'generated/persisted-documents.json'],
]) {
  copyFileSync(join(root, from), join(out, to));
}
console.log(`Built the SDK package in ${out}`);
