import { todayInEngland } from '@rollcall/api-pupils';
import { addDays } from '@rollcall/rules';
import { countStatements, useApi } from '../testing/api-harness';
import type { Caller } from '../testing/api-harness';
import { Callers, CaseworkWorld, asSystem, errorCode, outcomeOf, resultOf, rowCount, seedCaseworkWorld, seedScaleSchool, signInEveryone } from './casework.fixture';

const REPORT = `mutation ($input: ReportAbsenceInput!) { reportAbsence(input: $input) {
  __typename ... on AbsenceReport { id pupilId parentId firstDate firstSession lastDate lastSession reason details status } ... on Refused { code message field }
} }`;

const REQUEST = `mutation ($input: RequestLeaveInput!) { requestLeave(input: $input) {
  __typename ... on LeaveRequest { id status firstDate lastDate reason } ... on Refused { code message field }
} }`;

const DECIDE = `mutation ($input: DecideLeaveInput!) { decideLeaveRequest(input: $input) {
  __typename ... on LeaveRequest { id status decisionCode decisionReason decidedAt } ... on LeaveDecisionRefused { reason message field }
} }`;

const REPORTS = `query ($filter: AbsenceReportFilter) { absenceReports(filter: $filter) { totalCount nodes { id pupilId parentId reason status } } }`;
const LEAVE = `query ($filter: LeaveRequestFilter) { leaveRequests(filter: $filter) { totalCount nodes { id pupilId parentId status decisionCode decisionReason } } }`;

/** Dates after "today" (the server's, in England), for leave asked for in advance. */
const TODAY = todayInEngland();
const NEXT_TERM = { firstDate: addDays(TODAY, 70), lastDate: addDays(TODAY, 74) };

describe("parents' absence reports and leave requests over HTTP", () => {
  const api = useApi({ requestsPerMinute: { apiKey: 10_000, account: 10_000, anonymous: 10_000 } });
  let w: CaseworkWorld;
  let as: Callers;
  let carer: Caller;
  let bensDad: Caller;

  beforeAll(async () => {
    w = await seedCaseworkWorld(api.dataSource);
    as = await signInEveryone(api, w);
    carer = await api.signIn({ role: 'PARENT', laCode: w.home, parentId: w.amysAunt });
    bensDad = await api.signIn({ role: 'PARENT', laCode: w.home, parentId: w.bensDad });
  });

  const absence = { firstDate: '2026-12-07', firstSession: 'AM', lastDate: '2026-12-08', lastSession: 'PM', reason: 'ILLNESS', details: 'Temperature' };

  describe('reportAbsence: a parent with parental responsibility, or the school recording their call', () => {
    const cases: [string, (as: Callers) => Caller, Record<string, unknown>, string][] = [
      ['nobody', (c) => c.nobody, { pupilId: 'amy' }, 'UNAUTHENTICATED'],
      ['an LA officer', (c) => c.officer, { pupilId: 'amy' }, 'FORBIDDEN'],
      ['the Virtual School', (c) => c.virtualSchool, { pupilId: 'cal' }, 'FORBIDDEN'],
      ['an API key', (c) => c.laKey, { pupilId: 'amy' }, 'FORBIDDEN'],
      ["Amy's mother for Amy", (c) => c.parent, { pupilId: 'amy' }, 'AbsenceReport'],
      ["Amy's mother for Ben", (c) => c.parent, { pupilId: 'ben' }, 'NO_PARENTAL_RESPONSIBILITY'],
      ["Amy's mother as Ben's father", (c) => c.parent, { pupilId: 'ben', parentId: 'bensDad' }, 'NOT_PERMITTED'],
      ["Amy's school for her mother", (c) => c.staffA, { pupilId: 'amy', parentId: 'amysMum' }, 'AbsenceReport'],
      ["Amy's school, not saying who called", (c) => c.staffA, { pupilId: 'amy' }, 'INVALID_INPUT'],
      ["Ben's school for Amy", (c) => c.staffB, { pupilId: 'amy', parentId: 'amysMum' }, 'PUPIL_NOT_ON_ROLL'],
    ];
    it.each(cases)('%s → %s', async (_who, caller, ids, expected) => {
      const before = await rowCount(api.dataSource, 'absence_report');
      const named = Object.fromEntries(Object.entries(ids).map(([k, v]) => [k, (w as unknown as Record<string, string>)[v as string]]));
      const response = await caller(as).query(REPORT, { input: { ...absence, ...named } });
      expect(outcomeOf(response, 'reportAbsence', resultOf)).toBe(expected);
      expect(await rowCount(api.dataSource, 'absence_report')).toBe(before + (expected === 'AbsenceReport' ? 1 : 0));
    });

    it('refuses a carer without parental responsibility', async () => {
      const response = await carer.query(REPORT, { input: { ...absence, pupilId: w.amy } });
      expect(response.body.data).toMatchObject({
        reportAbsence: { code: 'NO_PARENTAL_RESPONSIBILITY', message: 'Only a parent or carer with parental responsibility for the child can report their absence.' },
      });
    });
  });

  it('refuses a report that makes no sense, saying which field to fix, and writes nothing', async () => {
    const before = await rowCount(api.dataSource, 'absence_report');
    const backwards = await as.parent.query(REPORT, { input: { ...absence, pupilId: w.amy, lastDate: '2026-12-06' } });
    expect(backwards.body.data).toMatchObject({ reportAbsence: { code: 'INVALID_PERIOD', field: 'lastDate', message: 'The absence must end on or after the session it starts.' } });
    const noWhy = await as.parent.query(REPORT, { input: { ...absence, pupilId: w.amy, reason: 'OTHER', details: ' ' } });
    expect(noWhy.body.data).toMatchObject({ reportAbsence: { code: 'INVALID_INPUT', field: 'details', message: 'Say why the child is absent.' } });
    expect(errorCode(await as.parent.query(REPORT, { input: { ...absence, pupilId: w.amy, firstSession: 'EVENING' } }))).toBe('BAD_USER_INPUT');
    expect(await rowCount(api.dataSource, 'absence_report')).toBe(before);
  });

  describe('absenceReports: parents see their own, the school its pupils’', () => {
    const cases: [keyof Callers, string | string[]][] = [
      ['nobody', 'UNAUTHENTICATED'],
      ['officer', 'FORBIDDEN'],
      ['virtualSchool', 'FORBIDDEN'],
      ['laKey', 'FORBIDDEN'],
      ['parent', ['amy', 'amy']],
      ['staffA', ['amy', 'amy']],
      ['staffB', []],
    ];
    it.each(cases)('%s → %j', async (caller, expected) => {
      const response = await as[caller].query(REPORTS);
      const names = (c: { nodes: { pupilId: string }[] }) => c.nodes.map((n) => (n.pupilId === w.amy ? 'amy' : n.pupilId));
      expect(outcomeOf(response, 'absenceReports', names)).toEqual(expected);
    });

    it('shows Ben’s father nothing of Amy’s', async () => {
      expect((await bensDad.query(REPORTS)).body.data).toEqual({ absenceReports: { totalCount: 0, nodes: [] } });
    });
  });

  it('lets the school accept or query a report, and tells the parent when it queries one', async () => {
    const [report] = ((await as.staffA.query<{ absenceReports: { nodes: { id: string }[] } }>(REPORTS)).body.data?.absenceReports.nodes ?? []);
    const review = (caller: Caller, status: string) =>
      caller.query(`mutation ($input: ReviewAbsenceReportInput!) { reviewAbsenceReport(input: $input) { __typename ... on AbsenceReport { status } ... on Refused { code } } }`, {
        input: { reportId: report.id, status },
      });
    expect(errorCode(await review(as.parent, 'ACCEPTED'))).toBe('FORBIDDEN');
    expect((await review(as.staffB, 'ACCEPTED')).body.data).toMatchObject({ reviewAbsenceReport: { code: 'UNKNOWN_REQUEST' } });
    expect((await review(as.staffA, 'QUERIED')).body.data).toEqual({ reviewAbsenceReport: { __typename: 'AbsenceReport', status: 'QUERIED' } });
    expect((await review(as.staffA, 'ACCEPTED')).body.data).toEqual({ reviewAbsenceReport: { __typename: 'AbsenceReport', status: 'ACCEPTED' } });
    expect((await review(as.staffA, 'QUERIED')).body.data).toMatchObject({ reviewAbsenceReport: { code: 'ALREADY_ACCEPTED' } });
    const told = await asSystem(api.dataSource, `SELECT kind, recipient FROM notification_outbox WHERE payload->>'entityId' = $1 ORDER BY id`, [report.id]);
    expect(told).toEqual(expect.arrayContaining([{ kind: 'ABSENCE_REPORT_QUERIED', recipient: `parent:${w.amysMum}` }]));
  });

  describe('leave of absence', () => {
    const ask = (caller: Caller, input: object) => caller.query<{ requestLeave: { id: string } }>(REQUEST, { input: { pupilId: w.amy, ...NEXT_TERM, reason: 'Grandparent’s funeral abroad', ...input } });

    it('is asked for in advance, by a parent for themselves (only the school records a request made on an earlier day)', async () => {
      const before = await rowCount(api.dataSource, 'leave_request');
      expect((await ask(as.parent, { firstDate: addDays(TODAY, -30), lastDate: addDays(TODAY, -29) })).body.data).toMatchObject({
        requestLeave: { code: 'NOT_IN_ADVANCE', field: 'firstDate', message: 'Leave of absence must be asked for before it starts.' },
      });
      expect((await ask(as.parent, { requestedOn: addDays(TODAY, -1) })).body.data).toMatchObject({ requestLeave: { code: 'NOT_PERMITTED', field: 'requestedOn' } });
      expect((await ask(as.parent, { reason: '  ' })).body.data).toMatchObject({ requestLeave: { code: 'INVALID_INPUT', field: 'reason' } });
      expect(errorCode(await ask(as.officer, {}))).toBe('FORBIDDEN');
      expect(await rowCount(api.dataSource, 'leave_request')).toBe(before);
      expect((await ask(as.parent, {})).body.data).toMatchObject({ requestLeave: { __typename: 'LeaveRequest', status: 'PENDING' } });
      expect((await ask(as.staffA, { parentId: w.amysMum, requestedOn: addDays(TODAY, -30), firstDate: addDays(TODAY, -10), lastDate: addDays(TODAY, -10), reason: 'Interview at a secondary school' })).body.data).toMatchObject({
        requestLeave: { status: 'PENDING' },
      });
      expect(await rowCount(api.dataSource, 'leave_request')).toBe(before + 2);
    });

    it('is decided by the school under reg 11, as a typed refusal when the rules say no, and the parent is told', async () => {
      const pending = ((await as.staffA.query<{ leaveRequests: { nodes: { id: string; status: string }[] } }>(LEAVE, { filter: { statuses: ['PENDING'] } })).body.data?.leaveRequests.nodes ?? []);
      expect(pending).toHaveLength(2);
      const [funeral, interview] = pending;
      const decide = (caller: Caller, input: object) => caller.query(DECIDE, { input: { requestId: funeral.id, ...input } });
      expect(errorCode(await decide(as.parent, { decision: 'GRANTED', code: 'C', reason: 'Yes' }))).toBe('FORBIDDEN');
      expect((await decide(as.staffA, { decision: 'GRANTED', code: 'C', reason: 'Family funeral' })).body.data).toEqual({
        decideLeaveRequest: {
          __typename: 'LeaveDecisionRefused',
          reason: 'NOT_EXCEPTIONAL_CIRCUMSTANCES',
          message: 'Leave under C or C2 may only be granted in exceptional circumstances.',
          field: 'exceptionalCircumstances',
        },
      });
      expect((await decide(as.staffA, { decision: 'REFUSED', code: 'C', reason: 'No' })).body.data).toMatchObject({ decideLeaveRequest: { reason: 'CODE_ONLY_WHEN_GRANTED', field: 'code' } });
      expect((await decide(as.staffA, { decision: 'GRANTED', reason: 'Family funeral' })).body.data).toMatchObject({ decideLeaveRequest: { reason: 'CODE_REQUIRED' } });
      expect((await decide(as.staffA, { decision: 'GRANTED', code: 'C', reason: ' ', exceptionalCircumstances: true })).body.data).toMatchObject({
        decideLeaveRequest: { reason: 'REASON_REQUIRED' },
      });
      expect((await decide(as.staffB, { decision: 'GRANTED', code: 'C', reason: 'x', exceptionalCircumstances: true })).body.data).toMatchObject({
        decideLeaveRequest: { reason: 'UNKNOWN_REQUEST' },
      });
      expect((await decide(as.staffA, { decision: 'GRANTED', code: 'C', reason: 'Family funeral: exceptional', exceptionalCircumstances: true })).body.data).toMatchObject({
        decideLeaveRequest: { __typename: 'LeaveRequest', status: 'GRANTED', decisionCode: 'C', decisionReason: 'Family funeral: exceptional' },
      });
      expect((await decide(as.staffA, { decision: 'REFUSED', reason: 'Changed my mind' })).body.data).toMatchObject({ decideLeaveRequest: { reason: 'ALREADY_DECIDED' } });
      expect((await as.staffA.query(DECIDE, { input: { requestId: interview.id, decision: 'REFUSED', reason: 'Please arrange it after school' } })).body.data).toMatchObject({
        decideLeaveRequest: { status: 'REFUSED', decisionCode: null },
      });
      const told = await asSystem(api.dataSource, `SELECT recipient FROM notification_outbox WHERE kind = 'LEAVE_DECIDED' ORDER BY id`);
      expect(told).toEqual([{ recipient: `parent:${w.amysMum}` }, { recipient: `parent:${w.amysMum}` }]);
      const parentSees = (await as.parent.query<{ leaveRequests: { nodes: { status: string; decisionReason: string }[] } }>(LEAVE)).body.data?.leaveRequests.nodes ?? [];
      expect(parentSees.map((n) => n.status).sort()).toEqual(['GRANTED', 'REFUSED']);
    });

    it('can be withdrawn by the parent while it waits, not after', async () => {
      const asked = await ask(as.parent, { firstDate: addDays(TODAY, 90), lastDate: addDays(TODAY, 90), reason: 'Hospital appointment' });
      const withdraw = (caller: Caller, requestId: string) =>
        caller.query(`mutation ($input: WithdrawLeaveRequestInput!) { withdrawLeaveRequest(input: $input) { __typename ... on LeaveRequest { status } ... on Refused { code } } }`, {
          input: { requestId },
        });
      const id = asked.body.data?.requestLeave.id as string;
      expect((await withdraw(bensDad, id)).body.data).toMatchObject({ withdrawLeaveRequest: { code: 'UNKNOWN_REQUEST' } });
      expect((await withdraw(as.parent, id)).body.data).toEqual({ withdrawLeaveRequest: { __typename: 'LeaveRequest', status: 'WITHDRAWN' } });
      expect((await withdraw(as.parent, id)).body.data).toMatchObject({ withdrawLeaveRequest: { code: 'ALREADY_DECIDED' } });
    });
  });

  describe('notifications: each caller reads only what is addressed to them', () => {
    const LIST = `query ($filter: NotificationFilter) { notifications(filter: $filter) { nodes { kind recipient title pending } } }`;
    const recipientsSeen = async (caller: Caller) =>
      outcomeOf(await caller.query(LIST), 'notifications', (c: { nodes: { recipient: string }[] }) => [...new Set(c.nodes.map((n) => n.recipient))].sort());

    beforeAll(async () => {
      await asSystem(
        api.dataSource,
        `INSERT INTO notification_outbox (la_code, kind, recipient, payload)
         SELECT la, 'TEST', r, '{"title":"For you"}' FROM (VALUES ('928', 'la:928'), ('928', 'virtual-school:928'), ('343', 'la:343'), ('928', 'school:100002')) AS v(la, r)`,
      );
    });

    it.each([
      ['nobody', 'UNAUTHENTICATED'],
      ['officer', ['la:928']],
      ['admin', ['la:928']],
      ['neighbourOfficer', ['la:343']],
      ['laKey', 'FORBIDDEN'],
    ] as [keyof Callers, string | string[]][])('%s → %j', async (caller, expected) => {
      expect(await recipientsSeen(as[caller])).toEqual(expected);
    });

    // A school, the Virtual School and a parent read what is addressed to them (the outbox policy reads `recipient`).
    it.each([
      ['staffA', [`school:100001`]],
      ['staffB', ['school:100002']],
      ['virtualSchool', ['virtual-school:928']],
    ] as [keyof Callers, string[]][])('%s → %j', async (caller, expected) => {
      expect(await recipientsSeen(as[caller])).toEqual(expected);
    });

    it("shows a parent the school's answers to their requests", async () => {
      const seen = (await as.parent.query<{ notifications: { nodes: { kind: string }[] } }>(LIST)).body.data?.notifications.nodes.map((n) => n.kind);
      expect(seen).toEqual(expect.arrayContaining(['LEAVE_DECIDED', 'ABSENCE_REPORT_QUERIED']));
    });

    it('filters to what is still waiting to be sent', async () => {
      await asSystem(api.dataSource, `UPDATE notification_outbox SET sent_at = now() WHERE recipient = 'la:928' AND kind = 'TEST'`);
      expect((await as.officer.query(LIST, { filter: { pending: true } })).body.data).toEqual({ notifications: { nodes: [] } });
      expect((await as.officer.query(LIST, { filter: { pending: false, kinds: ['TEST'] } })).body.data).toEqual({
        notifications: { nodes: [{ kind: 'TEST', recipient: 'la:928', title: 'For you', pending: false }] },
      });
    });
  });
});

describe('parent requests: a page of 1, 10 or 100 costs the same number of statements', () => {
  const api = useApi({ requestsPerMinute: { apiKey: 10_000, account: 10_000, anonymous: 10_000 } });

  it('lists absence reports and leave requests with their pupils in a constant number of statements', async () => {
    const la = await seedScaleSchool(api.dataSource, 100, true);
    await asSystem(api.dataSource, `INSERT INTO parent (la_code, forename, surname) SELECT la_code, 'Parent', surname FROM pupil WHERE la_code = $1`, [la]);
    await asSystem(
      api.dataSource,
      `INSERT INTO absence_report (la_code, pupil_id, parent_id, first_date, first_session, last_date, last_session, reason)
       SELECT p.la_code, p.id, pa.id, '2026-12-07', 'AM', '2026-12-07', 'PM', 'ILLNESS' FROM pupil p JOIN parent pa ON pa.la_code = p.la_code AND pa.surname = p.surname WHERE p.la_code = $1`,
      [la],
    );
    await asSystem(
      api.dataSource,
      `INSERT INTO leave_request (la_code, pupil_id, parent_id, first_date, last_date, reason)
       SELECT p.la_code, p.id, pa.id, '2027-02-15', '2027-02-16', 'Wedding' FROM pupil p JOIN parent pa ON pa.la_code = p.la_code AND pa.surname = p.surname WHERE p.la_code = $1`,
      [la],
    );
    const staff = await api.signIn({ role: 'SCHOOL_STAFF', laCode: la, urn: 100009 });
    for (const [field, query] of [
      ['absenceReports', `query ($first: Int) { absenceReports(first: $first) { nodes { id reason pupil { upn } } } }`],
      ['leaveRequests', `query ($first: Int) { leaveRequests(first: $first) { nodes { id status pupil { upn } } } }`],
    ]) {
      const counts: number[] = [];
      for (const first of [1, 10, 100]) {
        counts.push(
          await countStatements(async () => {
            const response = await staff.query<Record<string, { nodes: { pupil: unknown }[] }>>(query, { first });
            expect(response.body.errors).toBeUndefined();
            expect(response.body.data?.[field].nodes).toHaveLength(first);
            expect(response.body.data?.[field].nodes[0].pupil).not.toBeNull();
          }),
        );
      }
      expect(counts[1]).toBe(counts[0]);
      expect(counts[2]).toBe(counts[0]);
    }
  });
});
