import { createHash } from 'node:crypto';
import type { CodegenConfig } from '@graphql-codegen/cli';

// Generated from the committed SDL, never a live server. Output in src/generated/, which nobody edits.
// The check that the committed output is current generates into a scratch folder (tools/scripts/generate.mjs).
const schema = process.env['ROLLCALL_CODEGEN_SCHEMA'] ?? 'libs/sdk/schema.graphql';
const output = process.env['ROLLCALL_CODEGEN_OUT'] ?? 'libs/sdk/src/generated/';

const config: CodegenConfig = {
  schema,
  documents: ['libs/sdk/src/operations/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    [output]: {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
        gqlTagName: 'graphql',
        // persisted-documents.json: the portals' trusted documents (apps/api refuses any other from a session).
        // The hash is the plain SHA-256 hex of the document, as Apollo's persisted-query extension carries it.
        persistedDocuments: { mode: 'embedHashInDocument', hashAlgorithm: (operation: string) => createHash('sha256').update(operation).digest('hex') },
      },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { LocalDate: 'string', DateTimeISO: 'string' },
        avoidOptionals: { field: true, inputValue: false },
        skipTypename: true,
      },
    },
  },
};

export default config;
