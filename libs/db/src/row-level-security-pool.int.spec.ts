import { Pool, PoolClient } from 'pg';
import { DatabaseScope, LA_A, LA_B, SCHOOL_A1, TwoAuthorities, seedTwoAuthorities, useTestDataSource } from './testing';

/** What one request saw: inside its transaction, and on the same connection once the transaction was over. */
interface Seen {
  readonly scope: 'A' | 'B';
  readonly backend: number;
  readonly pupils: string[];
  readonly marks: number;
  readonly afterCommit: number;
}

const SCOPES: Record<'A' | 'B', DatabaseScope> = {
  A: { role: 'SCHOOL_STAFF', laCode: LA_A, urns: [SCHOOL_A1] },
  B: { role: 'LA_OFFICER', laCode: LA_B },
};

describe('row-level security across pooled connections', () => {
  const db = useTestDataSource();
  let pool: Pool;
  let ids: TwoAuthorities;

  beforeAll(async () => {
    ids = await seedTwoAuthorities(db.ownerDataSource);
  });
  // A pool of two of the application's connections for each test, closed before the test database is dropped.
  beforeEach(() => {
    pool = new Pool({ connectionString: db.url, max: 2 });
  });
  afterEach(async () => {
    await pool.end();
  });

  /** One request as inTransaction runs it: BEGIN, the scope with set_config(..., true), reads, COMMIT. */
  async function request(which: 'A' | 'B'): Promise<Seen> {
    const scope = SCOPES[which];
    const client: PoolClient = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query(
        `SELECT set_config('rollcall.role', $1, true), set_config('rollcall.la_code', $2, true),
                set_config('rollcall.urns', $3, true), set_config('rollcall.parent_ids', '', true)`,
        [scope.role, scope.laCode ?? '', (scope.urns ?? []).join(',')],
      );
      const pupils = (await client.query(`SELECT forename FROM pupil ORDER BY forename`)).rows.map((r: { forename: string }) => r.forename);
      // Yield between statements so the other connection's requests run in the middle of this one.
      await new Promise((resolve) => setImmediate(resolve));
      const marks = Number((await client.query(`SELECT count(*) AS n FROM attendance_mark`)).rows[0].n);
      const backend = Number((await client.query(`SELECT pg_backend_pid() AS pid`)).rows[0].pid);
      await client.query('COMMIT');
      const afterCommit = Number((await client.query(`SELECT count(*) AS n FROM pupil`)).rows[0].n);
      return { scope: which, backend, pupils, marks, afterCommit };
    } finally {
      client.release();
    }
  }

  it('gives 1,000 interleaved requests of two scopes on two connections only their own rows, and nothing once they end', async () => {
    expect(ids.pupilIds.Ann).toBeDefined();
    const order = Array.from({ length: 1000 }, (_, i) => (i % 2 === 0 ? 'A' : 'B') as 'A' | 'B');
    const seen = await Promise.all(order.map((which) => request(which)));

    const expected = { A: { pupils: ['Ann'], marks: 2 }, B: { pupils: ['Cal', 'Dan', 'Eve'], marks: 6 } };
    const wrong = seen.filter((s) => s.pupils.join() !== expected[s.scope].pupils.join() || s.marks !== expected[s.scope].marks);
    expect(wrong).toEqual([]);
    expect(seen.filter((s) => s.afterCommit !== 0)).toEqual([]);
    // Both connections served both scopes, many times over.
    const backends = new Set(seen.map((s) => s.backend));
    expect(backends.size).toBe(2);
    for (const backend of backends) {
      for (const scope of ['A', 'B'] as const) expect(seen.filter((s) => s.backend === backend && s.scope === scope).length).toBeGreaterThan(100);
    }
  });

  it('forgets the scope of a transaction that failed, and of one rolled back', async () => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query(`SELECT set_config('rollcall.role', 'SYSTEM', true)`);
      await expect(client.query(`SELECT 1 / 0`)).rejects.toThrow(/division by zero/);
      await client.query('ROLLBACK');
      expect((await client.query(`SELECT count(*)::int AS n FROM pupil`)).rows[0].n).toBe(0);
      expect((await client.query(`SELECT current_setting('rollcall.role', true) AS role`)).rows[0].role ?? '').toBe('');
    } finally {
      client.release();
    }
  });
});
