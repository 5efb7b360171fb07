import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createDataSource } from '@rollcall/db';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { buildRollcallSchema, createServices } from './schema';

/** Writes the SDL that the SDK is generated from: `node dist/server/apps/api/src/emit-schema.js [file]`. */
async function emit(): Promise<void> {
  const target = resolve(process.argv[2] ?? 'libs/sdk/schema.graphql');
  // The services are only constructed, never called: no database is needed to print the schema.
  const services = createServices(createDataSource({ url: 'postgres://schema-only@127.0.0.1:1/none' }));
  const sdl = printSchema(lexicographicSortSchema(await buildRollcallSchema(services)));
  writeFileSync(target, `# Generated from the code-first schema in apps/api. Do not edit: run \`npm run generate\`.\n\n${sdl}\n`);
  console.log(`Wrote ${target}`);
}

void emit();
