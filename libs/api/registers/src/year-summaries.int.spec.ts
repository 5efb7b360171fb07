import { systemActor, systemScope } from '@rollcall/api-core';
import { useTestDataSource } from '@rollcall/db/testing';
import { Readable } from 'node:stream';
import { refreshWeekSummaries } from './refresh-week-summaries';
import { RegisterImportService } from './register-import.service';
import { FIXTURE_LA, FIXTURE_URN, FixturePupil, createFixturePupils, createFixtureSchool } from './testing/register-fixture';

const db = useTestDataSource();
const scope = systemScope(systemActor('test'));
let service: RegisterImportService;
let nextPupil = 1;

async function newPupil(): Promise<FixturePupil> {
  const [pupil] = await createFixturePupils(db.dataSource, { count: 1, firstSerial: nextPupil });
  nextPupil += 1;
  return pupil;
}

const csvOf = (upn: string, marks: readonly string[]): Readable =>
  Readable.from([`upn,date,session,code\n${marks.map((m) => `${upn},${m.replace(/ /g, ',')}`).join('\n')}\n`]);

interface YearRow {
  year: number;
  possible: number;
  present: number;
  authorised: number;
  unauthorised: number;
  not_possible: number;
}

/** The pupil's year summaries, and the same totals summed from their week summaries by the year each week's Sunday is in. */
async function yearsOf(pupil: FixturePupil): Promise<{ held: YearRow[]; fromWeeks: YearRow[] }> {
  const held = (await db.ownerDataSource.query(
    `SELECT academic_year AS year, possible, present, authorised, unauthorised, not_possible
       FROM pupil_year_summary WHERE la_code = $1 AND enrolment_id = $2 ORDER BY academic_year`,
    [FIXTURE_LA, pupil.enrolmentId],
  )) as YearRow[];
  const fromWeeks = (await db.ownerDataSource.query(
    `SELECT extract(year FROM week_start + 6)::int - CASE WHEN extract(month FROM week_start + 6) < 9 THEN 1 ELSE 0 END AS year,
            sum(possible)::int AS possible, sum(present)::int AS present, sum(authorised)::int AS authorised,
            sum(unauthorised)::int AS unauthorised, sum(not_possible)::int AS not_possible
       FROM pupil_week_summary WHERE la_code = $1 AND enrolment_id = $2 GROUP BY 1 ORDER BY 1`,
    [FIXTURE_LA, pupil.enrolmentId],
  )) as YearRow[];
  return { held, fromWeeks };
}

beforeAll(async () => {
  await createFixtureSchool(db.dataSource);
  service = new RegisterImportService(db.dataSource);
});

describe('year summaries', () => {
  it('totals each academic year of a first import, from the week summaries, in the same transaction', async () => {
    const pupil = await newPupil();
    await service.importCsv(scope, {
      laCode: FIXTURE_LA,
      urn: FIXTURE_URN,
      idempotencyKey: 'years-first-001',
      csv: csvOf(pupil.upn, ['2025-07-21 AM /', '2025-07-21 PM O', '2025-09-02 AM /', '2025-09-02 PM I', '2025-09-08 AM #']),
    });
    const { held, fromWeeks } = await yearsOf(pupil);
    expect(held).toEqual([
      { year: 2024, possible: 2, present: 1, authorised: 0, unauthorised: 1, not_possible: 0 },
      { year: 2025, possible: 2, present: 1, authorised: 1, unauthorised: 0, not_possible: 1 },
    ]);
    expect(held).toEqual(fromWeeks);
  });

  it('follows amended and added marks, and drops a year whose marks are all gone', async () => {
    const pupil = await newPupil();
    const send = (key: string, marks: readonly string[]) =>
      service.importCsv(scope, { laCode: FIXTURE_LA, urn: FIXTURE_URN, idempotencyKey: key, csv: csvOf(pupil.upn, marks) });
    await send('years-amend-01', ['2025-07-21 AM /', '2025-09-02 AM /', '2025-09-02 PM /']);
    await send('years-amend-02', ['2025-09-02 PM G', '2025-09-03 AM O']);
    const amended = await yearsOf(pupil);
    expect(amended.held).toEqual([
      { year: 2024, possible: 1, present: 1, authorised: 0, unauthorised: 0, not_possible: 0 },
      { year: 2025, possible: 3, present: 1, authorised: 0, unauthorised: 2, not_possible: 0 },
    ]);
    expect(amended.held).toEqual(amended.fromWeeks);

    await db.ownerDataSource.query(`DELETE FROM attendance_mark WHERE la_code = $1 AND enrolment_id = $2 AND date < '2025-08-01'`, [
      FIXTURE_LA,
      pupil.enrolmentId,
    ]);
    await db.ownerDataSource.transaction((tx) =>
      refreshWeekSummaries(tx, FIXTURE_LA, { enrolmentIds: [pupil.enrolmentId], from: '2025-07-21', to: '2025-07-25' }),
    );
    const emptied = await yearsOf(pupil);
    expect(emptied.held.map((y) => y.year)).toEqual([2025]);
    expect(emptied.held).toEqual(emptied.fromWeeks);
  });
});
