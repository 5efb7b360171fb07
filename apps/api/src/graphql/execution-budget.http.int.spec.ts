import { seedLocalAuthority, seedSchool } from '@rollcall/db/testing';
import { Caller, useApi } from '../testing/api-harness';

/** Each request's database work runs within a time budget: one that runs over is refused cleanly, and changes nothing. */
describe('the execution budget', () => {
  const api = useApi({ executionBudgetMs: 400 });
  let officer: Caller;
  const schools = `{ schools(first: 10) { nodes { urn name } } }`;

  beforeAll(async () => {
    await seedLocalAuthority(api.dataSource, '928');
    await seedSchool(api.dataSource, { urn: 100001, laCode: '928' });
    officer = await api.signIn({ role: 'LA_OFFICER', laCode: '928' });
  });

  it('refuses a request whose reads outlast the budget, saying what to do, and serves the next one', async () => {
    // Another transaction holds the schools table, so the request's read waits until its budget runs out.
    const owner = api.dataSource.createQueryRunner();
    await owner.connect();
    await owner.startTransaction();
    await owner.query(`LOCK TABLE school IN ACCESS EXCLUSIVE MODE`);
    const started = Date.now();
    let response: Awaited<ReturnType<Caller['query']>>;
    try {
      response = await officer.query(schools);
    } finally {
      await owner.rollbackTransaction();
      await owner.release();
    }
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(response.body.errors?.[0]).toMatchObject({
      message: expect.stringContaining('took longer than the API allows'),
      extensions: { code: 'EXECUTION_BUDGET_EXCEEDED' },
    });

    const next = await officer.query<{ schools: { nodes: { urn: number }[] } }>(schools);
    expect(next.body.errors).toBeUndefined();
    expect(next.body.data?.schools.nodes.map((s) => s.urn)).toEqual([100001]);
  });
});
