import { countStatements, useApi } from '../testing/api-harness';
import { Callers, CaseworkWorld, asSystem, errorCode, outcomeOf, resultOf, rowCount, seedCaseworkWorld, seedScaleSchool, signInEveryone } from './casework.fixture';

const SCHEDULE = `mutation ($input: ScheduleTargetingSupportMeetingInput!) { scheduleTargetingSupportMeeting(input: $input) {
  __typename ... on TargetingSupportMeeting { id urn academicYear term scheduledFor heldOn } ... on Refused { code message field }
} }`;

const RECORD = `mutation ($input: RecordTargetingSupportMeetingInput!) { recordTargetingSupportMeeting(input: $input) {
  __typename
  ... on TargetingSupportMeeting { id heldOn attendees minutes actions { id pupilId description owner dueOn status pupil { forename } } }
  ... on Refused { code message field }
} }`;

const LIST = `query ($filter: TargetingSupportMeetingFilter) { targetingSupportMeetings(filter: $filter) { totalCount nodes { id urn term academicYear heldOn } } }`;

describe('Targeting Support Meetings over HTTP', () => {
  const api = useApi({ requestsPerMinute: { apiKey: 10_000, account: 10_000, anonymous: 10_000 } });
  let w: CaseworkWorld;
  let as: Callers;
  const meetings = new Map<string, string>();

  beforeAll(async () => {
    w = await seedCaseworkWorld(api.dataSource);
    as = await signInEveryone(api, w);
  });

  describe('scheduleTargetingSupportMeeting: the LA schedules one per school per term', () => {
    const cases: [keyof Callers, Record<string, unknown>, string][] = [
      ['nobody', {}, 'UNAUTHENTICATED'],
      ['parent', {}, 'FORBIDDEN'],
      ['staffA', {}, 'FORBIDDEN'],
      ['virtualSchool', {}, 'FORBIDDEN'],
      ['laKey', {}, 'FORBIDDEN'],
      ['neighbourOfficer', {}, 'SCHOOL_IN_ANOTHER_LA'],
      ['officer', { scheduledFor: '2026-01-21' }, 'DATE_OUTSIDE_TERM'],
      ['officer', { academicYear: 2024 }, 'DATE_OUTSIDE_ACADEMIC_YEAR'],
      ['officer', {}, 'TargetingSupportMeeting'],
      ['admin', { scheduledFor: '2025-11-12' }, 'ALREADY_SCHEDULED'],
      ['admin', { urn: 100002, term: 'SPRING', scheduledFor: '2026-01-21' }, 'TargetingSupportMeeting'],
    ];
    it.each(cases)('%s %j → %s', async (caller, extra, expected) => {
      const before = await rowCount(api.dataSource, 'targeting_support_meeting');
      const response = await as[caller].query<{ scheduleTargetingSupportMeeting: { id: string; urn: number } }>(SCHEDULE, {
        input: { urn: 100001, academicYear: 2025, term: 'AUTUMN', scheduledFor: '2025-10-08', ...extra },
      });
      expect(outcomeOf(response, 'scheduleTargetingSupportMeeting', resultOf)).toBe(expected);
      expect(await rowCount(api.dataSource, 'targeting_support_meeting')).toBe(before + (expected === 'TargetingSupportMeeting' ? 1 : 0));
      const made = response.body.data?.scheduleTargetingSupportMeeting;
      if (expected === 'TargetingSupportMeeting' && made) meetings.set(String(made.urn), made.id);
    });

    it('says when the school’s meeting for that term already is, and tells the school', async () => {
      const again = await as.officer.query(SCHEDULE, { input: { urn: 100001, academicYear: 2025, term: 'AUTUMN', scheduledFor: '2025-11-12' } });
      expect(again.body.data).toMatchObject({
        scheduleTargetingSupportMeeting: { code: 'ALREADY_SCHEDULED', message: 'School 100001 already has its autumn 2025/26 meeting, on 2025-10-08.' },
      });
      expect(errorCode(await as.officer.query(SCHEDULE, { input: { urn: 100001, academicYear: 2025, term: 'WINTER', scheduledFor: '2025-11-12' } }))).toBe('BAD_USER_INPUT');
      const told = await asSystem(api.dataSource, `SELECT kind, recipient FROM notification_outbox WHERE payload->>'entityId' = $1`, [meetings.get('100001')]);
      expect(told).toEqual([{ kind: 'TARGETING_SUPPORT_MEETING_SCHEDULED', recipient: 'school:100001' }]);
    });
  });

  it('records the meeting once, with actions only for pupils at the school, and the actions can be completed', async () => {
    const meetingId = meetings.get('100001');
    const base = { meetingId, heldOn: '2025-10-08', attendees: ['Jo Bloggs (Senior Attendance Champion)', 'Sam Lee (LA attendance officer)'], minutes: 'Reviewed the persistently absent cohort.' };
    const before = await rowCount(api.dataSource, 'targeting_support_meeting_action');
    expect((await as.staffA.query(RECORD, { input: { ...base, actions: [{ pupilId: w.ben, description: 'x', owner: 'y' }] } })).body.data).toMatchObject({
      recordTargetingSupportMeeting: { code: 'PUPIL_NOT_AT_SCHOOL', field: 'actions[0].pupilId' },
    });
    expect((await as.staffA.query(RECORD, { input: { ...base, attendees: [], actions: [] } })).body.data).toMatchObject({
      recordTargetingSupportMeeting: { code: 'INVALID_INPUT', field: 'attendees', message: 'List who attended the meeting.' },
    });
    // Another school's meeting does not exist for its staff (row-level security).
    expect((await as.staffB.query(RECORD, { input: { ...base, actions: [] } })).body.data).toMatchObject({ recordTargetingSupportMeeting: { code: 'UNKNOWN_MEETING' } });
    expect(await rowCount(api.dataSource, 'targeting_support_meeting_action')).toBe(before);

    const actions = [
      { pupilId: w.amy, description: 'Invite family to an attendance panel', owner: 'Jo Bloggs', dueOn: '2025-10-15' },
      { description: 'Year 3 breakfast club', owner: 'Head of Year 3' },
    ];
    const recorded = await as.staffA.query<{ recordTargetingSupportMeeting: { actions: { id: string }[] } }>(RECORD, { input: { ...base, actions } });
    expect(recorded.body.data).toMatchObject({
      recordTargetingSupportMeeting: {
        heldOn: '2025-10-08',
        attendees: base.attendees,
        actions: [
          { pupilId: w.amy, description: 'Invite family to an attendance panel', status: 'OPEN', pupil: { forename: 'Amy' } },
          { pupilId: null, description: 'Year 3 breakfast club', status: 'OPEN', pupil: null },
        ],
      },
    });
    expect((await as.officer.query(RECORD, { input: { ...base, actions: [] } })).body.data).toMatchObject({ recordTargetingSupportMeeting: { code: 'ALREADY_RECORDED' } });

    const complete = (caller: keyof Callers, actionId: string, status?: string) =>
      as[caller].query(
        `mutation ($input: CompleteMeetingActionInput!) { completeTargetingSupportMeetingAction(input: $input) { __typename
          ... on TargetingSupportMeeting { actions { id status } } ... on Refused { code message } } }`,
        { input: { actionId, ...(status ? { status } : {}) } },
      );
    const [first, second] = recorded.body.data?.recordTargetingSupportMeeting.actions ?? [];
    expect(errorCode(await complete('parent', first.id))).toBe('FORBIDDEN');
    expect((await complete('staffA', first.id)).body.data).toMatchObject({ completeTargetingSupportMeetingAction: { actions: [{ status: 'DONE' }, { status: 'OPEN' }] } });
    expect((await complete('officer', second.id, 'DROPPED')).body.data).toMatchObject({ completeTargetingSupportMeetingAction: { actions: [{ status: 'DONE' }, { status: 'DROPPED' }] } });
    expect((await complete('staffA', first.id)).body.data).toMatchObject({ completeTargetingSupportMeetingAction: { code: 'ACTION_NOT_OPEN', message: 'The action is already done.' } });
    const audited = await asSystem(api.dataSource, `SELECT action FROM audit_event WHERE entity = 'TargetingSupportMeetingAction' AND pupil_id = $1 AND action <> 'READ' ORDER BY id`, [w.amy]);
    expect(audited).toEqual([{ action: 'UPDATE' }, { action: 'UPDATE' }]);
  });

  describe('targetingSupportMeetings: a school sees its own meetings, the LA all of its', () => {
    const cases: [keyof Callers, string | number[]][] = [
      ['nobody', 'UNAUTHENTICATED'],
      ['parent', 'FORBIDDEN'],
      ['virtualSchool', 'FORBIDDEN'],
      ['keyWithoutScope', 'FORBIDDEN'],
      ['staffA', [100001]],
      ['staffB', [100002]],
      ['schoolKeyA', [100001]],
      ['officer', [100001, 100002]],
      ['admin', [100001, 100002]],
      ['laKey', [100001, 100002]],
      ['neighbourOfficer', []],
    ];
    it.each(cases)('%s → %j', async (caller, expected) => {
      const response = await as[caller].query(LIST);
      expect(outcomeOf(response, 'targetingSupportMeetings', (c: { nodes: { urn: number }[] }) => c.nodes.map((n) => n.urn).sort())).toEqual(expected);
    });
  });

  it('filters by school, year, term and whether held, and reads a meeting’s actions with their pupils', async () => {
    const urns = async (filter: object) =>
      ((await as.officer.query<{ targetingSupportMeetings: { nodes: { urn: number }[] } }>(LIST, { filter })).body.data?.targetingSupportMeetings.nodes ?? []).map((n) => n.urn);
    expect(await urns({ term: 'SPRING' })).toEqual([100002]);
    expect(await urns({ held: true })).toEqual([100001]);
    expect(await urns({ held: false, academicYear: 2025 })).toEqual([100002]);
    expect(await urns({ academicYear: 2024 })).toEqual([]);
    const one = await as.schoolKeyA.query(`query ($id: ID!) { targetingSupportMeeting(id: $id) { minutes actions { description pupil { surname } } } }`, { id: meetings.get('100001') });
    expect(one.body.data).toMatchObject({ targetingSupportMeeting: { minutes: 'Reviewed the persistently absent cohort.', actions: [{ pupil: { surname: 'Casework' } }, { pupil: null }] } });
    expect((await as.staffB.query(`query ($id: ID!) { targetingSupportMeeting(id: $id) { id } }`, { id: meetings.get('100001') })).body.data).toEqual({ targetingSupportMeeting: null });
  });
});

describe('Targeting Support Meetings: a page of 1, 10 or 100 costs the same number of statements', () => {
  const api = useApi({ requestsPerMinute: { apiKey: 10_000, account: 10_000, anonymous: 10_000 } });

  it('lists meetings with their actions and pupils in a constant number of statements', async () => {
    const la = await seedScaleSchool(api.dataSource, 100);
    await asSystem(
      api.dataSource,
      `INSERT INTO targeting_support_meeting (la_code, urn, academic_year, term, scheduled_for, held_on, attendees, minutes)
       SELECT $1, 100009, y, 'AUTUMN', make_date(y, 10, 8), make_date(y, 10, 8), 'Head', 'Notes' FROM generate_series(1926, 2025) AS y`,
      [la],
    );
    await asSystem(
      api.dataSource,
      `INSERT INTO targeting_support_meeting_action (la_code, meeting_id, pupil_id, description, owner)
       SELECT m.la_code, m.id, p.id, 'Call home', 'Head' FROM targeting_support_meeting m
         JOIN pupil p ON p.la_code = m.la_code AND p.surname = 'No' || (m.academic_year - 1925) WHERE m.la_code = $1`,
      [la],
    );
    const officer = await api.signIn({ role: 'LA_OFFICER', laCode: la });
    const query = `query ($first: Int) { targetingSupportMeetings(first: $first) { nodes { id term actions { description pupil { upn } } } } }`;
    const counts: number[] = [];
    for (const first of [1, 10, 100]) {
      counts.push(
        await countStatements(async () => {
          const response = await officer.query<{ targetingSupportMeetings: { nodes: { actions: unknown[] }[] } }>(query, { first });
          expect(response.body.errors).toBeUndefined();
          expect(response.body.data?.targetingSupportMeetings.nodes).toHaveLength(first);
          expect(response.body.data?.targetingSupportMeetings.nodes[0].actions).toHaveLength(1);
        }),
      );
    }
    expect(counts[1]).toBe(counts[0]);
    expect(counts[2]).toBe(counts[0]);
  });
});
