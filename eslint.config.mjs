import nx from '@nx/eslint-plugin';

const noDefaultExport = {
  'no-restricted-exports': [
    'error',
    { restrictDefaultExports: { direct: true, named: true, defaultFrom: true, namedFrom: true, namespaceFrom: true } },
  ],
};

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: ['**/dist', '**/node_modules', '**/coverage', '.data', 'tmp', '.nx', 'libs/sdk/src/generated'],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx', '**/*.mjs', '**/*.cjs'],
    rules: {
      // The arrows of design.md: rules depend on nothing; db on rules; api contexts on db and rules;
      // portals on sdk, ui and portal-kit only. Every tag has a constraint; there is no `* -> *`.
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          banTransitiveDependencies: true,
          checkDynamicDependenciesExceptions: [],
          allow: [],
          depConstraints: [
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
            { sourceTag: 'scope:portal', onlyDependOnLibsWithTags: ['scope:portal', 'scope:shared'] },
            { sourceTag: 'scope:tools', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'type:data', onlyDependOnLibsWithTags: ['type:domain'] },
            { sourceTag: 'type:feature', onlyDependOnLibsWithTags: ['type:feature', 'type:data', 'type:domain', 'type:util'] },
            { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui'] },
            { sourceTag: 'type:sdk', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util', 'type:ui', 'type:sdk', 'type:domain'] },
            {
              allSourceTags: ['scope:portal', 'type:app'],
              onlyDependOnLibsWithTags: ['type:sdk', 'type:ui', 'type:util'],
            },
            {
              allSourceTags: ['scope:api', 'type:app'],
              onlyDependOnLibsWithTags: ['type:feature', 'type:data', 'type:domain', 'type:util'],
            },
            { sourceTag: 'type:tool', onlyDependOnLibsWithTags: ['type:feature', 'type:data', 'type:domain', 'type:sdk', 'type:util'] },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:sdk'] },
          ],
        },
      ],
      ...noDefaultExport,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Pure statutory rules: no I/O, no frameworks, no clock, no environment (pass `today` in).
    // Their tests may read fixture files.
    files: ['libs/rules/src/**/*.ts'],
    ignores: ['libs/rules/src/**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['typeorm', 'typeorm/*', 'pg', 'graphql', 'graphql/*', 'type-graphql', 'react', 'react-dom', 'react/*'], message: 'libs/rules is pure: no database, GraphQL or React.' },
            { group: ['node:*', 'fs', 'path', 'http', 'https', 'child_process', 'os', 'net'], message: 'libs/rules is pure: no I/O.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', { name: 'process', message: 'libs/rules must not read the environment: pass settings in.' }],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'libs/rules must not read the clock: take `today` as a parameter.' },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'libs/rules must not read the clock: take `today` as a parameter.' },
      ],
    },
  },
  {
    // Every GraphQL root field carries an access decision: @Authorized(...) or an explicit @Public().
    files: ['apps/api/src/**/*.ts', 'libs/api/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'MethodDefinition:has(Decorator > CallExpression[callee.name=/^(Query|Mutation|Subscription)$/]):not(:has(Decorator > CallExpression[callee.name=/^(Authorized|Public)$/]))',
          message: 'A GraphQL root field needs an access decision: add @Authorized(...roles or API-key scopes) or @Public().',
        },
      ],
    },
  },
  {
    // Files whose tools require a default export.
    files: ['**/vite.config.mts', '**/global-setup.ts', '**/global-teardown.ts', 'eslint.config.mjs', '**/codegen.ts'],
    rules: { 'no-restricted-exports': 'off' },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
];
