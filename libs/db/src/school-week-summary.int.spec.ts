import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { DataSource, EntityManager } from 'typeorm';
import { SchoolWeekSummary1765100000000 } from './migrations/1765100000000-school-week-summary';
import { DatabaseScope, LA_A, LA_B, SCHOOL_A1, SCHOOL_A2, SCHOOL_B1, useTestDataSource, withScope } from './testing';

/** Enrolments by school: each writes week summaries only as its school (or its LA) may. */
const ENROLMENTS = [
  { laCode: LA_A, urn: SCHOOL_A1, id: '11', pupilId: '101' },
  { laCode: LA_A, urn: SCHOOL_A1, id: '12', pupilId: '102' },
  { laCode: LA_A, urn: SCHOOL_A1, id: '13', pupilId: '103' },
  { laCode: LA_A, urn: SCHOOL_A2, id: '21', pupilId: '201' },
  { laCode: LA_A, urn: SCHOOL_A2, id: '22', pupilId: '202' },
  { laCode: LA_B, urn: SCHOOL_B1, id: '31', pupilId: '301' },
  { laCode: LA_B, urn: SCHOOL_B1, id: '32', pupilId: '302' },
] as const;
const SCHOOLS = [
  { laCode: LA_A, urn: SCHOOL_A1 },
  { laCode: LA_A, urn: SCHOOL_A2 },
  { laCode: LA_B, urn: SCHOOL_B1 },
] as const;
const WEEKS = ['2025-09-01', '2025-09-08', '2025-09-15', '2025-10-20'] as const;
const COUNTS = ['possible', 'present', 'approved_educational_activity', 'authorised', 'unauthorised', 'not_possible'] as const;

type School = (typeof SCHOOLS)[number];
type Counts = readonly [number, number, number, number, number, number];

/** What the school's staff or, for the LA's ingest, Rollcall itself within the LA, write as. */
const writerOf = (school: School, asStaff: boolean): DatabaseScope =>
  asStaff ? { role: 'SCHOOL_STAFF', laCode: school.laCode, urns: [school.urn] } : { role: 'SYSTEM', laCode: school.laCode };

/** One transaction's writes to the week summaries, as the application makes them. */
type Operation =
  // A register or import: the weeks' summaries of some of the school's enrolments deleted, then written again (or not, when no mark is left).
  | { kind: 'replace'; school: School; asStaff: boolean; enrolments: number[]; weeks: number[]; rows: { counts: Counts; kept: boolean }[]; rollBack: boolean }
  // The same in one statement: the weeks upserted (INSERT … ON CONFLICT DO UPDATE), and those left without marks deleted.
  | { kind: 'upsert'; school: School; asStaff: boolean; enrolments: number[]; weeks: number[]; rows: { counts: Counts; kept: boolean }[] }
  // Plain UPDATEs: new counts, a change to none of them, or (Rollcall itself) enrolments moved to the LA's other school.
  | { kind: 'update'; school: School; asStaff: boolean; enrolments: number[]; weeks: number[]; counts: Counts }
  | { kind: 'touch'; school: School; asStaff: boolean; enrolments: number[] }
  | { kind: 'move'; enrolments: number[]; weeks: number[] }
  | { kind: 'delete'; school: School; asStaff: boolean; weeks: number[] };

const counts: fc.Arbitrary<Counts> = fc.tuple(
  fc.integer({ min: 0, max: 10 }),
  fc.integer({ min: 0, max: 10 }),
  fc.integer({ min: 0, max: 2 }),
  fc.integer({ min: 0, max: 4 }),
  fc.integer({ min: 0, max: 4 }),
  fc.integer({ min: 0, max: 3 }),
);
const school = fc.constantFrom(...SCHOOLS);
const indices = (n: number) => fc.uniqueArray(fc.integer({ min: 0, max: n - 1 }), { minLength: 1, maxLength: n });
const weeks = indices(WEEKS.length);
const replace = fc.record({
  kind: fc.constant('replace' as const),
  school,
  asStaff: fc.boolean(),
  enrolments: indices(3),
  weeks,
  rows: fc.array(fc.record({ counts, kept: fc.boolean() }), { minLength: 12, maxLength: 12 }),
  // One transaction in ten is rolled back after its writes.
  rollBack: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
});
const upsert = fc.record({
  kind: fc.constant('upsert' as const),
  school,
  asStaff: fc.boolean(),
  enrolments: indices(3),
  weeks,
  rows: fc.array(fc.record({ counts, kept: fc.boolean() }), { minLength: 12, maxLength: 12 }),
});
const operation: fc.Arbitrary<Operation> = fc.oneof(
  { weight: 3, arbitrary: replace },
  { weight: 2, arbitrary: upsert },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('update' as const), school, asStaff: fc.boolean(), enrolments: indices(3), weeks, counts }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('touch' as const), school, asStaff: fc.boolean(), enrolments: indices(3) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('move' as const), enrolments: indices(5), weeks }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), school, asStaff: fc.boolean(), weeks }) },
);

/** The enrolments of a school picked by index (a school has 2 or 3). */
function enrolmentsOf(of: School, picked: readonly number[]): string[] {
  const mine = ENROLMENTS.filter((e) => e.urn === of.urn);
  return [...new Set(picked.map((i) => mine[i % mine.length].id))];
}

/** SQL: the school week totals held, and the week summaries added up the same way (`where` filters both). */
const heldSql = (where = 'true') =>
  `SELECT la_code, urn, week_start::text AS week_start, enrolments, ${COUNTS.join(', ')} FROM school_week_summary WHERE ${where} ORDER BY 1, 2, 3`;
const addedUpSql = (where = 'true') =>
  `SELECT la_code, urn, week_start::text AS week_start, count(*)::int AS enrolments, ${COUNTS.map((c) => `sum(${c})::int AS ${c}`).join(', ')}
     FROM pupil_week_summary WHERE ${where} GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`;

const ROLLED_BACK = new Error('rolled back on purpose');

async function apply(ds: DataSource, op: Operation): Promise<void> {
  const weeksOf = (picked: readonly number[]) => picked.map((i) => WEEKS[i]);
  const written = (o: Extract<Operation, { kind: 'replace' | 'upsert' }>) => {
    const ids = enrolmentsOf(o.school, o.enrolments);
    const weeks = weeksOf(o.weeks);
    const rows = ids.flatMap((id, i) => weeks.map((week, j) => ({ id, week, ...o.rows[(i * WEEKS.length + j) % o.rows.length] }))).filter((r) => r.kept);
    return { ids, weeks, json: JSON.stringify(rows.map((r) => ({ id: r.id, week: r.week, c: r.counts }))) };
  };
  const fresh = `SELECT r.id, r.week, r.c FROM jsonb_to_recordset($3::jsonb) AS r(id bigint, week date, c int[])`;
  const insert = `INSERT INTO pupil_week_summary AS s (la_code, enrolment_id, week_start, pupil_id, urn, ${COUNTS.join(', ')}, code_counts)
                  SELECT $1, f.id, f.week, f.id * 10, $2, f.c[1], f.c[2], f.c[3], f.c[4], f.c[5], f.c[6], '{}' FROM fresh f`;
  switch (op.kind) {
    case 'replace': {
      const { ids, weeks, json } = written(op);
      const work = withScope(ds, writerOf(op.school, op.asStaff), async (tx) => {
        await tx.query(`DELETE FROM pupil_week_summary WHERE la_code = $1 AND enrolment_id = ANY($2::bigint[]) AND week_start = ANY($3::date[])`, [op.school.laCode, ids, weeks]);
        await tx.query(`WITH fresh AS (${fresh}) ${insert}`, [op.school.laCode, op.school.urn, json]);
        if (op.rollBack) throw ROLLED_BACK;
      });
      if (op.rollBack) await expect(work).rejects.toBe(ROLLED_BACK);
      else await work;
      return;
    }
    case 'upsert': {
      const { ids, weeks, json } = written(op);
      await withScope(ds, writerOf(op.school, op.asStaff), (tx) =>
        tx.query(
          `WITH fresh AS (${fresh}),
           gone AS (
             DELETE FROM pupil_week_summary s
              WHERE s.la_code = $1 AND s.enrolment_id = ANY($4::bigint[]) AND s.week_start = ANY($5::date[])
                AND NOT EXISTS (SELECT 1 FROM fresh f WHERE f.id = s.enrolment_id AND f.week = s.week_start)
             RETURNING 1
           ),
           kept AS (
             ${insert}
             ON CONFLICT (la_code, enrolment_id, week_start) DO UPDATE SET ${COUNTS.map((c) => `${c} = EXCLUDED.${c}`).join(', ')}
             RETURNING 1
           )
           SELECT (SELECT count(*) FROM gone) AS gone, (SELECT count(*) FROM kept) AS kept`,
          [op.school.laCode, op.school.urn, json, ids, weeks],
        ),
      );
      return;
    }
    case 'update':
      await withScope(ds, writerOf(op.school, op.asStaff), (tx) =>
        tx.query(
          `UPDATE pupil_week_summary SET ${COUNTS.map((c, i) => `${c} = $${i + 4}`).join(', ')}
            WHERE la_code = $1 AND enrolment_id = ANY($2::bigint[]) AND week_start = ANY($3::date[])`,
          [op.school.laCode, enrolmentsOf(op.school, op.enrolments), weeksOf(op.weeks), ...op.counts],
        ),
      );
      return;
    case 'touch':
      await withScope(ds, writerOf(op.school, op.asStaff), (tx) =>
        tx.query(`UPDATE pupil_week_summary SET code_counts = code_counts WHERE la_code = $1 AND enrolment_id = ANY($2::bigint[])`, [
          op.school.laCode,
          enrolmentsOf(op.school, op.enrolments),
        ]),
      );
      return;
    case 'move': {
      // Rollcall itself within LA A: each picked enrolment's weeks go to the LA's other school and, once the totals
      // are checked, back (a week summary's school is its enrolment's, which the other operations rely on).
      const ids = [...new Set(op.enrolments.map((i) => ENROLMENTS[i].id))];
      await withScope(ds, { role: 'SYSTEM', laCode: LA_A }, async (tx) => {
        const move = () =>
          tx.query(
            `UPDATE pupil_week_summary SET urn = CASE WHEN urn = $2 THEN $3 ELSE $2 END
              WHERE la_code = $1 AND enrolment_id = ANY($4::bigint[]) AND week_start = ANY($5::date[])`,
            [LA_A, SCHOOL_A1, SCHOOL_A2, ids, weeksOf(op.weeks)],
          );
        await move();
        expect(await tx.query(heldSql(`la_code = '${LA_A}'`))).toEqual(await tx.query(addedUpSql(`la_code = '${LA_A}'`)));
        await move();
      });
      return;
    }
    case 'delete':
      await withScope(ds, writerOf(op.school, op.asStaff), (tx) =>
        tx.query(`DELETE FROM pupil_week_summary WHERE la_code = $1 AND urn = $2 AND week_start = ANY($3::date[])`, [op.school.laCode, op.school.urn, weeksOf(op.weeks)]),
      );
  }
}


/** What the school week totals hold, and the week summaries added up, both read by the owner (every row). */
async function totals(owner: DataSource): Promise<{ held: unknown[]; addedUp: unknown[] }> {
  return { held: (await owner.query(heldSql())) as unknown[], addedUp: (await owner.query(addedUpSql())) as unknown[] };
}

async function seedSchools(owner: DataSource): Promise<void> {
  await owner.query(`INSERT INTO local_authority (la_code, name) VALUES ($1, 'Sefton'), ($2, 'Wirral')`, [LA_A, LA_B]);
  for (const s of SCHOOLS) {
    await owner.query(`INSERT INTO school (urn, la_code, laestab, name, type, phase) VALUES ($1, $2, $3, $4, 'COMMUNITY', 'PRIMARY')`, [
      s.urn,
      s.laCode,
      Number(`${s.laCode}${String(s.urn).slice(-4)}`),
      `School ${s.urn}`,
    ]);
  }
}

describe('school_week_summary: the week summaries added up by school and week', () => {
  const db = useTestDataSource();

  beforeAll(async () => {
    await seedSchools(db.ownerDataSource);
  });

  it('equals the week summaries added up after any writes the application makes, under row-level security', async () => {
    let weeksHeld = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 6 }), async (operations) => {
        for (const op of operations) await apply(db.dataSource, op);
        const { held, addedUp } = await totals(db.ownerDataSource);
        expect(held).toEqual(addedUp);
        weeksHeld = Math.max(weeksHeld, held.length);
      }),
      { numRuns: 80 },
    );
    // The runs did fill several schools' weeks (and, by the deletes, empty some again).
    expect(weeksHeld).toBeGreaterThan(5);
  });

  it('removes a school’s week when its last week summary goes, and brings it back with the next', async () => {
    const staff: DatabaseScope = { role: 'SCHOOL_STAFF', laCode: LA_A, urns: [SCHOOL_A2] };
    const week = (tx: EntityManager) =>
      tx.query(`SELECT enrolments, possible FROM school_week_summary WHERE la_code = $1 AND urn = $2 AND week_start = '2025-11-03'`, [LA_A, SCHOOL_A2]);
    const insert = `INSERT INTO pupil_week_summary (la_code, enrolment_id, week_start, pupil_id, urn, ${COUNTS.join(', ')}, code_counts)
                    VALUES ($1, $2, '2025-11-03', 1, $3, 10, 9, 0, 1, 0, 0, '{}')`;
    await withScope(db.dataSource, staff, async (tx) => {
      await tx.query(insert, [LA_A, '21', SCHOOL_A2]);
      await tx.query(insert, [LA_A, '22', SCHOOL_A2]);
      expect(await week(tx)).toEqual([{ enrolments: 2, possible: 20 }]);
      await tx.query(`DELETE FROM pupil_week_summary WHERE la_code = $1 AND enrolment_id = 21 AND week_start = '2025-11-03'`, [LA_A]);
      expect(await week(tx)).toEqual([{ enrolments: 1, possible: 10 }]);
      await tx.query(`DELETE FROM pupil_week_summary WHERE la_code = $1 AND enrolment_id = 22 AND week_start = '2025-11-03'`, [LA_A]);
      expect(await week(tx)).toEqual([]);
      await tx.query(insert, [LA_A, '21', SCHOOL_A2]);
      expect(await week(tx)).toEqual([{ enrolments: 1, possible: 10 }]);
    });
    const { held, addedUp } = await totals(db.ownerDataSource);
    expect(held).toEqual(addedUp);
  });

  it('is emptied with the week summaries when they are truncated', async () => {
    const runner = db.ownerDataSource.createQueryRunner();
    await runner.startTransaction();
    try {
      expect(((await runner.query(`SELECT count(*)::int AS n FROM school_week_summary`)) as { n: number }[])[0].n).toBeGreaterThan(0);
      await runner.query(`TRUNCATE pupil_week_summary`);
      expect(await runner.query(`SELECT * FROM school_week_summary`)).toEqual([]);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });

  it('shows a school its own weeks only, an LA its own schools’, and nobody without a scope anything', async () => {
    await withScope(db.dataSource, { role: 'SYSTEM' }, (tx) =>
      tx.query(
        `INSERT INTO pupil_week_summary (la_code, enrolment_id, week_start, pupil_id, urn, ${COUNTS.join(', ')}, code_counts)
         SELECT e.la_code, e.id, '2025-12-01', e.pupil_id, e.urn, 10, 10, 0, 0, 0, 0, '{}'
           FROM unnest($1::char(3)[], $2::bigint[], $3::bigint[], $4::int[]) AS e(la_code, id, pupil_id, urn)
         ON CONFLICT DO NOTHING`,
        [ENROLMENTS.map((e) => e.laCode), ENROLMENTS.map((e) => e.id), ENROLMENTS.map((e) => e.pupilId), ENROLMENTS.map((e) => e.urn)],
      ),
    );
    const schoolsSeen = (scope: DatabaseScope | undefined) =>
      withScope(db.dataSource, scope, async (tx) =>
        ((await tx.query(`SELECT DISTINCT urn FROM school_week_summary ORDER BY urn`)) as { urn: number }[]).map((r) => r.urn),
      );
    expect(await schoolsSeen({ role: 'SCHOOL_STAFF', laCode: LA_A, urns: [SCHOOL_A1] })).toEqual([SCHOOL_A1]);
    expect(await schoolsSeen({ role: 'SCHOOL_STAFF', laCode: LA_B, urns: [SCHOOL_B1] })).toEqual([SCHOOL_B1]);
    // Staff of a school in another LA's tenant see nothing of it, whatever URNs they claim.
    expect(await schoolsSeen({ role: 'SCHOOL_STAFF', laCode: LA_B, urns: [SCHOOL_A1] })).toEqual([]);
    expect(await schoolsSeen({ role: 'LA_OFFICER', laCode: LA_A })).toEqual([SCHOOL_A1, SCHOOL_A2]);
    expect(await schoolsSeen({ role: 'LA_ADMIN', laCode: LA_B })).toEqual([SCHOOL_B1]);
    expect(await schoolsSeen({ role: 'SYSTEM' })).toEqual([SCHOOL_A1, SCHOOL_A2, SCHOOL_B1]);
    expect(await schoolsSeen({ role: 'VIRTUAL_SCHOOL', laCode: LA_A })).toEqual([]);
    expect(await schoolsSeen({ role: 'PARENT', laCode: LA_A, parentIds: ['1'] })).toEqual([]);
    expect(await schoolsSeen(undefined)).toEqual([]);
  });
});

describe('school_week_summary when the owner is no superuser (row-level security applies to the trigger)', () => {
  const db = useTestDataSource();
  const owner = `rollcall_test_owner_${randomBytes(4).toString('hex')}`;

  beforeAll(async () => {
    await seedSchools(db.ownerDataSource);
  });

  it('keeps the totals for every writer the week summaries allow: a school’s staff and the LA’s ingest', async () => {
    // A server where the migrations ran as an ordinary role: the function runs as it, and FORCE makes the policies bind it.
    // (Roles belong to the whole server, so this one is dropped again here.)
    await db.ownerDataSource.query(`CREATE ROLE ${owner} NOLOGIN NOSUPERUSER NOBYPASSRLS`);
    try {
      await db.ownerDataSource.query(`GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON school_week_summary TO ${owner}`);
      await db.ownerDataSource.query(`ALTER FUNCTION keep_school_week_summary() OWNER TO ${owner}`);
      await fc.assert(
        fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 4 }), async (operations) => {
          for (const op of operations) await apply(db.dataSource, op);
          const { held, addedUp } = await totals(db.ownerDataSource);
          expect(held).toEqual(addedUp);
        }),
        { numRuns: 25 },
      );
      expect(((await db.ownerDataSource.query(`SELECT count(*)::int AS n FROM school_week_summary`)) as { n: number }[])[0].n).toBeGreaterThan(0);
    } finally {
      await db.ownerDataSource.query(`ALTER FUNCTION keep_school_week_summary() OWNER TO CURRENT_USER`);
      await db.ownerDataSource.query(`DROP OWNED BY ${owner}`);
      await db.ownerDataSource.query(`DROP ROLE ${owner}`);
    }
  });
});

describe('migration 1765100000000', () => {
  const db = useTestDataSource();

  it('fills in the totals of the week summaries already held, as an owner that is no superuser too, and its down() removes the table, its triggers and function', async () => {
    const migration = new SchoolWeekSummary1765100000000();
    const runner = db.ownerDataSource.createQueryRunner();
    await runner.startTransaction();
    try {
      await migration.down(runner);
      const left = (await runner.query(
        `SELECT (SELECT count(*)::int FROM pg_class WHERE relname = 'school_week_summary') AS tables,
                (SELECT count(*)::int FROM pg_proc WHERE proname = 'keep_school_week_summary') AS functions,
                (SELECT count(*)::int FROM pg_trigger WHERE tgrelid = 'pupil_week_summary'::regclass AND NOT tgisinternal) AS triggers`,
      )) as { tables: number; functions: number; triggers: number }[];
      expect(left).toEqual([{ tables: 0, functions: 0, triggers: 0 }]);
      await runner.query(
        `INSERT INTO pupil_week_summary (la_code, enrolment_id, week_start, pupil_id, urn, ${COUNTS.join(', ')}, code_counts)
         SELECT $1, e, w::date, e, CASE WHEN e % 2 = 0 THEN $2::int ELSE $3::int END, 10, 8, 1, 1, e % 2, 0, '{}'
           FROM generate_series(1, 9) e, generate_series('2025-09-01'::date, '2025-10-13', '7 days') w`,
        [LA_A, SCHOOL_A1, SCHOOL_A2],
      );
      // Run as an owner that is no superuser, which row-level security binds (all of it undone with the transaction).
      const owner = `rollcall_test_owner_${randomBytes(4).toString('hex')}`;
      await runner.query(`CREATE ROLE ${owner} NOLOGIN NOSUPERUSER NOBYPASSRLS`);
      await runner.query(`GRANT CREATE ON SCHEMA public TO ${owner}`);
      await runner.query(`GRANT SELECT, TRIGGER ON pupil_week_summary TO ${owner}`);
      // As the migrating owner is (1764400000000), so that it may call the scope functions the policies do.
      await runner.query(`GRANT rollcall_scope TO ${owner}`);
      await runner.query(`SET LOCAL ROLE ${owner}`);
      await runner.query(`SELECT set_config('rollcall.role', '', true)`);
      await migration.up(runner);
      expect(await runner.query(`SELECT current_setting('rollcall.role') AS role`)).toEqual([{ role: '' }]);
      await runner.query(`RESET ROLE`);
      const held = (await runner.query(heldSql())) as { enrolments: number }[];
      expect(held).toEqual(await runner.query(addedUpSql()));
      expect(held).toHaveLength(2 * 7);
      expect(held.reduce((n, r) => n + r.enrolments, 0)).toBe(9 * 7);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });
});
