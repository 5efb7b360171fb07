import { seedEnrolment, seedMarks, seedPupil, wholeDays } from '@rollcall/db/testing';
import { countStatements, useApi } from '../testing/api-harness';
import { Callers, CaseworkWorld, asSystem, errorCode, outcomeOf, resultOf, rowCount, seedCaseworkWorld, seedScaleSchool, signInEveryone } from './casework.fixture';

/** Ten school days of unauthorised absence: 15–26 September 2025. */
const TEN_DAYS_ABSENT = wholeDays(['2025-09-15', '2025-09-16', '2025-09-17', '2025-09-18', '2025-09-19', '2025-09-22', '2025-09-23', '2025-09-24', '2025-09-25', '2025-09-26'], 'O');

const PREPARE = `mutation ($input: PrepareReturnInput!) { prepareAttendanceReturn(input: $input) {
  __typename
  ... on StatutoryReturn { id kind status urn periodStart periodEnd dueOn overdue pupils { totalCount nodes { reason pupil { forename } } } }
  ... on Refused { code message field }
} }`;

const SUBMIT = `mutation ($input: SubmitStatutoryReturnInput!) { submitStatutoryReturn(input: $input) {
  __typename ... on StatutoryReturn { id status submittedAt submittedBy } ... on Refused { code message field }
} }`;

const ACKNOWLEDGE = `mutation ($input: AcknowledgeStatutoryReturnInput!) { acknowledgeStatutoryReturn(input: $input) {
  __typename ... on StatutoryReturn { id status acknowledgedBy } ... on Refused { code message }
} }`;

const LIST = `query ($filter: StatutoryReturnFilter) { statutoryReturns(filter: $filter) { totalCount nodes { id kind urn status dueOn overdue } } }`;

const SEPTEMBER = { periodStart: '2025-09-01', periodEnd: '2025-09-30' };

describe('statutory returns over HTTP', () => {
  const api = useApi({ requestsPerMinute: { apiKey: 10_000, account: 10_000, anonymous: 10_000 } });
  let w: CaseworkWorld;
  let as: Callers;
  let gil: string;

  beforeAll(async () => {
    w = await seedCaseworkWorld(api.dataSource);
    as = await signInEveryone(api, w, ['returns:write']);
    for (const [pupil, urn] of [
      [w.amy, w.schoolA],
      [w.ben, w.schoolB],
    ] as const) {
      const [enrolment] = await asSystem<{ id: string }>(api.dataSource, `SELECT id::text AS id FROM enrolment WHERE la_code = $1 AND pupil_id = $2 AND urn = $3`, [w.home, pupil, urn]);
      await seedMarks(api.dataSource, w.home, enrolment.id, TEN_DAYS_ABSENT);
    }
    gil = await seedPupil(api.dataSource, { laCode: w.home, forename: 'Gil', surname: 'Casework' });
    await seedEnrolment(api.dataSource, { laCode: w.home, pupilId: gil, urn: w.schoolA, admittedOn: '2025-10-06' });
  });

  describe('prepareAttendanceReturn: who may prepare a school’s return', () => {
    const cases: [keyof Callers, number, string][] = [
      ['nobody', 100001, 'UNAUTHENTICATED'],
      ['parent', 100001, 'FORBIDDEN'],
      ['virtualSchool', 100001, 'FORBIDDEN'],
      ['keyWithoutScope', 100001, 'FORBIDDEN'],
      ['staffB', 100001, 'NOT_PERMITTED'],
      ['neighbourOfficer', 100001, 'SCHOOL_IN_ANOTHER_LA'],
      ['schoolKeyA', 100002, 'NOT_PERMITTED'],
      ['staffB', 100002, 'StatutoryReturn'],
      ['laKey', 100002, 'StatutoryReturn'],
      ['schoolKeyA', 100001, 'StatutoryReturn'],
      ['staffA', 100001, 'StatutoryReturn'],
    ];
    it.each(cases)('%s for school %s → %s', async (caller, urn, expected) => {
      const before = await rowCount(api.dataSource, 'statutory_return');
      const response = await as[caller].query(PREPARE, { input: { urn, ...SEPTEMBER } });
      expect(outcomeOf(response, 'prepareAttendanceReturn', resultOf)).toBe(expected);
      // Preparing again replaces the draft, so a successful repeat leaves one return per school and period.
      expect(await rowCount(api.dataSource, 'statutory_return')).toBeLessThanOrEqual(before + 1);
    });
  });

  it('lists the pupils absent without leave for 10 school days, from the register', async () => {
    const response = await as.staffA.query(PREPARE, { input: { urn: w.schoolA, ...SEPTEMBER } });
    expect(response.body.data).toMatchObject({
      prepareAttendanceReturn: {
        kind: 'ATTENDANCE',
        status: 'DRAFT',
        periodStart: '2025-09-01',
        periodEnd: '2025-09-30',
        dueOn: '2025-09-30',
        overdue: true,
        pupils: { totalCount: 1, nodes: [{ reason: 'CONTINUOUS_ABSENCE_WITHOUT_LEAVE', pupil: { forename: 'Amy' } }] },
      },
    });
    expect(await rowCount(api.dataSource, 'statutory_return')).toBe(2);
  });

  it('refuses a period the LA has not agreed, saying which it has, and writes nothing', async () => {
    const before = await rowCount(api.dataSource, 'statutory_return');
    const response = await as.staffA.query(PREPARE, { input: { urn: w.schoolA, periodStart: '2025-09-01', periodEnd: '2025-09-14' } });
    expect(response.body.data).toEqual({
      prepareAttendanceReturn: {
        __typename: 'Refused',
        code: 'PERIOD_NOT_AGREED_INTERVAL',
        message: 'LA 928 takes monthly attendance returns: the period containing 2025-09-01 runs from 2025-09-01 to 2025-09-30.',
        field: null,
      },
    });
    expect(errorCode(await as.staffA.query(PREPARE, { input: { urn: w.schoolA, periodStart: '2025-09-31', periodEnd: '2025-09-30' } }))).toBe('BAD_USER_INPUT');
    expect(await rowCount(api.dataSource, 'statutory_return')).toBe(before);
  });

  describe('statutoryReturns: each caller sees their own schools’ returns, or their LA’s', () => {
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
      expect(outcomeOf(response, 'statutoryReturns', (c: { nodes: { urn: number }[] }) => c.nodes.map((n) => n.urn).sort())).toEqual(expected);
    });
  });

  it('submits once per idempotency key: a repeat changes nothing, another key is refused, and the LA is told', async () => {
    const [draft] = ((await as.staffA.query<{ statutoryReturns: { nodes: { id: string }[] } }>(LIST, { filter: { urn: w.schoolA, kinds: ['ATTENDANCE'] } })).body.data?.statutoryReturns.nodes ??
      []) as { id: string }[];
    const short = await as.staffA.query(SUBMIT, { input: { returnId: draft.id, idempotencyKey: 'abc' } });
    expect(short.body.data).toMatchObject({ submitStatutoryReturn: { code: 'INVALID_IDEMPOTENCY_KEY', field: 'idempotencyKey', message: 'The idempotency key must be 8 to 200 characters.' } });
    const first = await as.staffA.query<{ submitStatutoryReturn: { submittedAt: string } }>(SUBMIT, { input: { returnId: draft.id, idempotencyKey: 'sept-2025-return-1' } });
    expect(first.body.data).toMatchObject({ submitStatutoryReturn: { __typename: 'StatutoryReturn', status: 'SUBMITTED' } });
    const again = await as.staffA.query(SUBMIT, { input: { returnId: draft.id, idempotencyKey: 'sept-2025-return-1' } });
    expect(again.body.data).toEqual(first.body.data);
    const other = await as.staffA.query(SUBMIT, { input: { returnId: draft.id, idempotencyKey: 'sept-2025-return-2' } });
    expect(other.body.data).toMatchObject({ submitStatutoryReturn: { code: 'ALREADY_SUBMITTED' } });
    const resubmitted = await as.staffA.query(PREPARE, { input: { urn: w.schoolA, ...SEPTEMBER } });
    expect(resubmitted.body.data).toMatchObject({ prepareAttendanceReturn: { code: 'ALREADY_SUBMITTED' } });

    const told = await asSystem(api.dataSource, `SELECT kind, recipient FROM notification_outbox WHERE payload->>'entityId' = $1`, [draft.id]);
    expect(told).toEqual([{ kind: 'RETURN_SUBMITTED', recipient: 'la:928' }]);
    const audited = await asSystem<{ entity: string; pupil_id: string | null }>(
      api.dataSource,
      `SELECT entity, pupil_id::text AS pupil_id FROM audit_event WHERE action = 'SUBMIT' AND entity_id = $1 ORDER BY entity`,
      [draft.id],
    );
    expect(audited).toEqual([
      { entity: 'StatutoryReturn', pupil_id: null },
      { entity: 'StatutoryReturnPupil', pupil_id: w.amy },
    ]);
  });

  it('lets only the LA acknowledge, once, and only what was submitted', async () => {
    const nodes = ((await as.officer.query<{ statutoryReturns: { nodes: { id: string; urn: number; status: string }[] } }>(LIST)).body.data?.statutoryReturns.nodes ?? []);
    const submitted = nodes.find((n) => n.status === 'SUBMITTED') as { id: string };
    const draft = nodes.find((n) => n.status === 'DRAFT') as { id: string };
    expect(errorCode(await as.staffA.query(ACKNOWLEDGE, { input: { returnId: submitted.id } }))).toBe('FORBIDDEN');
    expect(errorCode(await as.laKey.query(ACKNOWLEDGE, { input: { returnId: submitted.id } }))).toBe('FORBIDDEN');
    expect((await as.officer.query(ACKNOWLEDGE, { input: { returnId: draft.id } })).body.data).toMatchObject({
      acknowledgeStatutoryReturn: { code: 'NOT_SUBMITTED', message: 'The school has not submitted this return yet.' },
    });
    expect((await as.officer.query(ACKNOWLEDGE, { input: { returnId: submitted.id } })).body.data).toMatchObject({ acknowledgeStatutoryReturn: { status: 'ACKNOWLEDGED' } });
    expect((await as.admin.query(ACKNOWLEDGE, { input: { returnId: submitted.id } })).body.data).toMatchObject({ acknowledgeStatutoryReturn: { code: 'ALREADY_ACKNOWLEDGED' } });
    const told = await asSystem(api.dataSource, `SELECT kind, recipient FROM notification_outbox WHERE kind = 'RETURN_ACKNOWLEDGED' AND payload->>'entityId' = $1`, [submitted.id]);
    expect(told).toEqual([{ kind: 'RETURN_ACKNOWLEDGED', recipient: 'school:100001' }]);
  });

  it('filters by status, kind and overdue', async () => {
    const statuses = async (filter: object) =>
      ((await as.officer.query<{ statutoryReturns: { nodes: { status: string; kind: string }[] } }>(LIST, { filter })).body.data?.statutoryReturns.nodes ?? [])
        .map((n) => `${n.kind}:${n.status}`)
        .sort();
    expect(await statuses({ statuses: ['ACKNOWLEDGED'] })).toEqual(['ATTENDANCE:ACKNOWLEDGED']);
    expect(await statuses({ overdue: true })).toEqual(['ATTENDANCE:DRAFT']);
    expect(await statuses({ kinds: ['SICKNESS'] })).toEqual([]);
  });

  it('records a new-pupil return once per admission, due by the 5th day', async () => {
    const record = () =>
      as.staffA.query(
        `mutation ($input: NewPupilReturnInput!) { recordNewPupilReturn(input: $input) { __typename
          ... on StatutoryReturn { kind status dueOn content pupils { nodes { reason pupil { forename } } } } ... on Refused { code message } } }`,
        { input: { urn: w.schoolA, pupilId: gil, previousSchool: 'Elsewhere Primary' } },
      );
    expect((await record()).body.data).toMatchObject({
      recordNewPupilReturn: {
        kind: 'NEW_PUPIL',
        status: 'DRAFT',
        content: { enteredOn: '2025-10-06', previousSchool: 'Elsewhere Primary' },
        pupils: { nodes: [{ reason: 'NEW_ADMISSION', pupil: { forename: 'Gil' } }] },
      },
    });
    expect((await record()).body.data).toMatchObject({ recordNewPupilReturn: { code: 'RETURN_ALREADY_RECORDED' } });
  });

  it('records a deletion return only where the ground is shown, naming what is missing', async () => {
    const deletion = (input: object) =>
      as.staffB.query(
        `mutation ($input: DeletionReturnInput!) { recordDeletionReturn(input: $input) { __typename
          ... on StatutoryReturn { kind content pupils { nodes { reason } } } ... on Refused { code message } } }`,
        { input: { urn: w.schoolB, pupilId: w.ben, deletionDate: '2025-10-10', ...input } },
      );
    const before = await rowCount(api.dataSource, 'statutory_return');
    const twentyDays = await deletion({ ground: 'CONTINUOUS_ABSENCE_20_SCHOOL_DAYS' });
    expect(twentyDays.body.data).toMatchObject({ recordDeletionReturn: { code: 'FEWER_THAN_20_CONTINUOUS_SCHOOL_DAYS' } });
    expect((twentyDays.body.data as { recordDeletionReturn: { message: string } }).recordDeletionReturn.message).toContain('the LA’s enquiries to find the pupil are not recorded');
    expect(errorCode(await deletion({ ground: 'MOVED_AWAY' }))).toBe('BAD_USER_INPUT');
    expect(await rowCount(api.dataSource, 'statutory_return')).toBe(before);
    expect((await deletion({ ground: 'REGISTERED_AT_ANOTHER_SCHOOL' })).body.data).toMatchObject({
      recordDeletionReturn: { kind: 'DELETION', content: { ground: 'REGISTERED_AT_ANOTHER_SCHOOL', regulation: 'reg 9(1)(a)' }, pupils: { nodes: [{ reason: 'REGISTERED_AT_ANOTHER_SCHOOL' }] } },
    });
  });
});

describe('statutory returns: a page of 1, 10 or 100 costs the same number of statements', () => {
  const api = useApi({ requestsPerMinute: { apiKey: 10_000, account: 10_000, anonymous: 10_000 } });

  it('lists returns with a page of their pupils each in a constant number of statements', async () => {
    const la = await seedScaleSchool(api.dataSource, 3);
    await asSystem(
      api.dataSource,
      `INSERT INTO statutory_return (la_code, kind, urn, period_start, period_end, due_on, status)
       SELECT $1, 'ATTENDANCE', 100009, d::date, d::date, d::date, 'DRAFT' FROM generate_series('2020-01-01'::date, '2020-01-01'::date + 99, interval '1 day') AS d`,
      [la],
    );
    await asSystem(
      api.dataSource,
      `INSERT INTO statutory_return_pupil (la_code, return_id, pupil_id, reason) SELECT r.la_code, r.id, p.id, 'FAILS_TO_ATTEND_REGULARLY' FROM statutory_return r JOIN pupil p ON p.la_code = r.la_code WHERE r.la_code = $1`,
      [la],
    );
    const officer = await api.signIn({ role: 'LA_OFFICER', laCode: la });
    const query = `query ($first: Int) { statutoryReturns(first: $first) { nodes { id overdue pupils(first: 2) { totalCount pageInfo { hasNextPage } nodes { reason pupil { upn } } } } } }`;
    const counts: number[] = [];
    for (const first of [1, 10, 100]) {
      counts.push(
        await countStatements(async () => {
          const response = await officer.query<{ statutoryReturns: { nodes: { pupils: { totalCount: number; nodes: unknown[] } }[] } }>(query, { first });
          expect(response.body.errors).toBeUndefined();
          expect(response.body.data?.statutoryReturns.nodes).toHaveLength(first);
          expect(response.body.data?.statutoryReturns.nodes[0].pupils).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
          expect(response.body.data?.statutoryReturns.nodes[0].pupils.nodes).toHaveLength(2);
        }),
      );
    }
    expect(counts[1]).toBe(counts[0]);
    expect(counts[2]).toBe(counts[0]);
  });
});
