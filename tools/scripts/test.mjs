// npm test: lint (module boundaries included), type-check, every Jest project (unit, PostgreSQL
// integration, browser), and the check that schema.graphql and the generated SDK are current.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureChromium } from './ensure-chromium.mjs';
import { nx, root, run } from './workspace.mjs';

const results = join(root, 'tmp/test-results');
rmSync(results, { recursive: true, force: true });

try {
  process.env.CHROMIUM_PATH = ensureChromium();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

const failures = [];
console.log('\n== Schema and SDK are current ==');
if ((await run(process.execPath, ['tools/scripts/generate.mjs', '--check'])) !== 0) failures.push('generated code');

console.log('\n== Lint, type-check and tests ==');
if ((await nx(['run-many', '-t', 'lint', 'typecheck', 'test', 'e2e', '--outputStyle=static'])) !== 0) {
  failures.push('lint, type-check or tests');
}

let passed = 0;
let failed = 0;
let files = [];
try {
  files = readdirSync(results).filter((f) => f.endsWith('.json'));
} catch {
  files = [];
}
for (const file of files) {
  const report = JSON.parse(readFileSync(join(results, file), 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
}
console.log(`\nJest projects: ${files.length}`);
if (failures.length) console.log(`Failed: ${failures.join('; ')}`);
console.log(`Tests: ${passed} passed, ${failed} failed`);
process.exit(failures.length || failed ? 1 : 0);
