import { Scope } from '@rollcall/api-core';
import { useTestDataSource } from '@rollcall/db/testing';
import { CODE_SET_2024_EFFECTIVE_FROM, LocalDate, Session } from '@rollcall/rules';
import fc from 'fast-check';
import { MarkRecordingService } from './mark-recording.service';
import { mondayOf } from './refresh-week-summaries';
import { FIXTURE_LA, FIXTURE_URN, FixturePupil, createFixturePupils, createFixtureSchool } from './testing/register-fixture';

const db = useTestDataSource();
const staff: Scope = { actor: { kind: 'USER', id: '1', label: 'staff@school.example' }, role: 'SCHOOL_STAFF', laCode: FIXTURE_LA, urns: [FIXTURE_URN] };
let service: MarkRecordingService;
let nextPupil = 1;
let nextKey = 1;

async function newPupils(count: number): Promise<FixturePupil[]> {
  const created = await createFixturePupils(db.dataSource, { count, firstSerial: nextPupil });
  nextPupil += count;
  return created;
}

/** School days either side of the summer holiday (academic years 2024 and 2025), three weeks in all. */
const DAYS: readonly LocalDate[] = ['2025-07-17', '2025-07-21', '2025-07-22', '2025-09-02', '2025-09-05', '2025-09-08', '2025-09-12'];
const CODES = ['/', '\\', 'L', 'U', 'I', 'M', 'O', 'G', 'C', 'B', 'N', 'P', 'Y1'] as const;

interface Totals {
  possible: number;
  present: number;
  aea: number;
  authorised: number;
  unauthorised: number;
  not_possible: number;
}

const TOTALS = `sum(possible)::int AS possible, sum(present)::int AS present, sum(approved_educational_activity)::int AS aea,
                sum(authorised)::int AS authorised, sum(unauthorised)::int AS unauthorised, sum(not_possible)::int AS not_possible`;

/** The week summaries held, and the same computed from the marks themselves (by the code set in force on each date). */
async function weeksOf(pupils: readonly FixturePupil[]): Promise<{ held: unknown[]; fromMarks: unknown[] }> {
  const ids = pupils.map((p) => p.enrolmentId);
  const held = await db.ownerDataSource.query(
    `SELECT enrolment_id::text AS enrolment, to_char(week_start, 'YYYY-MM-DD') AS week, ${TOTALS}, jsonb_agg(code_counts) AS codes
       FROM pupil_week_summary WHERE la_code = $1 AND enrolment_id = ANY($2::bigint[]) GROUP BY 1, 2 ORDER BY 1, 2`,
    [FIXTURE_LA, ids],
  );
  const fromMarks = await db.ownerDataSource.query(
    `SELECT enrolment, week,
            sum(n) FILTER (WHERE category IN ('PRESENT', 'APPROVED_EDUCATIONAL_ACTIVITY', 'AUTHORISED_ABSENCE', 'UNAUTHORISED_ABSENCE'))::int AS possible,
            coalesce(sum(n) FILTER (WHERE category = 'PRESENT'), 0)::int AS present,
            coalesce(sum(n) FILTER (WHERE category = 'APPROVED_EDUCATIONAL_ACTIVITY'), 0)::int AS aea,
            coalesce(sum(n) FILTER (WHERE category = 'AUTHORISED_ABSENCE'), 0)::int AS authorised,
            coalesce(sum(n) FILTER (WHERE category = 'UNAUTHORISED_ABSENCE'), 0)::int AS unauthorised,
            coalesce(sum(n) FILTER (WHERE category = 'NOT_POSSIBLE'), 0)::int AS not_possible,
            jsonb_build_array(jsonb_object_agg(code, n)) AS codes
       FROM (SELECT m.enrolment_id::text AS enrolment, to_char(${mondayOf('m.date')}, 'YYYY-MM-DD') AS week, m.code, c.category, count(*) AS n
               FROM attendance_mark m
               JOIN attendance_code c ON c.code = m.code AND c.code_set = CASE WHEN m.date >= $3::date THEN '2024' ELSE '2006' END
              WHERE m.la_code = $1 AND m.enrolment_id = ANY($2::bigint[])
              GROUP BY 1, 2, 3, 4) k
      GROUP BY 1, 2 ORDER BY 1, 2`,
    [FIXTURE_LA, ids, CODE_SET_2024_EFFECTIVE_FROM],
  );
  return { held, fromMarks: fromMarks.map((r: { possible: number | null }) => ({ ...r, possible: r.possible ?? 0 })) };
}

/** The year summaries held, and the same summed from the week summaries by the academic year each week's Sunday is in. */
async function yearsOf(pupils: readonly FixturePupil[]): Promise<{ held: Totals[]; fromWeeks: Totals[] }> {
  const ids = pupils.map((p) => p.enrolmentId);
  const held = (await db.ownerDataSource.query(
    `SELECT enrolment_id::text AS enrolment, academic_year AS year, ${TOTALS}
       FROM pupil_year_summary WHERE la_code = $1 AND enrolment_id = ANY($2::bigint[]) GROUP BY 1, 2 ORDER BY 1, 2`,
    [FIXTURE_LA, ids],
  )) as Totals[];
  const fromWeeks = (await db.ownerDataSource.query(
    `SELECT enrolment_id::text AS enrolment,
            extract(year FROM week_start + 6)::int - CASE WHEN extract(month FROM week_start + 6) < 9 THEN 1 ELSE 0 END AS year, ${TOTALS}
       FROM pupil_week_summary WHERE la_code = $1 AND enrolment_id = ANY($2::bigint[]) GROUP BY 1, 2 ORDER BY 1, 2`,
    [FIXTURE_LA, ids],
  )) as Totals[];
  return { held, fromWeeks };
}

/** The school's week totals held, and the same added up from all its pupils' week summaries (every test's pupils). */
async function schoolWeeks(): Promise<{ held: unknown[]; fromPupils: unknown[] }> {
  const columns = `to_char(week_start, 'YYYY-MM-DD') AS week`;
  const held = await db.ownerDataSource.query(
    `SELECT ${columns}, enrolments, possible, present, approved_educational_activity AS aea, authorised, unauthorised, not_possible
       FROM school_week_summary WHERE la_code = $1 AND urn = $2 ORDER BY week_start`,
    [FIXTURE_LA, FIXTURE_URN],
  );
  const fromPupils = await db.ownerDataSource.query(
    `SELECT ${columns}, count(*)::int AS enrolments, ${TOTALS}
       FROM pupil_week_summary WHERE la_code = $1 AND urn = $2 GROUP BY week_start ORDER BY week_start`,
    [FIXTURE_LA, FIXTURE_URN],
  );
  return { held, fromPupils };
}

beforeAll(async () => {
  await createFixtureSchool(db.dataSource);
  service = new MarkRecordingService(db.dataSource, () => '2025-09-30');
});

describe('recordMarks and amendMark keep the summaries', () => {
  it('a register taken, taken again with changes and amended leaves week and year summaries equal to the marks', async () => {
    const pupils = await newPupils(3);
    const send = (date: LocalDate, session: Session, codes: readonly string[]) =>
      service.recordMarks(staff, {
        urn: FIXTURE_URN,
        date,
        session,
        idempotencyKey: `summaries-${nextKey++}`,
        marks: codes.map((code, i) => ({ upn: pupils[i].upn, code })),
      });
    await send('2025-07-21', 'AM', ['/', 'I', 'O']);
    await send('2025-09-02', 'AM', ['/', '/', 'M']);
    const again = await send('2025-09-02', 'AM', ['/', 'G', 'M']);
    expect(again.marks.map((m) => [m.code, m.changed])).toEqual([
      ['/', false],
      ['G', true],
      ['M', false],
    ]);
    await service.amendMark(staff, { urn: FIXTURE_URN, upn: pupils[2].upn, date: '2025-09-02', session: 'AM', code: 'C', reason: 'Leave agreed by the head' });

    const weeks = await weeksOf(pupils);
    expect(weeks.held).toEqual(weeks.fromMarks);
    const years = await yearsOf(pupils);
    expect(years.held).toEqual(years.fromWeeks);
    expect(years.held.filter((y) => (y as unknown as { enrolment: string }).enrolment === pupils[1].enrolmentId)).toEqual([
      { enrolment: pupils[1].enrolmentId, year: 2024, possible: 1, present: 0, aea: 0, authorised: 1, unauthorised: 0, not_possible: 0 },
      { enrolment: pupils[1].enrolmentId, year: 2025, possible: 1, present: 0, aea: 0, authorised: 0, unauthorised: 1, not_possible: 0 },
    ]);
  });

  it('any sequence of registers and amendments leaves the summaries equal to the marks, and the school’s week totals equal to its pupils’ (property)', async () => {
    const step = fc.record({
      day: fc.constantFrom(...DAYS),
      session: fc.constantFrom<Session>('AM', 'PM'),
      codes: fc.array(fc.option(fc.constantFrom(...CODES), { nil: null }), { minLength: 3, maxLength: 3 }),
      amend: fc.option(fc.record({ pupil: fc.nat(2), code: fc.constantFrom(...CODES) }), { nil: null }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 5 }), async (steps) => {
        const pupils = await newPupils(3);
        for (const s of steps) {
          const marks = s.codes.flatMap((code, i) => (code === null ? [] : [{ upn: pupils[i].upn, code }]));
          if (marks.length > 0) {
            await service.recordMarks(staff, { urn: FIXTURE_URN, date: s.day, session: s.session, idempotencyKey: `property-${nextKey++}`, marks });
          }
          const amended = s.amend === null ? undefined : pupils[s.amend.pupil];
          if (amended && s.codes[s.amend?.pupil ?? 0] !== null && s.codes[s.amend?.pupil ?? 0] !== s.amend?.code) {
            await service.amendMark(staff, { urn: FIXTURE_URN, upn: amended.upn, date: s.day, session: s.session, code: s.amend?.code ?? '/', reason: 'Corrected' });
          }
        }
        const weeks = await weeksOf(pupils);
        expect(weeks.held).toEqual(weeks.fromMarks);
        const years = await yearsOf(pupils);
        expect(years.held).toEqual(years.fromWeeks);
        const school = await schoolWeeks();
        expect(school.held).toEqual(school.fromPupils);
      }),
      { numRuns: 12 },
    );
  });
});
