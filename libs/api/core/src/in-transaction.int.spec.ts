import { seedLocalAuthority, seedSchool, useTestDataSource } from '@rollcall/db/testing';
import { systemActor } from './actor';
import { asSystemWithinLa, inTransaction } from './in-transaction';
import { Scope } from './scope';

describe('inTransaction', () => {
  const db = useTestDataSource();
  const scope = { actor: systemActor('test'), role: 'LA_OFFICER' as const, laCode: '343', urns: [100001, 100002] };

  it('sets the request scope inside the transaction only', async () => {
    const inside = await inTransaction(db.dataSource, scope, (tx) =>
      tx.query(`SELECT current_setting('rollcall.la_code') AS la, current_setting('rollcall.urns') AS urns`),
    );
    expect(inside).toEqual([{ la: '343', urns: '100001,100002' }]);
    const after = await db.dataSource.query(`SELECT current_setting('rollcall.la_code', true) AS la`);
    expect(after[0].la ?? '').toBe('');
  });

  it('writes nothing when the work fails part-way', async () => {
    await expect(
      inTransaction(db.dataSource, scope, async (tx) => {
        await tx.query(`INSERT INTO local_authority (la_code, name) VALUES ('343', 'Sefton')`);
        throw new Error('fault after the first write');
      }),
    ).rejects.toThrow('fault after the first write');
    expect(await db.dataSource.query(`SELECT * FROM local_authority`)).toEqual([]);
  });
});

describe('asSystemWithinLa', () => {
  const db = useTestDataSource();
  const staff: Scope = { actor: systemActor('staff'), role: 'SCHOOL_STAFF', laCode: '343', urns: [100001] };
  const newPupil = (laCode: string, upn: string) =>
    `INSERT INTO pupil (la_code, upn, forename, surname, date_of_birth, sex, home_la_code)
     VALUES ('${laCode}', '${upn}', 'New', 'Pupil', '2016-01-01', 'F', '${laCode}') RETURNING id::text AS id`;

  beforeAll(async () => {
    await seedLocalAuthority(db.dataSource, '343');
    await seedLocalAuthority(db.dataSource, '344');
    await seedSchool(db.dataSource, { urn: 100001, laCode: '343' });
  });

  it('lets a school admit a pupil the LA holds no record of yet, then gives the caller their own scope back', async () => {
    const seen = await inTransaction(db.dataSource, staff, async (tx) => {
      const [pupil] = (await asSystemWithinLa(tx, '343', () => tx.query(newPupil('343', 'A343000000001')))) as { id: string }[];
      const [scope] = (await tx.query(`SELECT current_setting('rollcall.role') AS role, current_setting('rollcall.la_code') AS la`)) as unknown[];
      // Not on the school's roll yet, so the school's staff cannot see the record they have just written.
      const before = (await tx.query(`SELECT id FROM pupil`)) as unknown[];
      await asSystemWithinLa(tx, '343', () =>
        tx.query(`INSERT INTO enrolment (la_code, pupil_id, urn, admitted_on) VALUES ('343', $1, 100001, '2025-09-01')`, [pupil.id]),
      );
      const after = (await tx.query(`SELECT id::text AS id FROM pupil`)) as unknown[];
      return { scope, before, after, pupil };
    });
    expect(seen).toEqual({ scope: { role: 'SCHOOL_STAFF', la: '343' }, before: [], after: [{ id: seen.pupil.id }], pupil: seen.pupil });
  });

  it('stays within the LA it names', async () => {
    await expect(
      inTransaction(db.dataSource, staff, (tx) => asSystemWithinLa(tx, '343', () => tx.query(newPupil('344', 'A344000000001')))),
    ).rejects.toThrow(/row-level security/);
  });
});

describe('inTransaction within an execution budget', () => {
  const db = useTestDataSource();
  const withBudget = (ms: number): Scope => ({ actor: systemActor('test'), role: 'SYSTEM', laCode: '343', deadline: Date.now() + ms });

  it('gives each statement what is left of the budget', async () => {
    const [setting] = await inTransaction(db.dataSource, withBudget(60_000), (tx) => tx.query(`SELECT setting::int AS ms FROM pg_settings WHERE name = 'statement_timeout'`));
    expect(setting.ms).toBeGreaterThan(50_000);
    expect(setting.ms).toBeLessThanOrEqual(60_000);
  });

  it('stops a statement that runs past the budget, refuses the request and writes nothing', async () => {
    const attempt = inTransaction(db.dataSource, withBudget(200), async (tx) => {
      await tx.query(`INSERT INTO local_authority (la_code, name) VALUES ('343', 'Sefton')`);
      await tx.query(`SELECT pg_sleep(5)`);
    });
    await expect(attempt).rejects.toMatchObject({ code: 'EXECUTION_BUDGET_EXCEEDED', message: expect.stringContaining('nothing was changed') });
    expect(await db.ownerDataSource.query(`SELECT * FROM local_authority`)).toEqual([]);
  });

  it('refuses at once when the budget is already spent', async () => {
    let ran = false;
    await expect(
      inTransaction(db.dataSource, withBudget(-1), async () => {
        ran = true;
      }),
    ).rejects.toMatchObject({ code: 'EXECUTION_BUDGET_EXCEEDED' });
    expect(ran).toBe(false);
  });

  it('leaves the connection without the limit afterwards', async () => {
    await inTransaction(db.dataSource, withBudget(5_000), (tx) => tx.query(`SELECT 1`));
    const settings = await Promise.all(Array.from({ length: 12 }, () => db.dataSource.query(`SELECT current_setting('statement_timeout') AS timeout`)));
    expect(new Set(settings.map(([s]) => s.timeout))).toEqual(new Set(['0']));
  });
});
