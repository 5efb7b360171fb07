// Regenerates schema.graphql (from the code-first API schema) and the SDK's typed documents.
//   node tools/scripts/generate.mjs          write them (npm run generate)
//   node tools/scripts/generate.mjs --check  fail if the committed files are not what the code generates
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const check = process.argv.includes('--check');
const run = (cmd, args, env = {}) =>
  execFileSync(cmd, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env } });

const committedSchema = join(root, 'libs/sdk/schema.graphql');
const committedGenerated = join(root, 'libs/sdk/src/generated');
const scratch = join(root, 'tmp/generated-check');
const schemaOut = check ? join(scratch, 'schema.graphql') : committedSchema;
const generatedOut = check ? join(scratch, 'generated') : committedGenerated;

if (check) {
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch, { recursive: true });
}
run(process.execPath, [join(root, 'tools/scripts/build-server.mjs')]);
run(process.execPath, [join(root, 'dist/server/apps/api/src/emit-schema.js'), schemaOut]);
run(process.execPath, [join(root, 'node_modules/@graphql-codegen/cli/cjs/bin.js'), '--config', 'libs/sdk/codegen.ts', '--silent'], {
  ROLLCALL_CODEGEN_SCHEMA: schemaOut,
  ROLLCALL_CODEGEN_OUT: `${generatedOut}/`,
});

if (!check) {
  console.log('Regenerated libs/sdk/schema.graphql and libs/sdk/src/generated/');
  process.exit(0);
}

const stale = [];
const same = (a, b) => {
  try {
    return readFileSync(a, 'utf8') === readFileSync(b, 'utf8');
  } catch {
    return false;
  }
};
if (!same(schemaOut, committedSchema)) stale.push('libs/sdk/schema.graphql');
const names = new Set([...readdirSync(generatedOut), ...safeList(committedGenerated)]);
for (const name of names) {
  if (!same(join(generatedOut, name), join(committedGenerated, name))) stale.push(`libs/sdk/src/generated/${name}`);
}
rmSync(scratch, { recursive: true, force: true });
if (stale.length) {
  console.error(`The committed schema or SDK is out of date: ${stale.join(', ')}.\nRun \`npm run generate\` and commit the result.`);
  process.exit(1);
}
console.log('schema.graphql and the generated SDK are current.');

function safeList(dir) {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
