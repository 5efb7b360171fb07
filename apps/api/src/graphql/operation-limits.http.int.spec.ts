import { seedLocalAuthority } from '@rollcall/db/testing';
import { OPERATION_LIMITS } from '../server';
import { Caller, useApi } from '../testing/api-harness';

/** graphql-armor's limits hold for third parties' own documents (API keys). */
describe('operation limits for API keys', () => {
  const api = useApi({ requestsPerMinute: { apiKey: 10_000, account: 10_000, anonymous: 10_000 } });
  let key: Caller;

  beforeAll(async () => {
    await seedLocalAuthority(api.dataSource, '928');
    key = await api.apiKey({ laCode: '928', scopes: ['attendance:read'] });
  });

  const refusal = async (query: string): Promise<string | undefined> => {
    const { status, body } = await key.query(query);
    return status === 200 && !body.errors ? undefined : body.errors?.map((e) => e.message).join(' ');
  };

  it(`allows ${OPERATION_LIMITS.maxAliases} aliases and refuses one more`, async () => {
    const aliases = (n: number): string => `{ ${Array.from({ length: n }, (_, i) => `a${i}: health { status }`).join(' ')} }`;
    expect(await refusal(aliases(OPERATION_LIMITS.maxAliases))).toBeUndefined();
    expect(await refusal(aliases(OPERATION_LIMITS.maxAliases + 1))).toMatch(/aliases/i);
  });

  it(`allows ${OPERATION_LIMITS.maxDirectives} directives and refuses one more`, async () => {
    const directives = (n: number): string => `{ health { ${'status @include(if: true) '.repeat(n)}} }`;
    expect(await refusal(directives(OPERATION_LIMITS.maxDirectives))).toBeUndefined();
    expect(await refusal(directives(OPERATION_LIMITS.maxDirectives + 1))).toMatch(/directives/i);
  });

  it(`refuses a query nested deeper than ${OPERATION_LIMITS.maxDepth}, before running it`, async () => {
    const deep = `{ pupils { nodes { enrolments { nodes { school { calendar(academicYear: 2025) { halfTerms { name } } } } } } } }`;
    expect(await refusal(deep)).toMatch(new RegExp(`depth limit of ${OPERATION_LIMITS.maxDepth} exceeded`));
  });

  it(`refuses a query costing more than ${OPERATION_LIMITS.maxCost}, before running it`, async () => {
    const costly = `{ pupils(first: 100) { nodes { upn forename enrolments(first: 20) { nodes { urn admittedOn } } } } }`;
    expect(await refusal(costly)).toMatch(new RegExp(`Cost limit of ${OPERATION_LIMITS.maxCost} exceeded`));
  });

  it(`refuses a document of more than ${OPERATION_LIMITS.maxTokens} tokens`, async () => {
    const fields = (n: number): string => `{ health { ${'status '.repeat(n)}} }`;
    expect(await refusal(fields(990))).toBeUndefined();
    expect(await refusal(fields(OPERATION_LIMITS.maxTokens))).toMatch(/token/i);
  });
});
