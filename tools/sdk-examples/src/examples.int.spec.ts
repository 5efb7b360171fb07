import { systemActor, systemScope } from '@rollcall/api-core';
import { IdentityService } from '@rollcall/api-identity';
import { appDatabaseUrl, createDataSource } from '@rollcall/db';
import { createRollcallClient, RegisterDocument, RollcallClient, RollcallRequestError, SchoolsDocument } from '@rollcall/sdk';
import { attendanceRows, pullCohortAttendance } from './pull-cohort-attendance';
import { pupilsNeedingAction } from './pupils-needing-action';
import { pushRegisters } from './push-registers';
import { submitAttendanceReturn } from './submit-attendance-return';
import { RunningRollcall, startRollcall } from './testing/running-rollcall';

const today = new Date().toISOString().slice(0, 10);
const academicYearStart = `${Number(today.slice(0, 4)) - (Number(today.slice(5, 7)) < 9 ? 1 : 0)}-09-01`;

/** The SDK examples, run against the built API serving the demo LA, exactly as a third party would call it. */
describe('the SDK examples against a running Rollcall', () => {
  let rollcall: RunningRollcall;
  let mis: RollcallClient;
  let urn: number;

  beforeAll(async () => {
    rollcall = await startRollcall({ pupils: 3000 });
    mis = createRollcallClient({ url: rollcall.url, apiKey: rollcall.demoApiKey });
    const { schools } = await mis.request(SchoolsDocument, { first: 10 });
    expect(schools.nodes).toHaveLength(1);
    urn = schools.nodes[0].urn;
  });
  afterAll(async () => {
    await rollcall?.stop();
  });

  it("pushes a session's register, and a retry with the same key records it once", async () => {
    const { register } = await mis.request(RegisterDocument, { urn, date: today, session: 'AM', first: 100 });
    const pupils = register.entries.nodes.filter((e) => e.needsMark).slice(0, 5);
    expect(pupils.length).toBeGreaterThan(0);
    const request = {
      urn,
      date: today,
      session: 'AM' as const,
      marks: pupils.map((p, i) => ({ upn: p.upn, code: i === 0 ? 'L' : '/', minutesLate: i === 0 ? 5 : undefined })),
      idempotencyKey: `sdk-example-${urn}-${today}-AM`,
    };
    const recorded = await pushRegisters(mis, request);
    expect(recorded.repeated).toBe(false);
    expect(recorded.marks.map((m) => m.code)).toEqual(['L', '/', '/', '/', '/'].slice(0, pupils.length));
    expect((await pushRegisters(mis, request)).repeated).toBe(true);
    const after = await mis.request(RegisterDocument, { urn, date: today, session: 'AM', first: 100 });
    const first = after.register.entries.nodes.find((e) => e.upn === pupils[0].upn);
    expect(first?.mark).toEqual({ code: 'L', minutesLate: 5 });
  });

  it('says which mark to fix when a register is refused', async () => {
    const { register } = await mis.request(RegisterDocument, { urn, date: today, session: 'PM', first: 1 });
    await expect(
      pushRegisters(mis, { urn, date: today, session: 'PM', marks: [{ upn: register.entries.nodes[0].upn, code: 'H' }], idempotencyKey: `sdk-example-bad-${today}` }),
    ).rejects.toThrow(/INVALID_MARKS: Nothing was recorded: mark 1, marks\[0\]\.code: Code "H" is not a 2024 attendance code/);
  });

  it("pulls the school's attendance by year group and cohort, ready for a spreadsheet", async () => {
    const attendance = await pullCohortAttendance(mis, { urn, from: academicYearStart, to: today });
    expect(attendance.figures.possibleSessions).toBeGreaterThan(0);
    expect(attendance.figures.attendanceRate).toBeGreaterThan(80);
    expect(attendance.byYearGroup.length).toBeGreaterThan(0);
    const rows = attendanceRows(attendance);
    expect(rows[0]).toEqual(['group', 'pupils', 'attendance %', 'absence %', 'persistently absent', 'severely absent']);
    expect(rows[1]?.[0]).toBe('All pupils');
  });

  it('lists every pupil needing action, following the pages', async () => {
    const all = await pupilsNeedingAction(mis, { urn, pageSize: 5 });
    expect(all.length).toBeGreaterThan(5);
    expect(new Set(all.map((p) => p.pupilId)).size).toBe(all.length);
    expect(all.every((p) => p.urn === urn && p.needs.length > 0)).toBe(true);
  });

  it("submits the school's attendance return with a key that may, and is refused with one that may not", async () => {
    const dataSource = createDataSource({ url: appDatabaseUrl(rollcall.ownerUrl), poolSize: 1 });
    await dataSource.initialize();
    const { key } = await new IdentityService(dataSource)
      .createApiKey(systemScope(systemActor('sdk-examples')), { laCode: '928', urn, name: 'Returns (SDK example)', scopes: ['returns:write'] })
      .finally(() => dataSource.destroy());
    const returns = createRollcallClient({ url: rollcall.url, apiKey: key });
    const month = today.slice(0, 7);
    const lastDay = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).toISOString().slice(0, 10);
    const request = { urn, periodStart: `${month}-01`, periodEnd: lastDay, idempotencyKey: `sdk-example-return-${urn}-${month}` };
    const submitted = await submitAttendanceReturn(returns, request);
    expect(submitted).toMatchObject({ kind: 'ATTENDANCE', status: 'SUBMITTED', urn, periodStart: `${month}-01` });
    const refused = await submitAttendanceReturn(mis, request).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(RollcallRequestError);
    expect((refused as RollcallRequestError).errors[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });
});
