import { IdentityService } from '@rollcall/api-identity';
import { useTestDataSource } from '@rollcall/db/testing';
import { validateUpn, weekStart } from '@rollcall/rules';
import { DEMO_PASSWORD, DEMO_SIGN_INS } from './demo-sign-ins';
import { DEMO_LA, NEIGHBOUR_LA } from './generate/demo-areas';
import { DemoLoadReport, loadDemo } from './load-demo';

const TODAY = '2026-11-23';

describe('loadDemo (a small demo LA, through the services, into PostgreSQL)', () => {
  const db = useTestDataSource();
  let report: DemoLoadReport;
  const progress: string[] = [];
  const rows = async <T>(sql: string, params: unknown[] = []): Promise<T[]> => (await db.ownerDataSource.query(sql, params)) as T[];

  beforeAll(async () => {
    report = await loadDemo(db.dataSource, { seed: 7, pupils: 600, today: TODAY, log: (m) => progress.push(m) });
  });

  it('reports its progress school by school', () => {
    expect(progress.some((m) => /^Loading marks: \d+\/60 schools/.test(m))).toBe(true);
    expect(progress.some((m) => /^Loading pupils: 60\/60 schools/.test(m))).toBe(true);
    expect(report.timings.map((t) => t.step)).toEqual([
      'generate the area',
      'local authorities, schools and pupils',
      'attendance marks',
      'casework',
      'sign-ins and API key',
    ]);
  });

  it('holds the fictional LA, its neighbour and their schools, each with a calendar for this year and last', async () => {
    const las = await rows<{ la_code: string; name: string }>(`SELECT la_code, name FROM local_authority ORDER BY la_code`);
    expect(las).toEqual([
      { la_code: NEIGHBOUR_LA.laCode, name: NEIGHBOUR_LA.name },
      { la_code: DEMO_LA.laCode, name: DEMO_LA.name },
    ]);
    const schools = await rows<{ la_code: string; n: number; officers: number; champions: number }>(
      `SELECT la_code, count(*)::int AS n, count(named_la_officer)::int AS officers, count(senior_attendance_champion)::int AS champions
         FROM school GROUP BY la_code ORDER BY la_code`,
    );
    expect(schools).toEqual([
      { la_code: NEIGHBOUR_LA.laCode, n: 1, officers: 1, champions: 1 },
      { la_code: DEMO_LA.laCode, n: 59, officers: 59, champions: 59 },
    ]);
    const calendars = await rows<{ half_terms: number; inset: number }>(
      `SELECT (SELECT count(*) FROM school_half_term h WHERE h.urn = s.urn)::int AS half_terms,
              (SELECT count(*) FROM school_closure c WHERE c.urn = s.urn AND c.kind = 'INSET')::int AS inset
         FROM school s`,
    );
    expect(calendars.every((c) => c.half_terms === 12 && c.inset === 10)).toBe(true);
  });

  it('gives every pupil a valid UPN, and some live across the border', async () => {
    const pupils = await rows<{ upn: string; la_code: string; home_la_code: string }>(`SELECT upn, la_code, home_la_code FROM pupil`);
    expect(pupils).toHaveLength(600);
    expect(pupils.filter((p) => !validateUpn(p.upn).allowed)).toEqual([]);
    expect(pupils.every((p) => p.upn.slice(1, 4) === p.la_code)).toBe(true);
    expect(pupils.some((p) => p.home_la_code !== p.la_code)).toBe(true);
  });

  it('has marks from the first day of the year up to today, with weekly summaries', async () => {
    const [range] = await rows<{ first: string; last: string; n: number }>(
      `SELECT min(date)::text AS first, max(date)::text AS last, count(*)::int AS n FROM attendance_mark`,
    );
    expect(range.first).toBe('2026-09-03');
    expect(range.last).toBe(TODAY);
    expect(range.n).toBe(report.marks);
    const [weeks] = await rows<{ last: string; enrolments: number }>(
      `SELECT max(week_start)::text AS last, count(DISTINCT enrolment_id)::int AS enrolments FROM pupil_week_summary`,
    );
    expect(weeks.last).toBe(weekStart(TODAY));
    expect(weeks.enrolments).toBeGreaterThan(550);
  });

  it('shows persistently absent pupils (missing 10 % or more of their possible sessions) in the summaries', async () => {
    const [pa] = await rows<{ enrolments: number; persistently_absent: number }>(
      `SELECT count(*)::int AS enrolments, count(*) FILTER (WHERE (absent * 10) >= possible)::int AS persistently_absent
         FROM (SELECT enrolment_id, sum(possible) AS possible, sum(authorised + unauthorised) AS absent
                 FROM pupil_week_summary GROUP BY enrolment_id HAVING sum(possible) > 0) e`,
    );
    expect(pa.persistently_absent / pa.enrolments).toBeGreaterThan(0.1);
    expect(pa.persistently_absent / pa.enrolments).toBeLessThan(0.35);
  });

  it('holds casework: plans, legal interventions, meetings, returns and parent requests', async () => {
    const plans = await rows<{ kind: string }>(`SELECT DISTINCT kind FROM support_plan ORDER BY kind`);
    expect(plans.map((p) => p.kind)).toEqual(expect.arrayContaining(['EARLY_HELP', 'SCHOOL_ATTENDANCE_PLAN']));
    const interventions = await rows<{ kind: string }>(`SELECT DISTINCT kind FROM intervention ORDER BY kind`);
    expect(interventions.map((i) => i.kind)).toEqual(expect.arrayContaining(['ATTENDANCE_CONTRACT', 'EDUCATION_SUPERVISION_ORDER', 'PROSECUTION']));
    const [meetings] = await rows<{ held: number; actions: number }>(
      `SELECT count(*) FILTER (WHERE held_on IS NOT NULL)::int AS held, (SELECT count(*) FROM targeting_support_meeting_action)::int AS actions
         FROM targeting_support_meeting`,
    );
    expect(meetings.held).toBeGreaterThanOrEqual(59);
    expect(meetings.actions).toBeGreaterThan(59);
    const returns = await rows<{ status: string }>(`SELECT DISTINCT status FROM statutory_return ORDER BY status`);
    expect(returns.map((r) => r.status)).toEqual(['ACKNOWLEDGED', 'DRAFT', 'SUBMITTED']);
    const [requests] = await rows<{ reports: number; leave: number }>(
      `SELECT (SELECT count(*) FROM absence_report)::int AS reports, (SELECT count(*) FROM leave_request)::int AS leave`,
    );
    expect(requests.reports).toBeGreaterThan(0);
    expect(requests.leave).toBeGreaterThan(0);
    expect(report.casework.refused).toEqual({});
  });

  it('has a sign-in for every demo role with the demo password, and a working API key', async () => {
    const identity = new IdentityService(db.dataSource);
    for (const signIn of DEMO_SIGN_INS) expect(await identity.verifyPassword(signIn.email, DEMO_PASSWORD)).not.toBeNull();
    const grants = await rows<{ email: string; role: string; urn: number | null; parent_id: string | null }>(
      `SELECT u.email, g.role, g.urn, g.parent_id::text AS parent_id FROM role_grant g JOIN app_user u ON u.id = g.user_id ORDER BY u.email`,
    );
    expect(new Set(grants.map((g) => g.role))).toEqual(new Set(['SCHOOL_STAFF', 'LA_OFFICER', 'LA_ADMIN', 'VIRTUAL_SCHOOL', 'PARENT']));
    const parentOfSiblings = report.signIns.find((s) => s.family === 'SIBLINGS');
    expect(parentOfSiblings?.children?.length).toBeGreaterThanOrEqual(2);
    const siblingGrants = grants.filter((g) => g.email === parentOfSiblings?.email);
    const children = await rows<{ n: number }>(
      `SELECT count(DISTINCT pupil_id)::int AS n FROM pupil_parent WHERE parent_id = ANY($1::bigint[])`,
      [siblingGrants.map((g) => g.parent_id)],
    );
    expect(children[0].n).toBe(parentOfSiblings?.children?.length);
    const key = await identity.verifyApiKey(report.apiKey.key);
    expect(key?.laCode).toBe(DEMO_LA.laCode);
  });
});
