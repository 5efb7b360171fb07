import { countRows, refusalOf, seedCharacteristic, seedEnrolment, seedLocalAuthority, seedParent, seedPupil, seedSchool, useTestDataSource } from '@rollcall/db/testing';
import { Refusal, systemActor, systemScope } from '@rollcall/api-core';
import { requiredProsecutionEvidence } from '@rollcall/rules';
import { InterventionService } from './intervention.service';
import { allowedNextStepsFor } from './intervention-access';

const LA = '343';
const OTHER_LA = '344';
const SCHOOL = 100001;
const INDEPENDENT = 100009;
const scope = systemScope(systemActor('test'), LA);
const db = useTestDataSource();
let service: InterventionService;

async function family(extra: { homeLaCode?: string } = {}): Promise<{ pupilId: string; parentId: string }> {
  const pupilId = await seedPupil(db.dataSource, { laCode: LA, ...extra });
  await seedEnrolment(db.dataSource, { laCode: LA, pupilId, urn: SCHOOL, admittedOn: '2024-09-02' });
  const parentId = await seedParent(db.dataSource, { laCode: LA, pupilId });
  return { pupilId, parentId };
}

beforeAll(async () => {
  service = new InterventionService(db.dataSource);
  await seedLocalAuthority(db.dataSource, LA, 'Sefton');
  await seedLocalAuthority(db.dataSource, OTHER_LA, 'Knowsley');
  await seedSchool(db.dataSource, { urn: SCHOOL, laCode: LA });
  await seedSchool(db.dataSource, { urn: INDEPENDENT, laCode: LA, type: 'INDEPENDENT' });
});

describe('attendance contracts', () => {
  const proposal = (f: { pupilId: string; parentId: string }, urn = SCHOOL) => ({
    laCode: LA,
    pupilId: f.pupilId,
    urn,
    parentIds: [f.parentId],
    party: 'SCHOOL' as const,
    proposedOn: '2025-10-01',
    requirements: ['Bring Amy to school by 8:45 every day'],
    supportStatement: 'Morning check-in with the learning mentor',
  });

  it('is agreed by the parent in person, reviewed, and escalated once non-compliance is recorded', async () => {
    const f = await family();
    const contract = await service.proposeAttendanceContract(scope, proposal(f));
    expect(contract.state).toBe('PROPOSED');
    expect(allowedNextStepsFor(scope, contract)).toEqual(['AGREE', 'DECLINE']);

    const absent = await refusalOf(
      service.applyTransition(scope, {
        laCode: LA,
        interventionId: contract.id,
        occurredOn: '2025-10-06',
        action: 'AGREE',
        data: { signatures: [{ parentId: f.parentId, agreed: true, tookPart: false }] },
      }),
      Refusal,
    );
    expect(absent.code).toBe('CANNOT_BE_AGREED_IN_ABSENCE');

    const active = await service.applyTransition(scope, {
      laCode: LA,
      interventionId: contract.id,
      occurredOn: '2025-10-06',
      action: 'AGREE',
      data: { signatures: [{ parentId: f.parentId, agreed: true, tookPart: true }] },
    });
    expect(active).toMatchObject({ state: 'ACTIVE', details: { startsOn: '2025-10-06', endsOn: '2025-12-28', reviewDueOn: '2025-11-17' } });

    const early = await refusalOf(service.applyTransition(scope, { laCode: LA, interventionId: contract.id, occurredOn: '2025-11-01', action: 'ESCALATE', data: { to: 'PROSECUTION' } }), Refusal);
    expect(early.code).toBe('NO_NON_COMPLIANCE_RECORDED');
    await service.applyTransition(scope, { laCode: LA, interventionId: contract.id, occurredOn: '2025-11-03', action: 'RECORD_NON_COMPLIANCE', data: { note: 'Late every day this week' } });
    const escalated = await service.applyTransition(scope, { laCode: LA, interventionId: contract.id, occurredOn: '2025-11-10', action: 'ESCALATE', data: { to: 'PROSECUTION' } });
    expect(escalated).toMatchObject({ state: 'ESCALATED', closedOn: '2025-11-10', details: { escalatedTo: 'PROSECUTION' } });
    expect(escalated.events.map((e) => [e.action, e.toState])).toEqual([
      ['PROPOSE', 'PROPOSED'],
      ['AGREE', 'ACTIVE'],
      ['RECORD_NON_COMPLIANCE', 'ACTIVE'],
      ['ESCALATE', 'ESCALATED'],
    ]);
    expect(escalated.events[2].reason).toBe('Late every day this week');
    expect(allowedNextStepsFor(scope, escalated)).toEqual([]);
  });

  it('is refused at an independent school, writing nothing', async () => {
    const f = await family();
    const before = await countRows(db.dataSource, 'intervention');
    const refusal = await refusalOf(service.proposeAttendanceContract(scope, proposal(f, INDEPENDENT)), Refusal);
    expect(refusal.code).toBe('NOT_AVAILABLE_AT_SCHOOL_TYPE');
    expect(refusal.message).toContain('not available at independent schools');
    expect(await countRows(db.dataSource, 'intervention')).toBe(before);
  });
});

describe('Education Supervision Orders', () => {
  const apply = { childrenServicesConsulted: true, ground: 'NOT_ATTENDING_REGULARLY' as const };

  it('is refused for a looked-after child, recording nothing', async () => {
    const f = await family();
    await seedCharacteristic(db.dataSource, { laCode: LA, pupilId: f.pupilId, characteristic: 'LOOKED_AFTER', startsOn: '2025-01-01' });
    const eso = await service.considerEducationSupervisionOrder(scope, { laCode: LA, pupilId: f.pupilId, urn: SCHOOL, consideredOn: '2025-10-01' });
    const events = await countRows(db.dataSource, 'intervention_event');
    const refusal = await refusalOf(service.applyTransition(scope, { laCode: LA, interventionId: eso.id, occurredOn: '2025-10-10', action: 'APPLY', data: apply }), Refusal);
    expect(refusal.code).toBe('CHILD_IN_LA_CARE');
    expect(refusal.message).toContain('in the care of a local authority');
    expect(await countRows(db.dataSource, 'intervention_event')).toBe(events);
    const held = await service.applyTransition(scope, { laCode: LA, interventionId: eso.id, occurredOn: '2025-10-10', action: 'DECIDE_NOT_TO_APPLY', data: { reason: 'Looked after: the Virtual School leads' } });
    expect(held.state).toBe('DECIDED_NOT_TO_APPLY');
  });

  it('is applied for (designated LA where the child lives), made for a year, and cannot be ended early by recording its end', async () => {
    const f = await family({ homeLaCode: OTHER_LA });
    const eso = await service.considerEducationSupervisionOrder(scope, { laCode: LA, pupilId: f.pupilId, urn: SCHOOL, consideredOn: '2025-10-01' });
    const applied = await service.applyTransition(scope, { laCode: LA, interventionId: eso.id, occurredOn: '2025-10-10', action: 'APPLY', data: apply });
    expect(applied).toMatchObject({ state: 'APPLIED', details: { applyingLa: LA, designatedLa: OTHER_LA } });
    const made = await service.applyTransition(scope, { laCode: LA, interventionId: eso.id, occurredOn: '2025-11-20', action: 'COURT_MAKES' });
    expect(made).toMatchObject({ state: 'IN_FORCE', details: { madeOn: '2025-11-20', expiresOn: '2026-11-19', endsOn: '2026-11-19', endReason: 'EXPIRED' } });
    const refusal = await refusalOf(service.applyTransition(scope, { laCode: LA, interventionId: eso.id, occurredOn: '2026-01-01', action: 'RECORD_END' }), Refusal);
    expect(refusal.code).toBe('ORDER_STILL_IN_FORCE');
    expect(refusal.message).toContain('2026-11-19');
  });

  it('is the LA’s alone', async () => {
    const f = await family();
    const staff = { actor: systemActor('staff'), role: 'SCHOOL_STAFF' as const, laCode: LA, urns: [SCHOOL] };
    const refusal = await refusalOf(service.considerEducationSupervisionOrder(staff, { laCode: LA, pupilId: f.pupilId, urn: SCHOOL, consideredOn: '2025-10-01' }), Refusal);
    expect(refusal.code).toBe('NOT_PERMITTED');
  });
});

describe('prosecutions and parenting orders', () => {
  const evidence = requiredProsecutionEvidence('S444_1', { penaltyNoticeIssued: false, noticeToImproveIssued: false });

  it('needs an ESO to have been considered, then runs to conviction and a parenting order', async () => {
    const f = await family();
    const prosecution = await service.prepareProsecution(scope, {
      laCode: LA,
      pupilId: f.pupilId,
      parentId: f.parentId,
      urn: SCHOOL,
      offence: 'S444_1',
      offenceDate: '2025-10-17',
      openedOn: '2025-11-01',
    });
    const lay = { laCode: LA, interventionId: prosecution.id, occurredOn: '2025-11-10', action: 'LAY_INFORMATION' as const, data: { evidence } };
    expect((await refusalOf(service.applyTransition(scope, lay), Refusal)).code).toBe('ESO_NOT_CONSIDERED');

    await service.considerEducationSupervisionOrder(scope, { laCode: LA, pupilId: f.pupilId, urn: SCHOOL, consideredOn: '2025-11-03' });
    const laid = await service.applyTransition(scope, lay);
    expect(laid).toMatchObject({ state: 'INFORMATION_LAID', details: { informationLaidOn: '2025-11-10' } });
    const convicted = await service.applyTransition(scope, {
      laCode: LA,
      interventionId: prosecution.id,
      occurredOn: '2026-01-12',
      action: 'RECORD_VERDICT',
      data: { verdict: 'GUILTY', sentence: ['FINE', 'PARENTING_ORDER'] },
    });
    expect(convicted.state).toBe('CONVICTED');

    const order = await service.proposeParentingOrder(scope, { laCode: LA, prosecutionId: prosecution.id, proposedOn: '2026-01-12' });
    expect(order).toMatchObject({ kind: 'PARENTING_ORDER', state: 'PROPOSED', details: { conviction: 'S444_1', prosecutionId: prosecution.id } });
    const terms = { requirementsFrom: '2026-01-12', requirementsUntil: '2027-01-11', responsibleOfficer: 'A. Patel, Youth Offending Team' };
    const noProgramme = await refusalOf(
      service.applyTransition(scope, { laCode: LA, interventionId: order.id, occurredOn: '2026-01-12', action: 'MAKE', data: { terms } }),
      Refusal,
    );
    expect(noProgramme.code).toBe('PROGRAMME_REQUIRED');
    const made = await service.applyTransition(scope, {
      laCode: LA,
      interventionId: order.id,
      occurredOn: '2026-01-12',
      action: 'MAKE',
      data: { terms: { ...terms, programme: { from: '2026-01-19', until: '2026-04-17', residential: false } } },
    });
    expect(made.state).toBe('IN_FORCE');
  });

  it('refuses to lay an information more than 6 months after the offence', async () => {
    const f = await family();
    await service.considerEducationSupervisionOrder(scope, { laCode: LA, pupilId: f.pupilId, consideredOn: '2025-03-01' });
    const prosecution = await service.prepareProsecution(scope, {
      laCode: LA,
      pupilId: f.pupilId,
      parentId: f.parentId,
      offence: 'S444_1',
      offenceDate: '2025-03-14',
      openedOn: '2025-09-01',
    });
    const refusal = await refusalOf(
      service.applyTransition(scope, { laCode: LA, interventionId: prosecution.id, occurredOn: '2025-09-15', action: 'LAY_INFORMATION', data: { evidence } }),
      Refusal,
    );
    expect(refusal.code).toBe('OUT_OF_TIME');
    expect(refusal.message).toContain('2025-09-14');
  });

  it('proposes a parenting order only on a conviction', async () => {
    const f = await family();
    const prosecution = await service.prepareProsecution(scope, { laCode: LA, pupilId: f.pupilId, parentId: f.parentId, offence: 'S444_1', offenceDate: '2025-10-17', openedOn: '2025-11-01' });
    const refusal = await refusalOf(service.proposeParentingOrder(scope, { laCode: LA, prosecutionId: prosecution.id, proposedOn: '2025-11-02' }), Refusal);
    expect(refusal.code).toBe('NOT_CONVICTED');
  });
});

describe('School Attendance Orders', () => {
  it('serves a notice to satisfy of at least 15 days, a notice of intention, then the order', async () => {
    const f = await family();
    const sao = await service.considerSchoolAttendanceOrder(scope, { laCode: LA, pupilId: f.pupilId, parentId: f.parentId, consideredOn: '2025-10-01' });
    const short = await refusalOf(
      service.applyTransition(scope, { laCode: LA, interventionId: sao.id, occurredOn: '2025-10-02', action: 'SERVE_NOTICE_TO_SATISFY', data: { periodDays: 10 } }),
      Refusal,
    );
    expect(short.code).toBe('PERIOD_TOO_SHORT');
    const served = await service.applyTransition(scope, { laCode: LA, interventionId: sao.id, occurredOn: '2025-10-02', action: 'SERVE_NOTICE_TO_SATISFY', data: { periodDays: 15 } });
    expect(served).toMatchObject({ state: 'NOTICE_TO_SATISFY_SERVED', details: { noticeToSatisfy: { satisfyBy: '2025-10-16' } } });
    await service.applyTransition(scope, {
      laCode: LA,
      interventionId: sao.id,
      occurredOn: '2025-10-20',
      action: 'SERVE_NOTICE_OF_INTENTION',
      data: { intendedSchool: 'School 100001', alternatives: ['St Mary’s'] },
    });
    const order = await service.applyTransition(scope, {
      laCode: LA,
      interventionId: sao.id,
      occurredOn: '2025-11-05',
      action: 'SERVE_ORDER',
      data: { namedSchool: 'School 100001', expedientToAttendSchool: true },
    });
    expect(order).toMatchObject({ state: 'IN_FORCE', closedOn: null, details: { namedSchool: 'School 100001' } });
  });

  it('is refused for a child who does not live in the LA’s area', async () => {
    const f = await family({ homeLaCode: OTHER_LA });
    const sao = await service.considerSchoolAttendanceOrder(scope, { laCode: LA, pupilId: f.pupilId, parentId: f.parentId, consideredOn: '2025-10-01' });
    const refusal = await refusalOf(
      service.applyTransition(scope, { laCode: LA, interventionId: sao.id, occurredOn: '2025-10-02', action: 'SERVE_NOTICE_TO_SATISFY', data: { periodDays: 15 } }),
      Refusal,
    );
    expect(refusal.code).toBe('CHILD_NOT_IN_LA_AREA');
  });
});

describe('applyTransition', () => {
  it('refuses an action the kind does not know, data the rules need, and a step the state does not accept', async () => {
    const f = await family();
    const sao = await service.considerSchoolAttendanceOrder(scope, { laCode: LA, pupilId: f.pupilId, parentId: f.parentId, consideredOn: '2025-10-01' });
    const base = { laCode: LA, interventionId: sao.id, occurredOn: '2025-10-02' };
    expect((await refusalOf(service.applyTransition(scope, { ...base, action: 'COURT_MAKES' }), Refusal)).code).toBe('UNKNOWN_ACTION');
    const missing = await refusalOf(service.applyTransition(scope, { ...base, action: 'SERVE_NOTICE_TO_SATISFY', data: {} as { periodDays: number } }), Refusal);
    expect(missing).toMatchObject({ code: 'INVALID_STEP_DATA', detail: { field: 'data.periodDays' } });
    const notNow = await refusalOf(service.applyTransition(scope, { ...base, action: 'AMEND', data: { namedSchool: 'Another school' } }), Refusal);
    expect(notNow).toMatchObject({ code: 'TRANSITION_NOT_ALLOWED', detail: { from: 'CONSIDERING', event: 'AMEND' } });
    expect((await refusalOf(service.applyTransition(scope, { ...base, interventionId: '999999', action: 'PARENT_SATISFIES' }), Refusal)).code).toBe(
      'UNKNOWN_INTERVENTION',
    );
  });
});
