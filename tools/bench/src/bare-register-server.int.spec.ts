import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Scope, systemActor } from '@rollcall/api-core';
import { RegisterEntryAttendanceService } from '@rollcall/api-dashboards';
import { ClassRegisterService, MarkRecordingService } from '@rollcall/api-registers';
import { useTestDataSource } from '@rollcall/db/testing';
import { sessionsBetween, typicalSchoolCalendar } from '@rollcall/rules';
import { setUpApiFixture, writtenBySubmissions } from './api-fixture';
import { CLASS_SIZE, SEEDED_SESSIONS, apiPlan, registerRead, submission } from './api-plan';
import { BareRegisterServer, createBareRegisterServer } from './bare-register-server';
import { TrustedOperation, documentBody, persistedQueryBody, trustedOperation } from './graphql-requests';

const documents = JSON.parse(readFileSync(join(__dirname, '../../../libs/sdk/src/generated/persisted-documents.json'), 'utf8')) as Record<string, string>;
const register = trustedOperation(documents, 'Register');
const classRegister: TrustedOperation = {
  name: 'ClassRegister',
  hash: '',
  text: `query ClassRegister($date: LocalDate!, $first: Int, $session: RegisterSession!, $urn: Int!, $yearGroup: Int) {
    register(urn: $urn, date: $date, session: $session, yearGroup: $yearGroup) { urn entries(first: $first) { nodes { upn yearGroup mark { code } } pageInfo { hasNextPage } } }
  }`,
};

const sessions = sessionsBetween(typicalSchoolCalendar(2025), '2025-09-01', '2026-07-22');
const plan = apiPlan({ laCode: '888', academicYear: 2025, sessions, submitSeconds: 1, schools: 2, staff: 2 });
const staffOf = (urn: number): Scope => ({ actor: systemActor('bench-test'), role: 'SCHOOL_STAFF', laCode: '888', urns: [urn] });

const db = useTestDataSource();

// Nested, so that the server is closed (this describe's afterAll) before the database is dropped (the file's).
describe('the API benchmark’s world and its bare graphql-js baseline', () => {
  let bare: BareRegisterServer;
  let base = '';
  let keys: readonly string[] = [];

  beforeAll(async () => {
    const fixture = await setUpApiFixture(db.dataSource, plan, () => undefined);
    keys = fixture.schoolKeys;
    expect(fixture.seededMarks).toBe(2 * 7 * CLASS_SIZE * SEEDED_SESSIONS);
    bare = createBareRegisterServer({ databaseUrl: db.ownerUrl, poolSize: 2, documents: new Map(Object.entries(documents)) });
    base = `http://127.0.0.1:${await bare.listen(0, '127.0.0.1')}`;
  });
  afterAll(async () => {
    await bare?.close();
  });

  const ask = async (body: string): Promise<{ data?: Record<string, unknown>; errors?: unknown[] }> => {
    const response = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(response.status).toBe(200);
    return (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  };

  it('sets up each school’s MIS key, and its staff can read their registers', async () => {
    expect(keys).toHaveLength(2);
    expect(keys.every((k) => k.startsWith('rk_'))).toBe(true);
    const read = registerRead(plan, 1);
    const page = await new ClassRegisterService(db.dataSource).entries(staffOf(read.urn), read, { first: CLASS_SIZE });
    expect(page.items).toHaveLength(CLASS_SIZE);
    expect(page.items.every((i) => i.node.mark !== null)).toBe(true);
  });

  it('answers the school portal’s Register by its hash with what the product’s services read, page and year to date alike', async () => {
    for (const i of [0, 1, 2, 5]) {
      const read = registerRead(plan, i);
      const key = { urn: read.urn, date: read.date, session: read.session, yearGroup: read.ncYear };
      const scope = staffOf(read.urn);
      const held = await new ClassRegisterService(db.dataSource).read(scope, key, { pages: [{ first: CLASS_SIZE }] });
      const page = held.pages[0];
      const yearToDate = await new RegisterEntryAttendanceService(db.dataSource).yearToDate(
        scope,
        page.items.map(({ node }) => ({ laCode: node.laCode, enrolmentId: node.enrolmentId, pupilId: node.pupilId, date: node.date })),
      );
      expect(yearToDate.every((y) => y.possibleSessions > 0 && y.stage !== null)).toBe(true);
      const answer = await ask(persistedQueryBody(register, { ...key, first: CLASS_SIZE }));
      expect(answer).toEqual({
        data: {
          register: {
            urn: read.urn,
            schoolName: held.register.schoolName,
            date: read.date,
            session: read.session,
            status: held.register.status,
            needsMarks: held.register.needsMarks,
            registerClosesAt: held.register.registerClosesAt,
            entries: {
              nodes: page.items.map(({ node }, n) => ({
                pupilId: node.pupilId,
                upn: node.upn,
                surname: node.surname,
                forename: node.forename,
                yearGroup: node.yearGroup,
                needsMark: node.needsMark,
                mark: node.mark && { code: node.mark.code, minutesLate: node.mark.minutesLate },
                yearToDate: {
                  possibleSessions: yearToDate[n].possibleSessions,
                  attendanceRate: yearToDate[n].attendanceRate,
                  overallAbsenceRate: yearToDate[n].overallAbsenceRate,
                  persistentlyAbsent: yearToDate[n].persistentlyAbsent,
                  severelyAbsent: yearToDate[n].severelyAbsent,
                  stage: yearToDate[n].stage && { band: yearToDate[n].stage?.band, stage: yearToDate[n].stage?.stage, label: yearToDate[n].stage?.label },
                },
              })),
              pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.items[page.items.length - 1]?.cursor },
            },
          },
        },
      });
    }
  });

  it('counts the roll, and reads a page after a cursor, as the product does', async () => {
    const read = registerRead(plan, 3);
    const key = { urn: read.urn, date: read.date, session: read.session };
    const service = new ClassRegisterService(db.dataSource);
    const first = await service.entries(staffOf(read.urn), key, { first: 40 });
    const next = await service.entries(staffOf(read.urn), key, { first: 40, after: first.items[39].cursor });
    const query = `query ($urn: Int!, $date: LocalDate!, $session: RegisterSession!, $after: String) {
      register(urn: $urn, date: $date, session: $session) { entries(first: 40, after: $after) { totalCount nodes { upn } pageInfo { hasNextPage endCursor } } } }`;
    const answer = await ask(JSON.stringify({ query, variables: { ...key, after: first.items[39].cursor } }));
    expect(answer.data?.['register']).toEqual({
      entries: {
        totalCount: first.totalCount,
        nodes: next.items.map(({ node }) => ({ upn: node.upn })),
        pageInfo: { hasNextPage: next.hasNextPage, endCursor: next.items[next.items.length - 1]?.cursor ?? null },
      },
    });
    expect(first.totalCount).toBe(7 * CLASS_SIZE);
  });

  it('reads one class when asked for a year group, as the product does', async () => {
    const read = registerRead(plan, 0);
    const key = { urn: read.urn, date: read.date, session: read.session, yearGroup: 3 };
    const page = await new ClassRegisterService(db.dataSource).entries(staffOf(read.urn), key, { first: 100 });
    const answer = await ask(documentBody(classRegister, { ...key, first: 100 }));
    const entries = (answer.data?.['register'] as { entries: { nodes: { upn: string; yearGroup: number; mark: { code: string } | null }[] } }).entries;
    expect(entries.nodes).toHaveLength(CLASS_SIZE);
    expect(entries.nodes).toEqual(page.items.map(({ node }) => ({ upn: node.upn, yearGroup: 3, mark: node.mark && { code: node.mark.code } })));
  });

  it('counts what register submissions wrote: 30 marks each', async () => {
    const marks = new MarkRecordingService(db.dataSource);
    for (const i of [0, 1, 2]) {
      const s = submission(plan, i);
      await marks.recordMarks(staffOf(s.urn), { urn: s.urn, date: s.date, session: s.session, idempotencyKey: s.idempotencyKey, marks: s.marks });
    }
    expect(await writtenBySubmissions(db.dataSource, plan)).toEqual({ submissions: 3, marks: 3 * CLASS_SIZE, partial: 0 });
  });
});
