import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const WORKSPACE_ROOT = resolve(__dirname, '../../..');

/**
 * Lints a would-be file at `filePath` (never written to disk) with the workspace's real ESLint config, the
 * same way `npx nx lint` does (a separate ESLint process).
 */
async function lintAs(filePath: string, code: string): Promise<string[]> {
  const eslint = spawnSync(
    process.execPath,
    [resolve(WORKSPACE_ROOT, 'node_modules/eslint/bin/eslint.js'), '--format', 'json', '--stdin', '--stdin-filename', filePath],
    { cwd: WORKSPACE_ROOT, input: code, encoding: 'utf8', env: { ...process.env, NX_DAEMON: 'false' } },
  );
  const results = JSON.parse(eslint.stdout) as { messages: { ruleId: string | null; message: string }[] }[];
  return results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`));
}

describe('module boundaries (design.md: the arrows point one way)', () => {
  it('fails the lint when a portal imports the database library', async () => {
    const messages = await lintAs(
      'apps/portal-school/src/boundary-violation.ts',
      "import { createDataSource } from '@rollcall/db';\nexport const leak = createDataSource;\n",
    );
    expect(messages.join('\n')).toMatch(/@nx\/enforce-module-boundaries: A project tagged with "scope:portal" can only depend on libs tagged with/);
  });

  it('fails the lint when the statutory rules import the database library', async () => {
    const messages = await lintAs(
      'libs/rules/src/boundary-violation.ts',
      "import { createDataSource } from '@rollcall/db';\nexport const leak = createDataSource;\n",
    );
    expect(messages.some((m) => m.startsWith('@nx/enforce-module-boundaries'))).toBe(true);
  });

  it('fails the lint when a rule reads the clock', async () => {
    const messages = await lintAs('libs/rules/src/clock-violation.ts', 'export const today = () => new Date();\n');
    expect(messages.join('\n')).toContain('libs/rules must not read the clock');
  });

  it('accepts a portal importing the SDK', async () => {
    const messages = await lintAs(
      'apps/portal-school/src/allowed.ts',
      "import { HealthDocument } from '@rollcall/sdk';\nexport const doc = HealthDocument;\n",
    );
    expect(messages).toEqual([]);
  });

  it('fails the lint when a GraphQL root field has no access decision, and passes it with one', async () => {
    const resolver = (decorator: string): string =>
      [
        "import { Authorized, Query, Resolver } from 'type-graphql';",
        "import { Public } from '@rollcall/api-core';",
        '@Resolver()',
        'export class PupilCountResolver {',
        `  ${decorator}`,
        '  @Query(() => Number)',
        '  pupilCount(): number {',
        '    return 0;',
        '  }',
        '}',
        'export const unused = [Authorized, Public];',
        '',
      ].join('\n');
    const bare = await lintAs('libs/api/pupils/src/graphql/pupil-count.resolver.ts', resolver(''));
    expect(bare.join('\n')).toContain('A GraphQL root field needs an access decision');
    expect(await lintAs('libs/api/pupils/src/graphql/pupil-count.resolver.ts', resolver("@Authorized('LA_OFFICER')"))).toEqual([]);
    expect(await lintAs('libs/api/pupils/src/graphql/pupil-count.resolver.ts', resolver('@Public()'))).toEqual([]);
  });
});
