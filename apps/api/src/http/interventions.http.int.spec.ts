import { systemActor, systemScope } from '@rollcall/api-core';
import { InterventionService } from '@rollcall/api-interventions';
import { seedMarks, wholeDays } from '@rollcall/db/testing';
import { countStatements, useApi } from '../testing/api-harness';
import { asSystem, Callers, CaseworkWorld, errorCode, outcomeOf, resultOf, rowCount, seedCaseworkWorld, seedScaleSchool, signInEveryone } from './casework.fixture';

/** Ten sessions of unauthorised absence (U) in the week of 15 September 2025: the penalty notice threshold. */
const TEN_U_SESSIONS = wholeDays(['2025-09-15', '2025-09-16', '2025-09-17', '2025-09-18', '2025-09-19'], 'U');
const SKIPPED = { reason: 'WOULD_NOT_CHANGE_BEHAVIOUR', authorisedOfficer: 'J. Smith, Attendance Officer' };

const LIST = `query ($filter: InterventionFilter, $first: Int) { interventions(filter: $filter, first: $first) { totalCount nodes { id kind stateName laCode } } }`;

const ISSUE_PN = `mutation ($input: IssuePenaltyNoticeInput!) {
  issuePenaltyNotice(input: $input) {
    __typename
    ... on PenaltyNotice { id state terms { noticeNumber fullAmountPence reducedAmountPence payBy } }
    ... on PenaltyNoticeRefused { reason reasons message field detail }
  }
}`;

const PN_RESULT = `__typename ... on PenaltyNotice { id state closedOn amountPaidPence withdrawal { ground refundPence } payments { amountPence paidOn reference } documents { kind title } allowedNextSteps }
  ... on PenaltyNoticeRefused { reason message detail }`;

describe('legal interventions over HTTP', () => {
  const api = useApi({ requestsPerMinute: { apiKey: 10_000, account: 10_000, anonymous: 10_000 } });
  const service = () => new InterventionService(api.dataSource);
  const system = systemScope(systemActor('test'));
  let w: CaseworkWorld;
  let as: Callers;
  const ids = new Map<string, string>();
  const nameOf = (id: string) => [...ids].find(([, v]) => v === id)?.[0] ?? id;

  beforeAll(async () => {
    w = await seedCaseworkWorld(api.dataSource);
    as = await signInEveryone(api, w);
    for (const [la, pupil] of [
      [w.home, w.amy],
      [w.home, w.ben],
      [w.neighbour, w.dee],
    ] as const) {
      const [enrolment] = (await asSystem(api.dataSource, `SELECT id::text AS id FROM enrolment WHERE la_code = $1 AND pupil_id = $2`, [la, pupil])) as { id: string }[];
      await seedMarks(api.dataSource, la, enrolment.id, TEN_U_SESSIONS);
    }
    const pn = (laCode: string, pupilId: string, parentId: string, urn: number, issuedOn = '2025-09-29') =>
      service().issuePenaltyNotice(system, {
        laCode,
        pupilId,
        parentId,
        urn,
        issuedOn,
        offenceLastDate: '2025-09-19',
        served: 'POST',
        issuer: { role: 'LA_OFFICER', authorised: true },
        support: 'SUPPORT_NOT_ENGAGED_WITH',
        likelyToChangeParentalBehaviour: true,
        noticeToImproveSkipped: { reason: 'WOULD_NOT_CHANGE_BEHAVIOUR', authorisedOfficer: 'J. Smith' },
      });
    ids.set('amyPn', (await pn(w.home, w.amy, w.amysMum, w.schoolA)).id);
    ids.set('amyNti', (await service().issueNoticeToImprove(system, { laCode: w.home, pupilId: w.amy, parentId: w.amysMum, urn: w.schoolA, issuedOn: '2025-09-22', support: 'SUPPORT_NOT_ENGAGED_WITH' })).id);
    ids.set(
      'benContract',
      (
        await service().proposeAttendanceContract(system, {
          laCode: w.home,
          pupilId: w.ben,
          urn: w.schoolB,
          parentIds: [w.bensDad],
          party: 'SCHOOL',
          proposedOn: '2025-09-22',
          requirements: ['Ben arrives by 8:45 each day'],
          supportStatement: 'Breakfast club place and a weekly check-in',
        })
      ).id,
    );
    ids.set('calEso', (await service().considerEducationSupervisionOrder(system, { laCode: w.home, pupilId: w.cal, consideredOn: '2025-10-01' })).id);
    ids.set('deePn', (await pn(w.neighbour, w.dee, w.deesMum, w.schoolC)).id);
    ids.set('fayEso', (await service().considerEducationSupervisionOrder(system, { laCode: w.neighbour, pupilId: w.fay, consideredOn: '2025-10-01' })).id);
  });

  describe('interventions: each caller sees only the children they work with', () => {
    const cases: [keyof Callers, string | string[]][] = [
      ['nobody', 'UNAUTHENTICATED'],
      ['parent', 'FORBIDDEN'],
      ['keyWithoutScope', 'FORBIDDEN'],
      ['staffA', ['amyNti', 'amyPn']],
      ['staffB', ['benContract']],
      ['officer', ['amyNti', 'amyPn', 'benContract', 'calEso', 'deePn']],
      ['admin', ['amyNti', 'amyPn', 'benContract', 'calEso', 'deePn']],
      ['neighbourOfficer', ['deePn', 'fayEso']],
      ['virtualSchool', ['calEso', 'fayEso']],
      ['laKey', ['amyNti', 'amyPn', 'benContract', 'calEso', 'deePn']],
      ['schoolKeyA', ['amyNti', 'amyPn']],
    ];
    it.each(cases)('%s → %j', async (caller, expected) => {
      const response = await as[caller].query(LIST, { filter: { openedTo: '2025-10-01' } });
      expect(outcomeOf(response, 'interventions', (c: { nodes: { id: string }[] }) => c.nodes.map((n) => nameOf(n.id)).sort())).toEqual(expected);
    });
  });

  describe('allowedNextSteps: only the steps the caller may take', () => {
    const STEPS = `query ($id: ID!, $laCode: String) { intervention(id: $id, laCode: $laCode) { allowedNextSteps } }`;
    const cases: [keyof Callers, string, string[] | null][] = [
      ['officer', 'amyPn', ['RECORD_PAYMENT', 'RECORD_NON_PAYMENT', 'WITHDRAW']],
      ['admin', 'amyPn', ['RECORD_PAYMENT', 'RECORD_NON_PAYMENT', 'WITHDRAW']],
      ['staffA', 'amyPn', []],
      ['staffA', 'amyNti', ['RECORD_OUTCOME']],
      ['staffB', 'benContract', ['AGREE', 'DECLINE']],
      ['officer', 'calEso', ['DECIDE_NOT_TO_APPLY', 'APPLY']],
      ['virtualSchool', 'calEso', []],
      ['laKey', 'amyPn', []],
      ['schoolKeyA', 'amyNti', []],
      ['neighbourOfficer', 'amyPn', null],
    ];
    it.each(cases)('%s on %s → %j', async (caller, name, expected) => {
      const response = await as[caller].query<{ intervention: { allowedNextSteps: string[] } | null }>(STEPS, { id: ids.get(name) });
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data?.intervention?.allowedNextSteps ?? null).toEqual(expected);
    });
  });

  it('filters by kind, pupil, school, parent and open/closed', async () => {
    const names = async (filter: object) =>
      ((await as.officer.query<{ interventions: { nodes: { id: string }[] } }>(LIST, { filter: { openedTo: '2025-10-01', ...filter } })).body.data?.interventions.nodes ?? [])
        .map((n) => nameOf(n.id))
        .sort();
    expect(await names({ kinds: ['PENALTY_NOTICE'] })).toEqual(['amyPn', 'deePn']);
    expect(await names({ pupilId: w.dee, laCode: w.neighbour })).toEqual(['deePn']);
    expect(await names({ urn: w.schoolB })).toEqual(['benContract']);
    expect(await names({ parentId: w.amysMum })).toEqual(['amyNti', 'amyPn']);
    expect(await names({ open: false })).toEqual([]);
  });

  it('gives a penalty notice with its kind’s own fields, parents, history, documents and allowed next steps', async () => {
    const response = await as.staffA.query(
      `query ($id: ID!) { intervention(id: $id) {
        __typename kind stateName allowedNextSteps pupil { forename }
        parents { forename relationship parentalResponsibility }
        events { action fromState toState occurredOn }
        documents { kind title content }
        ... on PenaltyNotice { state issuedOn offencePeriod { from to } served { method postedOn } issuer { role }
          terms { noticeNumber receivedOn reducedAmountPence reducedPayBy fullAmountPence payBy } threshold { sessionCount } noticeToImproveSkipped { reason } }
      } }`,
      { id: ids.get('amyPn') },
    );
    const pn = (response.body.data as { intervention: Record<string, unknown> }).intervention;
    expect(pn).toMatchObject({
      __typename: 'PenaltyNotice',
      kind: 'PENALTY_NOTICE',
      state: 'ISSUED',
      stateName: 'ISSUED',
      // Once issued, the notice is the LA's to take forward: the school sees no steps of its own.
      allowedNextSteps: [],
      pupil: { forename: 'Amy' },
      parents: [{ forename: 'Alice', relationship: 'MOTHER', parentalResponsibility: true }],
      events: [{ action: 'ISSUE', fromState: 'DRAFT', toState: 'ISSUED', occurredOn: '2025-09-29' }],
      issuedOn: '2025-09-29',
      offencePeriod: { from: '2025-09-15', to: '2025-09-19' },
      served: { method: 'POST', postedOn: '2025-09-29' },
      issuer: { role: 'LA_OFFICER' },
      terms: { noticeNumber: 1, receivedOn: '2025-10-01', reducedAmountPence: 8000, reducedPayBy: '2025-10-22', fullAmountPence: 16000, payBy: '2025-10-29' },
      threshold: { sessionCount: 10 },
      noticeToImproveSkipped: { reason: 'WOULD_NOT_CHANGE_BEHAVIOUR' },
    });
    const [doc] = pn['documents'] as { kind: string; title: string; content: string }[];
    expect(doc).toMatchObject({ kind: 'PENALTY_NOTICE', title: 'Penalty notice for Amy Casework' });
    expect(doc.content).toContain('Pay £80.00 by 2025-10-22');
    expect(doc.content).toContain('pay £160.00 by 2025-10-29');
    expect((await as.staffB.query(`query ($id: ID!) { intervention(id: $id) { id } }`, { id: ids.get('amyPn') })).body.data).toEqual({ intervention: null });
    const audited = (await asSystem(api.dataSource, `SELECT 1 FROM audit_event WHERE action = 'READ' AND entity = 'PenaltyNotice' AND entity_id = $1`, [ids.get('amyPn')])) as unknown[];
    expect(audited.length).toBeGreaterThan(0);
  });

  describe('issuePenaltyNotice: who may issue, and the 2-in-3-years limit as a typed refusal', () => {
    const cases: [keyof Callers, Record<string, unknown>, string][] = [
      ['nobody', {}, 'UNAUTHENTICATED'],
      ['parent', {}, 'FORBIDDEN'],
      ['virtualSchool', {}, 'FORBIDDEN'],
      ['laKey', {}, 'FORBIDDEN'],
      ['staffB', { issuer: { role: 'HEADTEACHER', authorised: true } }, 'NOT_PERMITTED'],
      ['neighbourOfficer', { laCode: '928' }, 'NOT_PERMITTED'],
      ['staffA', { issuer: { role: 'LA_OFFICER', authorised: true } }, 'ISSUER_NOT_AUTHORISED'],
      ['staffA', { issuer: { role: 'DEPUTY_OR_ASSISTANT_HEAD', authorised: false } }, 'ISSUER_NOT_AUTHORISED'],
      ['staffA', { issuer: { role: 'HEADTEACHER', authorised: true } }, 'PenaltyNotice'],
      ['officer', { issuedOn: '2025-10-13' }, 'LIMIT_REACHED_IN_3_YEARS'],
    ];
    it.each(cases)('%s %j → %s', async (caller, extra, expected) => {
      const before = await rowCount(api.dataSource, 'intervention');
      const input = {
        pupilId: w.amy,
        parentId: w.amysMum,
        urn: w.schoolA,
        issuedOn: '2025-10-06',
        offenceLastDate: '2025-09-19',
        served: 'HAND',
        issuer: { role: 'LA_OFFICER', authorised: true },
        support: 'SUPPORT_NOT_ENGAGED_WITH',
        likelyToChangeParentalBehaviour: true,
        noticeToImproveSkipped: SKIPPED,
        ...extra,
      };
      const response = await as[caller].query(ISSUE_PN, { input });
      expect(outcomeOf(response, 'issuePenaltyNotice', resultOf)).toBe(expected);
      expect(await rowCount(api.dataSource, 'intervention')).toBe(before + (expected === 'PenaltyNotice' ? 1 : 0));
    });

    it('makes the second notice £160 with no reduced rate, and says when the limit lifts on a third', async () => {
      const response = await as.officer.query<{ interventions: { nodes: { id: string }[] } }>(
        `query ($parentId: ID) { interventions(filter: { parentId: $parentId, kinds: [PENALTY_NOTICE] }) { nodes { id ... on PenaltyNotice { terms { noticeNumber fullAmountPence reducedAmountPence } } } } }`,
        { parentId: w.amysMum },
      );
      expect(response.body.data?.interventions.nodes).toEqual(
        expect.arrayContaining([expect.objectContaining({ terms: { noticeNumber: 2, fullAmountPence: 16000, reducedAmountPence: null } })]),
      );
      const third = await as.officer.query(ISSUE_PN, {
        input: {
          pupilId: w.amy,
          parentId: w.amysMum,
          urn: w.schoolA,
          issuedOn: '2025-10-13',
          offenceLastDate: '2025-09-19',
          served: 'POST',
          issuer: { role: 'LA_OFFICER', authorised: true },
          support: 'SUPPORT_NOT_ENGAGED_WITH',
          likelyToChangeParentalBehaviour: true,
          noticeToImproveSkipped: SKIPPED,
        },
      });
      const refused = (third.body.data as { issuePenaltyNotice: { reason: string; reasons: string[]; message: string; detail: { limit: { limitLiftsOn: string }; alternatives: string[] } } }).issuePenaltyNotice;
      expect(refused.reason).toBe('LIMIT_REACHED_IN_3_YEARS');
      expect(refused.reasons).toEqual(['LIMIT_REACHED_IN_3_YEARS']);
      expect(refused.message).toContain('consider prosecution or another legal intervention');
      expect(refused.message).toContain('possible again from 2028-09-29');
      expect(refused.detail.alternatives).toContain('PROSECUTION');
    });
  });

  it('refuses bad penalty-notice input with the field to fix, and a date that is no date before it reaches the service', async () => {
    const before = await rowCount(api.dataSource, 'intervention');
    const base = {
      pupilId: w.ben,
      parentId: w.bensDad,
      urn: w.schoolB,
      issuedOn: '2025-09-29',
      offenceLastDate: '2025-10-03',
      served: 'POST',
      issuer: { role: 'LA_OFFICER', authorised: true },
      support: 'SUPPORT_NOT_ENGAGED_WITH',
      likelyToChangeParentalBehaviour: true,
      noticeToImproveSkipped: SKIPPED,
    };
    const afterIssue = await as.officer.query(ISSUE_PN, { input: base });
    expect(afterIssue.body.data).toMatchObject({
      issuePenaltyNotice: { __typename: 'PenaltyNoticeRefused', reason: 'OFFENCE_AFTER_ISSUE', field: 'offenceLastDate', message: 'A notice can only cover absence before the day it is issued.' },
    });
    const wrongParent = await as.officer.query(ISSUE_PN, { input: { ...base, offenceLastDate: '2025-09-19', parentId: w.amysMum } });
    expect(wrongParent.body.data).toMatchObject({ issuePenaltyNotice: { reason: 'NOT_A_PARENT_UNDER_S576' } });
    const notSupported = await as.officer.query(ISSUE_PN, { input: { ...base, offenceLastDate: '2025-09-19', support: 'SUPPORT_NOT_YET_OFFERED', likelyToChangeParentalBehaviour: false } });
    expect(notSupported.body.data).toMatchObject({
      issuePenaltyNotice: { reason: 'SUPPORT_NOT_YET_TRIED', reasons: ['SUPPORT_NOT_YET_TRIED', 'NOT_LIKELY_TO_CHANGE_BEHAVIOUR'] },
    });
    const badDate = await as.officer.query(ISSUE_PN, { input: { ...base, issuedOn: '29/09/2025' } });
    expect(errorCode(badDate)).toBe('BAD_USER_INPUT');
    const badRole = await as.officer.query(ISSUE_PN, { input: { ...base, issuer: { role: 'TEACHER', authorised: true } } });
    expect(errorCode(badRole)).toBe('BAD_USER_INPUT');
    expect(await rowCount(api.dataSource, 'intervention')).toBe(before);
  });

  it('lets only the LA record payment, at the right amount; payment closes the notice', async () => {
    const pay = (caller: keyof Callers, amountPence: number) =>
      as[caller].query(`mutation ($input: RecordPenaltyNoticePaymentInput!) { recordPenaltyNoticePayment(input: $input) { ${PN_RESULT} } }`, {
        input: { id: ids.get('deePn'), laCode: w.neighbour, paidOn: '2025-10-15', amountPence, reference: 'PAY-123' },
      });
    expect(errorCode(await pay('staffA', 8000))).toBe('FORBIDDEN');
    // LA 928 may read its resident's notice held by LA 343, not change it: to a change it does not exist (row-level security).
    expect((await pay('officer', 8000)).body.data).toMatchObject({ recordPenaltyNoticePayment: { reason: 'UNKNOWN_INTERVENTION' } });
    expect((await pay('neighbourOfficer', 5000)).body.data).toMatchObject({
      recordPenaltyNoticePayment: { __typename: 'PenaltyNoticeRefused', reason: 'AMOUNT_TOO_LOW', message: 'The amount paid is less than the £80.00 due.' },
    });
    expect((await pay('neighbourOfficer', 8000)).body.data).toMatchObject({
      recordPenaltyNoticePayment: { state: 'PAID_REDUCED', closedOn: '2025-10-15', amountPaidPence: 8000, payments: [{ amountPence: 8000, paidOn: '2025-10-15', reference: 'PAY-123' }] },
    });
    expect((await pay('neighbourOfficer', 8000)).body.data).toMatchObject({ recordPenaltyNoticePayment: { reason: 'TRANSITION_NOT_ALLOWED' } });
  });

  it('after non-payment the LA prosecutes (opening a prosecution) or withdraws, with the written notice of withdrawal', async () => {
    const decide = (decidedOn: string, decision: string) =>
      as.officer.query(
        `mutation ($input: DecidePenaltyNoticeNonPaymentInput!) { decidePenaltyNoticeNonPayment(input: $input) {
          __typename
          ... on PenaltyNoticeNonPaymentDecided { penaltyNotice { state } prosecution { id state offence penaltyNoticeId } }
          ... on PenaltyNoticeRefused { reason message }
        } }`,
        { input: { id: ids.get('amyPn'), decidedOn, decision } },
      );
    expect((await decide('2025-10-20', 'PROSECUTE')).body.data).toMatchObject({
      decidePenaltyNoticeNonPayment: { reason: 'PAYMENT_PERIOD_RUNNING', message: 'The notice can still be paid until 2025-10-29.' },
    });
    // Non-payment is recorded and the referral refused in one transaction: nothing of it is kept.
    const events = await rowCount(api.dataSource, 'intervention_event');
    expect((await decide('2026-04-01', 'PROSECUTE')).body.data).toMatchObject({ decidePenaltyNoticeNonPayment: { reason: 'OUT_OF_TIME_FOR_PROSECUTION' } });
    expect(await rowCount(api.dataSource, 'intervention_event')).toBe(events);
    expect(await asSystem(api.dataSource, `SELECT state FROM intervention WHERE id = $1`, [ids.get('amyPn')])).toEqual([{ state: 'ISSUED' }]);
    const decided = (await decide('2025-11-05', 'PROSECUTE')).body.data as { decidePenaltyNoticeNonPayment: { prosecution: { id: string } } };
    expect(decided).toMatchObject({
      decidePenaltyNoticeNonPayment: { penaltyNotice: { state: 'PROSECUTION_REFERRED' }, prosecution: { state: 'PREPARING', offence: 'S444_1', penaltyNoticeId: ids.get('amyPn') } },
    });
    ids.set('amyProsecution', decided.decidePenaltyNoticeNonPayment.prosecution.id);

    const [second] = ((await as.officer.query<{ interventions: { nodes: { id: string; stateName: string }[] } }>(LIST, { filter: { parentId: w.amysMum, kinds: ['PENALTY_NOTICE'], open: true } }))
      .body.data?.interventions.nodes ?? []).filter((n) => n.stateName === 'ISSUED');
    const withdrawn = await as.officer.query(`mutation ($input: WithdrawPenaltyNoticeInput!) { withdrawPenaltyNotice(input: $input) { ${PN_RESULT} } }`, {
      input: { id: second.id, withdrawnOn: '2025-10-08', ground: 'MATERIAL_ERROR' },
    });
    expect(withdrawn.body.data).toMatchObject({
      withdrawPenaltyNotice: {
        state: 'WITHDRAWN',
        withdrawal: { ground: 'MATERIAL_ERROR', refundPence: 0 },
        documents: [{ kind: 'PENALTY_NOTICE' }, { kind: 'PENALTY_NOTICE_WITHDRAWAL', title: 'Withdrawal of the penalty notice for Amy Casework' }],
        allowedNextSteps: [],
      },
    });
    const outbox = (await asSystem(api.dataSource, `SELECT kind, recipient FROM notification_outbox WHERE payload->>'entityId' = $1 ORDER BY id`, [second.id])) as {
      kind: string;
      recipient: string;
    }[];
    expect(outbox).toEqual(
      expect.arrayContaining([
        { kind: 'PENALTY_NOTICE_ISSUED', recipient: `parent:${w.amysMum}` },
        { kind: 'PENALTY_NOTICE_WITHDRAWN', recipient: `parent:${w.amysMum}` },
        { kind: 'PENALTY_NOTICE_WITHDRAWN', recipient: `school:${w.schoolA}` },
      ]),
    );
  });

  it('takes a prosecution to conviction and a parenting order, refusing each step the law does not allow yet', async () => {
    const id = ids.get('amyProsecution') as string;
    const FRAGMENTS: Record<string, string> = {
      Prosecution: `... on Prosecution { id state informationLaidOn verdictOn sentence allowedNextSteps } ... on ProsecutionRefused { reason reasons message detail field }`,
      ParentingOrder: `... on ParentingOrder { id state madeOn terms { requirementsUntil programme { until } } } ... on ParentingOrderRefused { reason reasons message }`,
      EducationSupervisionOrder: `... on EducationSupervisionOrder { id state } ... on EducationSupervisionOrderRefused { reason reasons message }`,
    };
    const step = async (mutation: string, inputType: string, input: object) => {
      const kind = Object.keys(FRAGMENTS).find((k) => inputType.includes(k)) ?? 'Prosecution';
      const response = await as.officer.query<Record<string, Record<string, unknown>>>(
        `mutation ($input: ${inputType}!) { ${mutation}(input: $input) { __typename ${FRAGMENTS[kind]} } }`,
        { input },
      );
      return response.body.data?.[mutation] ?? response.body.errors;
    };
    const evidence = [
      'ATTENDANCE_REGISTER_EXTRACTS',
      'ADMISSION_REGISTER_EXTRACT',
      'PARENT_STATUS_UNDER_S576',
      'ESO_CONSIDERATION_RECORD',
      'PACE_CODE_C_INTERVIEW_RECORD',
      'SUPPORT_OFFERED',
      'LETTERS_AND_WARNINGS',
      'WITNESS_STATEMENTS',
      'PENALTY_NOTICE_HISTORY',
    ];
    expect(await step('layProsecutionInformation', 'LayProsecutionInformationInput', { id, occurredOn: '2025-11-10', evidence: evidence.slice(0, 3) })).toMatchObject({
      __typename: 'ProsecutionRefused',
      reason: 'ESO_NOT_CONSIDERED',
      reasons: ['ESO_NOT_CONSIDERED', 'EVIDENCE_INCOMPLETE'],
      message: 'The LA must consider an Education Supervision Order before prosecuting; record that consideration first.',
    });
    expect(await step('considerEducationSupervisionOrder', 'ConsiderEducationSupervisionOrderInput', { pupilId: w.amy, consideredOn: '2025-11-06' })).toMatchObject({
      state: 'CONSIDERING',
    });
    expect(await step('layProsecutionInformation', 'LayProsecutionInformationInput', { id, occurredOn: '2025-11-10', evidence })).toMatchObject({
      reason: 'EVIDENCE_INCOMPLETE',
      detail: { missingEvidence: ['NOTICE_TO_IMPROVE_HISTORY'] },
    });
    expect(await step('layProsecutionInformation', 'LayProsecutionInformationInput', { id, occurredOn: '2025-11-10', evidence: [...evidence, 'NOTICE_TO_IMPROVE_HISTORY'] })).toMatchObject({
      state: 'INFORMATION_LAID',
      informationLaidOn: '2025-11-10',
      allowedNextSteps: ['DIRECT_ESO', 'RESPOND_TO_ESO_DIRECTION', 'RECORD_VERDICT', 'WITHDRAW'],
    });
    expect(await step('recordProsecutionVerdict', 'RecordProsecutionVerdictInput', { id, occurredOn: '2025-12-01', verdict: 'GUILTY', sentence: ['IMPRISONMENT'] })).toMatchObject({
      reason: 'SENTENCE_NOT_AVAILABLE',
    });
    expect(await step('recordProsecutionVerdict', 'RecordProsecutionVerdictInput', { id, occurredOn: '2025-12-01', verdict: 'GUILTY', sentence: ['FINE', 'PARENTING_ORDER'] })).toMatchObject({
      state: 'CONVICTED',
      sentence: ['FINE', 'PARENTING_ORDER'],
    });
    const proposed = (await step('proposeParentingOrder', 'ProposeParentingOrderInput', { prosecutionId: id, proposedOn: '2025-12-01' })) as { id: string; state: string };
    expect(proposed.state).toBe('PROPOSED');
    const terms = { requirementsFrom: '2025-12-01', requirementsUntil: '2026-11-30', responsibleOfficer: 'Youth Offending Team' };
    expect(await step('makeParentingOrder', 'MakeParentingOrderInput', { id: proposed.id, occurredOn: '2025-12-01', terms })).toMatchObject({
      reason: 'PROGRAMME_REQUIRED',
      message: 'A first parenting order must include a counselling or guidance programme.',
    });
    const programme = { from: '2025-12-01', until: '2026-02-28', residential: false };
    expect(await step('makeParentingOrder', 'MakeParentingOrderInput', { id: proposed.id, occurredOn: '2025-12-01', terms: { ...terms, programme } })).toMatchObject({
      state: 'IN_FORCE',
      madeOn: '2025-12-01',
      terms: { requirementsUntil: '2026-11-30', programme: { until: '2026-02-28' } },
    });
    expect(await step('takeProsecutionStep', 'ProsecutionStepInput', { id: ids.get('amyNti'), occurredOn: '2025-12-02', action: 'WITHDRAW' })).toMatchObject({
      reason: 'WRONG_KIND_OF_INTERVENTION',
    });
    expect(errorCode({ status: 200, headers: new Headers(), body: { errors: (await step('takeProsecutionStep', 'ProsecutionStepInput', { id, occurredOn: '2025-12-02', action: 'EXTEND' })) as never } })).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('applies for an ESO only with the grounds shown, and never for a looked-after child', async () => {
    const eso = (caller: keyof Callers, input: object) =>
      as[caller].query(
        `mutation ($input: EducationSupervisionOrderStepInput!) { takeEducationSupervisionOrderStep(input: $input) {
          __typename ... on EducationSupervisionOrder { state appliedOn designatedLa ground madeOn expiresOn }
          ... on EducationSupervisionOrderRefused { reason reasons message field }
        } }`,
        { input },
      );
    expect(errorCode(await eso('staffA', { id: ids.get('calEso'), occurredOn: '2025-10-06', action: 'APPLY' }))).toBe('FORBIDDEN');
    expect((await eso('officer', { id: ids.get('calEso'), occurredOn: '2025-10-06', action: 'DECIDE_NOT_TO_APPLY' })).body.data).toMatchObject({
      takeEducationSupervisionOrderStep: { reason: 'INVALID_STEP_DATA', field: 'reason', message: 'DECIDE_NOT_TO_APPLY needs reason (string).' },
    });
    expect((await eso('officer', { id: ids.get('calEso'), occurredOn: '2025-10-06', action: 'APPLY', childrenServicesConsulted: false })).body.data).toMatchObject({
      takeEducationSupervisionOrderStep: { reason: 'GROUNDS_NOT_SHOWN', reasons: ['GROUNDS_NOT_SHOWN', 'CHILDREN_SERVICES_NOT_CONSULTED'] },
    });
    expect(
      (await eso('officer', { id: ids.get('calEso'), occurredOn: '2025-10-06', action: 'APPLY', childrenServicesConsulted: true, ground: 'NOT_ATTENDING_REGULARLY' })).body.data,
    ).toMatchObject({ takeEducationSupervisionOrderStep: { state: 'APPLIED', designatedLa: '928', ground: 'NOT_ATTENDING_REGULARLY' } });
    expect((await eso('officer', { id: ids.get('calEso'), occurredOn: '2025-11-03', action: 'COURT_MAKES' })).body.data).toMatchObject({
      takeEducationSupervisionOrderStep: { state: 'IN_FORCE', madeOn: '2025-11-03', expiresOn: '2026-11-02' },
    });
    expect(
      (await eso('neighbourOfficer', { laCode: '343', id: ids.get('fayEso'), occurredOn: '2025-10-06', action: 'APPLY', childrenServicesConsulted: true, ground: 'NOT_ATTENDING_REGULARLY' }))
        .body.data,
    ).toMatchObject({ takeEducationSupervisionOrderStep: { reason: 'CHILD_IN_LA_CARE' } });
  });

  it('agrees, reviews and escalates an attendance contract with the school, which may not agree it in a parent’s absence', async () => {
    const contract = (caller: keyof Callers, mutation: string, inputType: string, input: object) =>
      as[caller].query<Record<string, Record<string, unknown>>>(
        `mutation ($input: ${inputType}!) { ${mutation}(input: $input) { __typename
          ... on AttendanceContract { state startsOn endsOn reviewDueOn reviewedOn nonCompliance { on note } escalatedTo }
          ... on AttendanceContractRefused { reason message } } }`,
        { input: { id: ids.get('benContract'), ...input } },
      );
    expect(errorCode(await contract('staffA', 'signAttendanceContract', 'SignAttendanceContractInput', { occurredOn: '2025-09-29', signatures: [] }))).toBeUndefined();
    // Another school's contract does not exist for its staff (row-level security).
    expect((await contract('staffA', 'signAttendanceContract', 'SignAttendanceContractInput', { occurredOn: '2025-09-29', signatures: [] })).body.data).toMatchObject({
      signAttendanceContract: { reason: 'UNKNOWN_INTERVENTION' },
    });
    const absent = [{ parentId: w.bensDad, agreed: true, tookPart: false }];
    expect((await contract('staffB', 'signAttendanceContract', 'SignAttendanceContractInput', { occurredOn: '2025-09-29', signatures: absent })).body.data).toMatchObject({
      signAttendanceContract: { reason: 'CANNOT_BE_AGREED_IN_ABSENCE', message: 'Every parent on the contract must take part in agreeing it.' },
    });
    const signed = [{ parentId: w.bensDad, agreed: true, tookPart: true }];
    expect((await contract('staffB', 'signAttendanceContract', 'SignAttendanceContractInput', { occurredOn: '2025-09-29', signatures: signed })).body.data).toMatchObject({
      signAttendanceContract: { state: 'ACTIVE', startsOn: '2025-09-29', endsOn: '2025-12-21', reviewDueOn: '2025-11-10' },
    });
    expect((await contract('staffB', 'reviewAttendanceContract', 'ReviewAttendanceContractInput', { occurredOn: '2025-11-10' })).body.data).toMatchObject({
      reviewAttendanceContract: { reviewedOn: ['2025-11-10'], reviewDueOn: '2025-12-22' },
    });
    expect((await contract('officer', 'takeAttendanceContractStep', 'AttendanceContractStepInput', { occurredOn: '2025-11-12', action: 'ESCALATE', escalateTo: 'PROSECUTION' })).body.data).toMatchObject({
      takeAttendanceContractStep: { reason: 'NO_NON_COMPLIANCE_RECORDED' },
    });
    expect((await contract('officer', 'takeAttendanceContractStep', 'AttendanceContractStepInput', { occurredOn: '2025-11-12', action: 'ESCALATE' })).body.data).toMatchObject({
      takeAttendanceContractStep: { reason: 'INVALID_STEP_DATA', message: 'ESCALATE needs escalateTo (string).' },
    });
    await contract('officer', 'takeAttendanceContractStep', 'AttendanceContractStepInput', { occurredOn: '2025-11-12', action: 'RECORD_NON_COMPLIANCE', note: 'Late 4 days of 5' });
    expect((await contract('officer', 'takeAttendanceContractStep', 'AttendanceContractStepInput', { occurredOn: '2025-11-13', action: 'ESCALATE', escalateTo: 'PROSECUTION' })).body.data).toMatchObject({
      takeAttendanceContractStep: { state: 'ESCALATED', nonCompliance: [{ on: '2025-11-12', note: 'Late 4 days of 5' }], escalatedTo: 'PROSECUTION' },
    });
  });

  it('runs the School Attendance Order steps for the LA, with the 15-day notice to satisfy', async () => {
    const considered = await as.officer.query<{ considerSchoolAttendanceOrder: { id: string; state: string } }>(
      `mutation ($input: ConsiderSchoolAttendanceOrderInput!) { considerSchoolAttendanceOrder(input: $input) { ... on SchoolAttendanceOrder { id state allowedNextSteps } } }`,
      { input: { pupilId: w.ben, parentId: w.bensDad, consideredOn: '2025-10-01' } },
    );
    const id = considered.body.data?.considerSchoolAttendanceOrder.id;
    const sao = (input: object) =>
      as.officer.query(
        `mutation ($input: SchoolAttendanceOrderStepInput!) { takeSchoolAttendanceOrderStep(input: $input) { __typename
          ... on SchoolAttendanceOrder { state noticeToSatisfy { servedOn satisfyBy } }
          ... on SchoolAttendanceOrderRefused { reason message } } }`,
        { input: { id, occurredOn: '2025-10-02', ...input } },
      );
    expect((await sao({ action: 'SERVE_NOTICE_TO_SATISFY', periodDays: 10 })).body.data).toMatchObject({
      takeSchoolAttendanceOrderStep: { reason: 'PERIOD_TOO_SHORT', message: 'The parent must be given at least 15 days.' },
    });
    expect((await sao({ action: 'SERVE_NOTICE_TO_SATISFY', periodDays: 15 })).body.data).toMatchObject({
      takeSchoolAttendanceOrderStep: { state: 'NOTICE_TO_SATISFY_SERVED', noticeToSatisfy: { servedOn: '2025-10-02' } },
    });
    expect((await sao({ action: 'SERVE_ORDER', namedSchool: 'School 100002', expedientToAttendSchool: true, occurredOn: '2025-10-05' })).body.data).toMatchObject({
      takeSchoolAttendanceOrderStep: { reason: 'NOTICE_OF_INTENTION_REQUIRED' },
    });
  });

  it('issues a Notice to Improve from the school and refuses its outcome while the period runs', async () => {
    const issued = await as.staffA.query<{ issueNoticeToImprove: { id: string } }>(
      `mutation ($input: IssueNoticeToImproveInput!) { issueNoticeToImprove(input: $input) { __typename
        ... on NoticeToImprove { id state period { startsOn endsOn schoolDays } contents documents { kind } }
        ... on NoticeToImproveRefused { reason message } } }`,
      { input: { pupilId: w.amy, parentId: w.amysMum, urn: w.schoolA, issuedOn: '2025-10-06', support: 'SUPPORT_PROVIDED_NOT_WORKED' } },
    );
    expect(issued.body.data).toMatchObject({
      issueNoticeToImprove: { __typename: 'NoticeToImprove', state: 'IN_PROGRESS', period: { startsOn: '2025-10-06' }, documents: [{ kind: 'NOTICE_TO_IMPROVE' }] },
    });
    const outcome = await as.staffA.query(
      `mutation ($input: RecordNoticeToImproveOutcomeInput!) { recordNoticeToImproveOutcome(input: $input) { ... on NoticeToImproveRefused { reason message } } }`,
      { input: { id: issued.body.data?.issueNoticeToImprove.id, occurredOn: '2025-10-10' } },
    );
    expect(outcome.body.data).toMatchObject({ recordNoticeToImproveOutcome: { reason: 'IMPROVEMENT_PERIOD_RUNNING' } });
    const noThreshold = await as.staffA.query(
      `mutation ($input: IssueNoticeToImproveInput!) { issueNoticeToImprove(input: $input) { ... on NoticeToImproveRefused { reason message } } }`,
      { input: { pupilId: w.cal, parentId: w.amysMum, urn: w.schoolA, issuedOn: '2025-10-06', support: 'SUPPORT_PROVIDED_NOT_WORKED' } },
    );
    expect(noThreshold.body.data).toMatchObject({ issueNoticeToImprove: { reason: 'NOT_A_PARENT_UNDER_S576' } });
  });

  it('audits every change to an intervention in the same transaction', async () => {
    const rows = (await asSystem(api.dataSource, 
      `SELECT action, count(*)::int AS n FROM audit_event WHERE entity IN ('PenaltyNotice', 'Prosecution', 'ParentingOrder') AND action <> 'READ' GROUP BY action ORDER BY action`,
    )) as { action: string; n: number }[];
    expect(rows.map((r) => r.action)).toEqual(['CREATE', 'UPDATE']);
  });
});

describe('interventions: a page of 1, 10 or 100 costs the same number of statements', () => {
  const api = useApi({ requestsPerMinute: { apiKey: 10_000, account: 10_000, anonymous: 10_000 } });

  it('lists interventions with pupil, parents, history, payments and documents in a constant number of statements', async () => {
    const la = await seedScaleSchool(api.dataSource, 100);
    await asSystem(api.dataSource, `INSERT INTO parent (la_code, forename, surname) SELECT la_code, 'Parent', surname FROM pupil WHERE la_code = $1`, [la]);
    await asSystem(api.dataSource, 
      `INSERT INTO pupil_parent (la_code, pupil_id, parent_id, relationship, parental_responsibility, lives_with)
       SELECT p.la_code, p.id, pa.id, 'MOTHER', true, true FROM pupil p JOIN parent pa ON pa.la_code = p.la_code AND pa.surname = p.surname WHERE p.la_code = $1`,
      [la],
    );
    const details = {
      parentId: '0',
      childId: '0',
      state: 'ISSUED',
      offenceDate: '2025-09-19',
      issuedOn: '2025-09-29',
      terms: { noticeNumber: 1, receivedOn: '2025-10-01', fullAmountPence: 16000, payBy: '2025-10-29', proceedingsNotBefore: '2025-10-30' },
    };
    await asSystem(api.dataSource, 
      `INSERT INTO intervention (la_code, pupil_id, kind, state, details, opened_on, created_by)
       SELECT la_code, id, 'PENALTY_NOTICE', 'ISSUED', $2::jsonb, '2025-09-29', 'test' FROM pupil WHERE la_code = $1`,
      [la, JSON.stringify(details)],
    );
    await asSystem(api.dataSource, 
      `INSERT INTO intervention_parent (la_code, intervention_id, parent_id)
       SELECT i.la_code, i.id, pp.parent_id FROM intervention i JOIN pupil_parent pp ON pp.la_code = i.la_code AND pp.pupil_id = i.pupil_id WHERE i.la_code = $1`,
      [la],
    );
    await asSystem(api.dataSource, 
      `INSERT INTO intervention_event (la_code, intervention_id, action, from_state, to_state, occurred_on, recorded_by)
       SELECT la_code, id, 'ISSUE', 'DRAFT', 'ISSUED', '2025-09-29', 'test' FROM intervention WHERE la_code = $1`,
      [la],
    );
    await asSystem(api.dataSource, `INSERT INTO intervention_payment (la_code, intervention_id, amount_pence, paid_on) SELECT la_code, id, 100, '2025-10-02' FROM intervention WHERE la_code = $1`, [la]);
    await asSystem(api.dataSource, `INSERT INTO intervention_document (la_code, intervention_id, kind, title, content) SELECT la_code, id, 'PENALTY_NOTICE', 'Notice', 'text' FROM intervention WHERE la_code = $1`, [la]);
    const officer = await api.signIn({ role: 'LA_OFFICER', laCode: la });
    const query = `query ($first: Int) { interventions(first: $first) { nodes {
      id stateName allowedNextSteps pupil { upn } parents { forename } events { action } payments { amountPence } documents { title }
      ... on PenaltyNotice { state terms { payBy } }
    } } }`;
    const counts: number[] = [];
    for (const first of [1, 10, 100]) {
      counts.push(
        await countStatements(async () => {
          const response = await officer.query<{ interventions: { nodes: unknown[] } }>(query, { first });
          expect(response.body.errors).toBeUndefined();
          expect(response.body.data?.interventions.nodes).toHaveLength(first);
        }),
      );
    }
    expect(counts[1]).toBe(counts[0]);
    expect(counts[2]).toBe(counts[0]);
  });
});
