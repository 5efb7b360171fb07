import { auditServer } from 'graphql-http';
import { useApi } from '../testing/api-harness';

/** The GraphQL-over-HTTP specification's audit suite (graphql-http), run against /graphql. */
describe('GraphQL over HTTP conformance', () => {
  const api = useApi({ requestsPerMinute: { apiKey: 10_000, account: 10_000, anonymous: 10_000 } });

  it('passes every MUST of the GraphQL-over-HTTP audit suite', async () => {
    const results = await auditServer({ url: () => `${api.base}/graphql` });
    const failedMusts = results.flatMap((r) => (r.status === 'error' ? [`${r.id} ${r.name}: ${r.reason}`] : []));
    expect(failedMusts).toEqual([]);
    expect(results.filter((r) => r.status === 'ok').length).toBeGreaterThan(20);
  });

  it('misses only the SHOULDs about status codes that Apollo Server chooses differently', async () => {
    const results = await auditServer({ url: () => `${api.base}/graphql` });
    const warnings = results.filter((r) => r.status === 'warn').map((r) => r.name);
    // Apollo Server answers 400 to a document it cannot parse or validate whatever the client accepts, and
    // graphql-armor's limits run as validation: both are recorded choices, not defects (docs/0007).
    expect(warnings.every((w) => /^SHOULD use (a status code of )?(200|400) status code on (document parsing|document validation|variable coercion) failure/.test(w) || /^SHOULD use a status code of 200 on variable coercion failure/.test(w))).toBe(true);
    expect(warnings.length).toBeLessThanOrEqual(5);
  });
});
