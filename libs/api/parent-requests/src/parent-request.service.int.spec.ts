import { countRows, refusalOf, seedEnrolment, seedLocalAuthority, seedParent, seedPupil, seedSchool, useTestDataSource } from '@rollcall/db/testing';
import { Refusal, Scope, inTransaction, systemActor, systemScope } from '@rollcall/api-core';
import { todayInEngland } from '@rollcall/api-pupils';
import { addDays } from '@rollcall/rules';
import { ParentRequestService } from './parent-request.service';

const LA = '343';
const SCHOOL = 100001;
const system = systemScope(systemActor('test'), LA);
const staff: Scope = { actor: { kind: 'USER', id: 'u1', label: 'office@school.example' }, role: 'SCHOOL_STAFF', laCode: LA, urns: [SCHOOL] };
const db = useTestDataSource();
let service: ParentRequestService;

const parentScope = (parentId: string): Scope => ({ actor: { kind: 'USER', id: 'p', label: 'parent@home.example' }, role: 'PARENT', laCode: LA, parentIds: [parentId] });

async function family(link: { parentalResponsibility?: boolean; livesWith?: boolean } = {}): Promise<{ pupilId: string; parentId: string }> {
  const pupilId = await seedPupil(db.dataSource, { laCode: LA });
  await seedEnrolment(db.dataSource, { laCode: LA, pupilId, urn: SCHOOL, admittedOn: '2024-09-02' });
  const parentId = await seedParent(db.dataSource, { laCode: LA, pupilId, ...link });
  return { pupilId, parentId };
}

beforeAll(async () => {
  service = new ParentRequestService(db.dataSource);
  await seedLocalAuthority(db.dataSource, LA);
  await seedSchool(db.dataSource, { urn: SCHOOL, laCode: LA });
});

describe('reporting absence', () => {
  const report = (f: { pupilId: string; parentId: string }) => ({
    laCode: LA,
    pupilId: f.pupilId,
    parentId: f.parentId,
    firstDate: '2025-10-06',
    firstSession: 'AM' as const,
    lastDate: '2025-10-07',
    lastSession: 'PM' as const,
    reason: 'ILLNESS' as const,
    details: 'Temperature',
  });

  it('takes a report from a parent with parental responsibility, and the school accepts it', async () => {
    const f = await family();
    const received = await service.reportAbsence(parentScope(f.parentId), report(f));
    expect(received).toMatchObject({ status: 'RECEIVED', reason: 'ILLNESS', firstDate: '2025-10-06', lastSession: 'PM', details: 'Temperature' });
    const accepted = await service.reviewAbsenceReport(staff, { laCode: LA, reportId: received.id, status: 'ACCEPTED' });
    expect(accepted.status).toBe('ACCEPTED');
    expect((await refusalOf(service.reviewAbsenceReport(staff, { laCode: LA, reportId: received.id, status: 'QUERIED' }), Refusal)).code).toBe('ALREADY_ACCEPTED');
    const listed = await inTransaction(db.dataSource, system, (tx) => service.requestsForPupil(tx, LA, f.pupilId));
    expect(listed.absenceReports.map((r) => r.id)).toEqual([received.id]);
  });

  it('refuses a parent without parental responsibility, writing nothing', async () => {
    const f = await family({ parentalResponsibility: false });
    const before = await countRows(db.dataSource, 'absence_report');
    const refusal = await refusalOf(service.reportAbsence(parentScope(f.parentId), report(f)), Refusal);
    expect(refusal.code).toBe('NO_PARENTAL_RESPONSIBILITY');
    expect(await countRows(db.dataSource, 'absence_report')).toBe(before);
  });

  it('refuses a parent reporting as someone else, a period that ends before it starts, and OTHER without details', async () => {
    const f = await family();
    const other = await family();
    expect((await refusalOf(service.reportAbsence(parentScope(other.parentId), report(f)), Refusal)).code).toBe('NOT_PERMITTED');
    expect((await refusalOf(service.reportAbsence(staff, { ...report(f), lastDate: '2025-10-06', firstSession: 'PM', lastSession: 'AM' }), Refusal)).code).toBe(
      'INVALID_PERIOD',
    );
    expect(await refusalOf(service.reportAbsence(staff, { ...report(f), reason: 'OTHER', details: undefined }), Refusal)).toMatchObject({
      code: 'INVALID_INPUT',
      detail: { field: 'details' },
    });
  });
});

describe('leave of absence', () => {
  const soon = addDays(todayInEngland(), 14);
  const request = (f: { pupilId: string; parentId: string }) => ({
    laCode: LA,
    pupilId: f.pupilId,
    parentId: f.parentId,
    firstDate: soon,
    lastDate: addDays(soon, 1),
    reason: 'Grandparent’s funeral in Ireland',
  });

  it('is asked for in advance and granted as C only in exceptional circumstances', async () => {
    const f = await family();
    const pending = await service.requestLeave(parentScope(f.parentId), request(f));
    expect(pending).toMatchObject({ status: 'PENDING', firstDate: soon, decisionCode: null });

    const noReason = await refusalOf(service.decideLeave(staff, { laCode: LA, requestId: pending.id, decision: 'REFUSED', reason: ' ' }), Refusal);
    expect(noReason.code).toBe('REASON_REQUIRED');
    const notExceptional = await refusalOf(service.decideLeave(staff, { laCode: LA, requestId: pending.id, decision: 'GRANTED', code: 'C', reason: 'Funeral' }), Refusal);
    expect(notExceptional.code).toBe('NOT_EXCEPTIONAL_CIRCUMSTANCES');

    const granted = await service.decideLeave(staff, {
      laCode: LA,
      requestId: pending.id,
      decision: 'GRANTED',
      code: 'C',
      reason: 'Funeral of a close family member',
      exceptionalCircumstances: true,
    });
    expect(granted).toMatchObject({ status: 'GRANTED', decisionCode: 'C', decisionReason: 'Funeral of a close family member', decidedBy: 'office@school.example' });
    expect((await refusalOf(service.decideLeave(staff, { laCode: LA, requestId: pending.id, decision: 'REFUSED', reason: 'Changed our mind' }), Refusal)).code).toBe(
      'ALREADY_DECIDED',
    );
  });

  it('refuses with a reason and no code', async () => {
    const f = await family();
    const pending = await service.requestLeave(parentScope(f.parentId), request(f));
    const refused = await service.decideLeave(staff, { laCode: LA, requestId: pending.id, decision: 'REFUSED', reason: 'A family holiday is not exceptional' });
    expect(refused).toMatchObject({ status: 'REFUSED', decisionCode: null, decisionReason: 'A family holiday is not exceptional' });
  });

  it('grants C only to a request from a parent the pupil lives with', async () => {
    const f = await family({ livesWith: false });
    const pending = await service.requestLeave(parentScope(f.parentId), request(f));
    const refusal = await refusalOf(
      service.decideLeave(staff, { laCode: LA, requestId: pending.id, decision: 'GRANTED', code: 'C', reason: 'Funeral', exceptionalCircumstances: true }),
      Refusal,
    );
    expect(refusal.code).toBe('NOT_REQUESTED_BY_PARENT_PUPIL_LIVES_WITH');
  });

  it('refuses a request that is not in advance, and a decision by another school', async () => {
    const f = await family();
    const late = await refusalOf(service.requestLeave(parentScope(f.parentId), { ...request(f), firstDate: todayInEngland() }), Refusal);
    expect(late.code).toBe('NOT_IN_ADVANCE');
    const pending = await service.requestLeave(parentScope(f.parentId), request(f));
    const otherSchool: Scope = { ...staff, urns: [100002] };
    // Row-level security hides another school's pupils' requests, so to that school the request does not exist.
    expect((await refusalOf(service.decideLeave(otherSchool, { laCode: LA, requestId: pending.id, decision: 'REFUSED', reason: 'No' }), Refusal)).code).toBe(
      'UNKNOWN_REQUEST',
    );
  });

  it('records a request made on an earlier day when the school enters it, and lets the parent withdraw a pending one', async () => {
    const f = await family();
    const recorded = await service.requestLeave(staff, { ...request(f), firstDate: '2025-10-13', lastDate: '2025-10-14', requestedOn: '2025-09-22' });
    expect(recorded.requestedAt.toISOString()).toBe('2025-09-22T11:00:00.000Z');
    const decided = await service.decideLeave(staff, {
      laCode: LA,
      requestId: recorded.id,
      decision: 'GRANTED',
      code: 'J1',
      reason: 'College interview',
      decidedOn: '2025-09-24',
    });
    expect(decided).toMatchObject({ status: 'GRANTED', decisionCode: 'J1' });
    const pending = await service.requestLeave(parentScope(f.parentId), request(f));
    expect((await service.withdrawLeaveRequest(parentScope(f.parentId), { laCode: LA, requestId: pending.id })).status).toBe('WITHDRAWN');
  });
});
