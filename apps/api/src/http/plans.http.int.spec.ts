import { systemActor, systemScope } from '@rollcall/api-core';
import { CreateSupportPlanInput, SupportPlanService } from '@rollcall/api-plans';
import { countStatements, useApi } from '../testing/api-harness';
import { asSystem, Callers, CaseworkWorld, errorCode, outcomeOf, resultOf, rowCount, seedCaseworkWorld, seedScaleSchool, signInEveryone } from './casework.fixture';

const LIST = `query ($filter: SupportPlanFilter, $first: Int, $after: String) {
  supportPlans(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id laCode pupilId kind status } }
}`;

const CREATE = `mutation ($input: CreateSupportPlanInput!) {
  createSupportPlan(input: $input) {
    __typename
    ... on SupportPlan { id kind status urn barriers pupil { forename } }
    ... on Refused { code message field }
  }
}`;

const RESULT = `__typename ... on SupportPlan { id status reviewOn endsOn actions { id description owner dueOn doneOn } reviews { outcome notes reviewedBy } } ... on Refused { code message field }`;

describe('support plans over HTTP', () => {
  const api = useApi({ requestsPerMinute: { apiKey: 10_000, account: 10_000, anonymous: 10_000 } });
  let w: CaseworkWorld;
  let as: Callers;
  const plans = new Map<string, string>();
  const nameOf = (id: string) => [...plans].find(([, v]) => v === id)?.[0] ?? id;

  beforeAll(async () => {
    w = await seedCaseworkWorld(api.dataSource);
    as = await signInEveryone(api, w);
    const service = new SupportPlanService(api.dataSource);
    const system = systemScope(systemActor('test'));
    const plan = async (name: string, input: Omit<CreateSupportPlanInput, 'startsOn' | 'barriers'> & Partial<CreateSupportPlanInput>) => {
      const created = await service.createPlan(system, { startsOn: '2025-09-08', barriers: ['Anxiety about the journey to school'], ...input });
      plans.set(name, created.id);
      return created;
    };
    const amySap = await plan('amySap', { laCode: w.home, pupilId: w.amy, urn: w.schoolA, kind: 'SCHOOL_ATTENDANCE_PLAN', reviewOn: '2025-10-06', childViews: 'I like art', parentViews: 'Mornings are hard' });
    await service.addAction(system, { laCode: w.home, planId: amySap.id, description: 'Meet Amy at the gate', owner: 'Mrs Patel', dueOn: '2025-09-10' });
    await service.recordReview(system, { laCode: w.home, planId: amySap.id, reviewedOn: '2025-10-06', notes: 'Confidential: family circumstances discussed', outcome: 'CONTINUE', nextReviewOn: '2025-11-03' });
    await plan('amyCp', { laCode: w.home, pupilId: w.amy, kind: 'CHILD_PROTECTION' });
    await plan('amyDraft', { laCode: w.home, pupilId: w.amy, urn: w.schoolA, kind: 'EARLY_HELP', draft: true });
    await plan('benSap', { laCode: w.home, pupilId: w.ben, urn: w.schoolB, kind: 'SCHOOL_ATTENDANCE_PLAN', reviewOn: '2025-09-22' });
    await plan('calCin', { laCode: w.home, pupilId: w.cal, kind: 'CHILD_IN_NEED' });
    await plan('deeSap', { laCode: w.neighbour, pupilId: w.dee, urn: w.schoolC, kind: 'SCHOOL_ATTENDANCE_PLAN' });
    await plan('eveSap', { laCode: w.neighbour, pupilId: w.eve, urn: w.schoolC, kind: 'SCHOOL_ATTENDANCE_PLAN' });
    await plan('fayPep', { laCode: w.neighbour, pupilId: w.fay, kind: 'PERSONAL_EDUCATION_PLAN' });
  });

  describe('supportPlans: each caller sees only the children they work with', () => {
    const cases: [keyof Callers, string | string[]][] = [
      ['nobody', 'UNAUTHENTICATED'],
      ['parent', 'FORBIDDEN'],
      ['keyWithoutScope', 'FORBIDDEN'],
      ['staffA', ['amyDraft', 'amySap']],
      ['staffB', ['benSap']],
      ['officer', ['amyCp', 'amyDraft', 'amySap', 'benSap', 'calCin', 'deeSap']],
      ['admin', ['amyCp', 'amyDraft', 'amySap', 'benSap', 'calCin', 'deeSap']],
      ['neighbourOfficer', ['deeSap', 'eveSap', 'fayPep']],
      ['virtualSchool', ['calCin', 'fayPep']],
      ['laKey', ['amyCp', 'amyDraft', 'amySap', 'benSap', 'calCin', 'deeSap']],
      ['schoolKeyA', ['amyDraft', 'amySap']],
    ];
    it.each(cases)('%s → %j', async (caller, expected) => {
      const response = await as[caller].query(LIST, { first: 100 });
      const seen = outcomeOf(response, 'supportPlans', (c: { nodes: { id: string }[] }) => c.nodes.map((n) => nameOf(n.id)).sort());
      expect(seen).toEqual(expected);
    });
  });

  it('filters by pupil (with the LA holding the record), school, kind, status and review due, and pages with cursors', async () => {
    const names = async (filter: object, caller: keyof Callers = 'officer') =>
      ((await as[caller].query<{ supportPlans: { nodes: { id: string }[] } }>(LIST, { filter })).body.data?.supportPlans.nodes ?? []).map((n) => nameOf(n.id)).sort();
    expect(await names({ pupilId: w.amy })).toEqual(['amyCp', 'amyDraft', 'amySap']);
    expect(await names({ pupilId: w.dee, laCode: w.neighbour })).toEqual(['deeSap']);
    expect(await names({ urn: w.schoolA })).toEqual(['amyDraft', 'amySap']);
    expect(await names({ kinds: ['SCHOOL_ATTENDANCE_PLAN'], statuses: ['ACTIVE'] })).toEqual(['amySap', 'benSap', 'deeSap']);
    expect(await names({ reviewDueBy: '2025-10-01' })).toEqual(['benSap']);

    const first = await as.officer.query<{ supportPlans: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: { id: string }[] } }>(LIST, { first: 4 });
    const second = await as.officer.query<typeof first.body.data>(LIST, { first: 4, after: first.body.data?.supportPlans.pageInfo.endCursor });
    expect(first.body.data?.supportPlans).toMatchObject({ totalCount: 6, pageInfo: { hasNextPage: true } });
    expect(second.body.data?.supportPlans.nodes).toHaveLength(2);
    const all = [...(first.body.data?.supportPlans.nodes ?? []), ...(second.body.data?.supportPlans.nodes ?? [])].map((n) => n.id);
    expect(new Set(all).size).toBe(6);
  });

  it('refuses a page size over the cap and a cursor it did not give out, saying what to send', async () => {
    const tooMany = await as.officer.query(LIST, { first: 101 });
    expect(errorCode(tooMany)).toBe('INVALID_PAGE_SIZE');
    expect(tooMany.body.errors?.[0]?.message).toContain('between 1 and 100');
    const badCursor = await as.officer.query(LIST, { after: 'not-a-cursor' });
    expect(errorCode(badCursor)).toBe('INVALID_CURSOR');
    expect(badCursor.body.errors?.[0]?.message).toContain('pageInfo.endCursor');
  });

  it('supportPlan(id) gives the plan with its actions, reviews and pupil, or null to someone who may not see it', async () => {
    const one = `query ($id: ID!, $laCode: String) { supportPlan(id: $id, laCode: $laCode) { kind childViews parentViews pupil { forename surname } actions { description owner dueOn doneOn } reviews { outcome notes } } }`;
    const read = await as.staffA.query(one, { id: plans.get('amySap') });
    expect(read.body.data).toEqual({
      supportPlan: {
        kind: 'SCHOOL_ATTENDANCE_PLAN',
        childViews: 'I like art',
        parentViews: 'Mornings are hard',
        pupil: { forename: 'Amy', surname: 'Casework' },
        actions: [{ description: 'Meet Amy at the gate', owner: 'Mrs Patel', dueOn: '2025-09-10', doneOn: null }],
        reviews: [{ outcome: 'CONTINUE', notes: 'Confidential: family circumstances discussed' }],
      },
    });
    expect((await as.staffB.query(one, { id: plans.get('amySap') })).body.data).toEqual({ supportPlan: null });
    expect((await as.officer.query(one, { id: plans.get('deeSap'), laCode: w.neighbour })).body.data).toMatchObject({ supportPlan: { kind: 'SCHOOL_ATTENDANCE_PLAN' } });
    expect((await as.officer.query(one, { id: plans.get('eveSap'), laCode: w.neighbour })).body.data).toEqual({ supportPlan: null });
  });

  it('records each read of a plan and its pupil in the audit trail', async () => {
    await as.staffB.query(`{ supportPlans { nodes { id pupil { upn } } } }`);
    const rows = (await asSystem(api.dataSource, 
      `SELECT entity, entity_id, pupil_id::text AS pupil_id, action FROM audit_event WHERE entity IN ('SupportPlan', 'Pupil') AND (entity_id = $1 OR (entity = 'Pupil' AND pupil_id = $2))`,
      [plans.get('benSap'), w.ben],
    )) as { entity: string; entity_id: string; pupil_id: string; action: string }[];
    expect(rows).toEqual(
      expect.arrayContaining([
        { entity: 'SupportPlan', entity_id: plans.get('benSap'), pupil_id: w.ben, action: 'READ' },
        { entity: 'Pupil', entity_id: w.ben, pupil_id: w.ben, action: 'READ' },
      ]),
    );
  });

  describe('createSupportPlan: who may start a plan for whom', () => {
    const cases: [keyof Callers, string, Record<string, unknown>, string][] = [
      ['nobody', 'amy', { urn: 100001 }, 'UNAUTHENTICATED'],
      ['parent', 'amy', { urn: 100001 }, 'FORBIDDEN'],
      ['laKey', 'amy', {}, 'FORBIDDEN'],
      ['staffA', 'amy', { urn: 100001 }, 'SupportPlan'],
      ['staffA', 'ben', { urn: 100002 }, 'NOT_PERMITTED'],
      ['staffB', 'amy', { urn: 100001 }, 'NOT_PERMITTED'],
      ['staffA', 'amy', {}, 'NOT_PERMITTED'],
      ['officer', 'ben', {}, 'SupportPlan'],
      ['admin', 'ben', { urn: 100002 }, 'SupportPlan'],
      ['neighbourOfficer', 'amy', { laCode: '928' }, 'NOT_PERMITTED'],
      ['officer', 'dee', { laCode: '343' }, 'NOT_PERMITTED'],
      ['virtualSchool', 'cal', {}, 'SupportPlan'],
      // Row-level security hides children without a social worker from the Virtual School: to it they do not exist.
      ['virtualSchool', 'amy', {}, 'UNKNOWN_PUPIL'],
    ];
    it.each(cases)('%s for %s %j → %s', async (caller, child, extra, expected) => {
      const before = await rowCount(api.dataSource, 'support_plan');
      const pupilId = (w as unknown as Record<string, string>)[child];
      const response = await as[caller].query(CREATE, {
        input: { pupilId, kind: 'SCHOOL_ATTENDANCE_PLAN', startsOn: '2025-09-15', barriers: ['Caring for a younger sibling'], ...extra },
      });
      expect(outcomeOf(response, 'createSupportPlan', resultOf)).toBe(expected);
      expect(await rowCount(api.dataSource, 'support_plan')).toBe(before + (expected === 'SupportPlan' ? 1 : 0));
    });
  });

  it('refuses bad input with what to fix, writing nothing', async () => {
    const before = await rowCount(api.dataSource, 'support_plan');
    const base = { pupilId: w.amy, urn: w.schoolA, startsOn: '2025-09-15', barriers: ['Anxiety'] };
    const noEnd = await as.staffA.query(CREATE, { input: { ...base, kind: 'PART_TIME_TIMETABLE', reviewOn: '2025-10-01' } });
    expect(noEnd.body.data).toEqual({
      createSupportPlan: { __typename: 'Refused', code: 'PART_TIME_TIMETABLE_NEEDS_END_DATE', message: 'A part-time timetable must be time-limited: give the date it ends.', field: 'endsOn' },
    });
    const blankBarrier = await as.staffA.query(CREATE, { input: { ...base, kind: 'SCHOOL_ATTENDANCE_PLAN', barriers: [' '] } });
    expect(blankBarrier.body.data).toMatchObject({ createSupportPlan: { code: 'INVALID_INPUT', field: 'barriers' } });
    const badDate = await as.staffA.query(CREATE, { input: { ...base, kind: 'SCHOOL_ATTENDANCE_PLAN', startsOn: '15/09/2025' } });
    expect(errorCode(badDate)).toBe('BAD_USER_INPUT');
    expect(badDate.body.errors?.[0]?.message).toContain('startsOn');
    const badKind = await as.staffA.query(CREATE, { input: { ...base, kind: 'HOLIDAY_PLAN' } });
    expect(errorCode(badKind)).toBe('BAD_USER_INPUT');
    expect(await rowCount(api.dataSource, 'support_plan')).toBe(before);
  });

  it('takes a part-time timetable through its life: draft, agreed, actions, reviews, closed — each change audited', async () => {
    const created = await as.staffA.query<{ createSupportPlan: { id: string; status: string } }>(CREATE, {
      input: { pupilId: w.amy, urn: w.schoolA, kind: 'PART_TIME_TIMETABLE', startsOn: '2025-09-15', reviewOn: '2025-10-01', endsOn: '2025-10-17', barriers: ['Medical recovery'], draft: true },
    });
    const planId = created.body.data?.createSupportPlan.id as string;
    expect(created.body.data?.createSupportPlan.status).toBe('DRAFT');
    const step = async (mutation: string, input: object) => {
      const response = await as.staffA.query<Record<string, Record<string, unknown>>>(`mutation ($input: ${mutation[0].toUpperCase()}${mutation.slice(1)}Input!) { ${mutation}(input: $input) { ${RESULT} } }`, { input });
      return response.body.data?.[mutation] ?? response.body.errors;
    };
    expect(await step('activateSupportPlan', { planId })).toMatchObject({ status: 'ACTIVE' });
    expect(await step('activateSupportPlan', { planId })).toMatchObject({ __typename: 'Refused', code: 'PLAN_NOT_DRAFT' });
    const withAction = (await step('addSupportPlanAction', { planId, description: 'Phone home each morning', owner: 'Attendance lead', dueOn: '2025-09-19' })) as {
      actions: { id: string }[];
    };
    const actionId = withAction.actions[0].id;
    expect(await step('completeSupportPlanAction', { actionId, doneOn: '2025-09-19' })).toMatchObject({ actions: [{ doneOn: '2025-09-19' }] });
    expect(await step('completeSupportPlanAction', { actionId, doneOn: '2025-09-20' })).toMatchObject({ code: 'ACTION_ALREADY_DONE' });
    expect(await step('recordSupportPlanReview', { planId, reviewedOn: '2025-10-01', notes: 'Going well', outcome: 'CONTINUE' })).toMatchObject({
      code: 'PART_TIME_TIMETABLE_NEEDS_REVIEW_DATE',
      message: 'A part-time timetable must be formally reviewed: give the date of its next review.',
    });
    expect(await step('recordSupportPlanReview', { planId, reviewedOn: '2025-10-01', notes: 'Going well', outcome: 'ADJUST', nextReviewOn: '2025-10-15' })).toMatchObject({
      reviewOn: '2025-10-15',
      reviews: [{ outcome: 'ADJUST', notes: 'Going well' }],
    });
    expect(await step('closeSupportPlan', { planId, closedOn: '2025-10-17' })).toMatchObject({ status: 'CLOSED', endsOn: '2025-10-17', reviewOn: null });
    expect(await step('addSupportPlanAction', { planId, description: 'x', owner: 'y' })).toMatchObject({ code: 'PLAN_CLOSED' });
    // Another school's plan does not exist for its staff (row-level security), so it cannot be changed.
    expect(await as.staffB.query(`mutation { closeSupportPlan(input: { planId: "${planId}", closedOn: "2025-10-18" }) { ... on Refused { code } } }`)).toMatchObject({
      body: { data: { closeSupportPlan: { code: 'UNKNOWN_PLAN' } } },
    });
    const audited = (await asSystem(api.dataSource, `SELECT action FROM audit_event WHERE entity = 'SupportPlan' AND entity_id = $1 AND action <> 'READ' ORDER BY id`, [planId])) as {
      action: string;
    }[];
    expect(audited.map((a) => a.action)).toEqual(['CREATE', 'UPDATE', 'UPDATE', 'UPDATE', 'UPDATE', 'UPDATE']);
  });

  describe("the parent's view", () => {
    const MINE = `query ($pupilId: ID) { myChildrensSupportPlans(pupilId: $pupilId) { nodes { id kind status barriers childViews parentViews actions { description owner } reviews { reviewedOn outcome } } } }`;

    it('shows a parent the plans agreed with the family for their child — not drafts, not child-protection plans, not notes', async () => {
      const response = await as.parent.query<{ myChildrensSupportPlans: { nodes: { id: string }[] } }>(MINE);
      const nodes = response.body.data?.myChildrensSupportPlans.nodes ?? [];
      expect(nodes.map((n) => nameOf(n.id))).toContain('amySap');
      expect(nodes.map((n) => nameOf(n.id))).not.toEqual(expect.arrayContaining(['amyCp']));
      expect(nodes.map((n) => nameOf(n.id))).not.toEqual(expect.arrayContaining(['amyDraft']));
      expect(nodes.find((n) => n.id === plans.get('amySap'))).toEqual({
        id: plans.get('amySap'),
        kind: 'SCHOOL_ATTENDANCE_PLAN',
        status: 'ACTIVE',
        barriers: ['Anxiety about the journey to school'],
        childViews: 'I like art',
        parentViews: 'Mornings are hard',
        actions: [{ description: 'Meet Amy at the gate', owner: 'Mrs Patel' }],
        reviews: [{ reviewedOn: '2025-10-06', outcome: 'CONTINUE' }],
      });
      const notes = await as.parent.query(`{ myChildrensSupportPlans { nodes { reviews { notes } } } }`);
      expect(errorCode(notes)).toBe('GRAPHQL_VALIDATION_FAILED');
    });

    it('shows nothing for another child, or to a carer without parental responsibility, and nothing to staff', async () => {
      expect((await as.parent.query(MINE, { pupilId: w.ben })).body.data).toEqual({ myChildrensSupportPlans: { nodes: [] } });
      const carer = await api.signIn({ role: 'PARENT', laCode: w.home, parentId: w.amysAunt });
      expect((await carer.query(MINE)).body.data).toEqual({ myChildrensSupportPlans: { nodes: [] } });
      expect(errorCode(await as.staffA.query(MINE))).toBe('FORBIDDEN');
      expect(errorCode(await as.nobody.query(MINE))).toBe('UNAUTHENTICATED');
    });
  });
});

describe('support plans: a page of 1, 10 or 100 costs the same number of statements', () => {
  const api = useApi({ requestsPerMinute: { apiKey: 10_000, account: 10_000, anonymous: 10_000 } });

  it('lists plans with pupil, actions and reviews in a constant number of statements', async () => {
    const la = await seedScaleSchool(api.dataSource, 100);
    await asSystem(api.dataSource, 
      `INSERT INTO support_plan (la_code, pupil_id, kind, status, starts_on, barriers, created_by)
       SELECT la_code, id, 'SCHOOL_ATTENDANCE_PLAN', 'ACTIVE', '2025-09-01', '["Travel"]', 'test' FROM pupil WHERE la_code = $1`,
      [la],
    );
    await asSystem(api.dataSource, `INSERT INTO support_plan_action (la_code, plan_id, description, owner) SELECT la_code, id, 'Call home', 'Head' FROM support_plan WHERE la_code = $1`, [la]);
    await asSystem(api.dataSource, 
      `INSERT INTO support_plan_review (la_code, plan_id, reviewed_on, notes, outcome, reviewed_by) SELECT la_code, id, '2025-10-01', 'ok', 'CONTINUE', 'Head' FROM support_plan WHERE la_code = $1`,
      [la],
    );
    const officer = await api.signIn({ role: 'LA_OFFICER', laCode: la });
    const query = `query ($first: Int) { supportPlans(first: $first) { nodes { id pupil { upn } actions { description } reviews { outcome } } } }`;
    const counts: number[] = [];
    for (const first of [1, 10, 100]) {
      counts.push(
        await countStatements(async () => {
          const response = await officer.query<{ supportPlans: { nodes: unknown[] } }>(query, { first });
          expect(response.body.data?.supportPlans.nodes).toHaveLength(first);
        }),
      );
    }
    expect(counts[1]).toBe(counts[0]);
    expect(counts[2]).toBe(counts[0]);
  });
});
