import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { buildRollcallSchema } from './schema';

/** Writes the SDL that the SDK is generated from: `node dist/server/apps/api/src/emit-schema.js [file]`. */
async function emit(): Promise<void> {
  const target = resolve(process.argv[2] ?? 'libs/sdk/schema.graphql');
  const sdl = printSchema(lexicographicSortSchema(await buildRollcallSchema()));
  writeFileSync(target, `# Generated from the code-first schema in apps/api. Do not edit: run \`npm run generate\`.\n\n${sdl}\n`);
  console.log(`Wrote ${target}`);
}

void emit();
