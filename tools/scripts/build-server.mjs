// Compiles the server side (apps/api, libs except portal code, tools/*/src) to CommonJS in dist/server with
// SWC, keeping decorator metadata (type-graphql and TypeORM read it) and rewriting @rollcall/* imports.
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformFile } from '@swc/core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = join(root, 'dist/server');
const SERVER_SOURCES = ['apps/api/src', 'libs/rules/src', 'libs/db/src', 'libs/api', 'tools/demo/src', 'tools/bench/src'];
const { compilerOptions } = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8'));

function* sourceFiles(dir) {
  let entries;
  try {
    entries = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of entries) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'node_modules' && name !== 'testing') yield* sourceFiles(path);
    } else if (/\.tsx?$/.test(name) && !/\.spec\.tsx?$/.test(name) && !name.endsWith('.d.ts')) {
      yield path;
    }
  }
}

rmSync(outDir, { recursive: true, force: true });
let count = 0;
for (const source of SERVER_SOURCES) {
  for (const file of sourceFiles(join(root, source))) {
    const { code, map } = await transformFile(file, {
      swcrc: false,
      sourceMaps: true,
      jsc: {
        target: 'es2022',
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true },
        baseUrl: root,
        paths: compilerOptions.paths,
        keepClassNames: true,
      },
      module: { type: 'commonjs', ignoreDynamic: true },
    });
    const target = join(outDir, relative(root, file)).replace(/\.tsx?$/, '.js');
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, `${code}\n//# sourceMappingURL=${target.split('/').pop()}.map\n`);
    if (map) writeFileSync(`${target}.map`, map);
    count++;
  }
}
console.log(`Compiled ${count} server files to ${relative(root, outDir)}/`);
