import { countRows, FixtureMark, refusalOf, seedEnrolment, seedLocalAuthority, seedMarks, seedParent, seedPupil, seedSchool, useTestDataSource, wholeDays } from '@rollcall/db/testing';
import { Refusal, Scope, inTransaction, systemActor, systemScope } from '@rollcall/api-core';
import { LocalDate, schoolDaysBetween, typicalSchoolCalendar } from '@rollcall/rules';
import { StatutoryReturnService } from './statutory-return.service';

const LA = '343';
const SCHOOL = 100001;
const SECOND = 100002;
const scope = systemScope(systemActor('test'), LA);
const laOfficer: Scope = { actor: systemActor('la-officer'), role: 'LA_OFFICER', laCode: LA };
const staff: Scope = { actor: systemActor('office'), role: 'SCHOOL_STAFF', laCode: LA, urns: [SCHOOL, SECOND] };
const db = useTestDataSource();
let service: StatutoryReturnService;

/** The school days the fixture schools keep (the typical term dates the fixtures give them). */
const calendar = typicalSchoolCalendar(2024, 2025);
const days = (from: LocalDate, to: LocalDate) => schoolDaysBetween(calendar, from, to);

/** Present every school day from 3 September to 24 October 2025, except `overrides` by date. */
function autumn(overrides: Record<LocalDate, string> = {}): FixtureMark[] {
  return days('2025-09-01', '2025-10-24').flatMap((d) => wholeDays([d], overrides[d] ?? '/'));
}

const codes = (list: readonly LocalDate[], code: string) => Object.fromEntries(list.map((d) => [d, code]));

async function pupilWith(urn: number, marks: FixtureMark[], extra: { addressLine1?: string | null; admittedOn?: LocalDate } = {}): Promise<string> {
  const pupilId = await seedPupil(db.dataSource, { laCode: LA, ...(extra.addressLine1 === undefined ? {} : { addressLine1: extra.addressLine1 }) });
  const enrolmentId = await seedEnrolment(db.dataSource, { laCode: LA, pupilId, urn, admittedOn: extra.admittedOn ?? '2024-09-02' });
  await seedMarks(db.dataSource, LA, enrolmentId, marks);
  return pupilId;
}

const october = { laCode: LA, urn: SCHOOL, periodStart: '2025-10-01', periodEnd: '2025-10-31', today: '2025-11-03' };

beforeAll(async () => {
  service = new StatutoryReturnService(db.dataSource);
  await seedLocalAuthority(db.dataSource, LA);
  await seedSchool(db.dataSource, { urn: SCHOOL, laCode: LA });
  await seedSchool(db.dataSource, { urn: SECOND, laCode: LA });
});

describe('the attendance return', () => {
  let absentTenDays: string;
  let absentNineDays: string;
  let returnId: string;

  beforeAll(async () => {
    absentTenDays = await pupilWith(SCHOOL, autumn(codes(days('2025-10-06', '2025-10-17'), 'U')));
    absentNineDays = await pupilWith(SCHOOL, autumn(codes(days('2025-10-06', '2025-10-16'), 'U')));
    await pupilWith(SCHOOL, autumn());
  });

  it('lists a pupil absent without leave for 10 continuous school days, and one failing to attend regularly', async () => {
    const draft = await service.prepareAttendanceReturn(staff, october);
    returnId = draft.id;
    expect(draft).toMatchObject({ kind: 'ATTENDANCE', status: 'DRAFT', periodStart: '2025-10-01', periodEnd: '2025-10-31', dueOn: '2025-10-31' });
    expect(draft.content).toMatchObject({ pupilsConsidered: 3, pupilsListed: 2 });
    const byPupil = new Map(draft.pupils.map((p) => [p.pupilId, p]));
    expect(byPupil.get(absentTenDays)).toMatchObject({
      reason: 'CONTINUOUS_ABSENCE_WITHOUT_LEAVE',
      details: {
        fullName: 'Amy Jones',
        address: '1 Church Road, Bootle, L20 1AA',
        grounds: ['CONTINUOUS_ABSENCE_WITHOUT_LEAVE', 'FAILS_TO_ATTEND_REGULARLY'],
        continuousAbsence: { start: '2025-10-06', end: '2025-10-17', schoolDays: 10 },
      },
    });
    expect(byPupil.get(absentNineDays)).toMatchObject({ reason: 'FAILS_TO_ATTEND_REGULARLY', details: { grounds: ['FAILS_TO_ATTEND_REGULARLY'] } });
  });

  it('replaces the draft when prepared again, and refuses a period other than the agreed interval', async () => {
    const again = await service.prepareAttendanceReturn(staff, october);
    const held = await inTransaction(db.dataSource, scope, (tx) => service.returnsForSchool(tx, LA, SCHOOL, { kind: 'ATTENDANCE' }));
    expect(held.map((r) => r.id)).toEqual([again.id]);
    returnId = again.id;
    const fortnight = await refusalOf(service.prepareAttendanceReturn(staff, { ...october, periodEnd: '2025-10-15' }), Refusal);
    expect(fortnight).toMatchObject({ code: 'PERIOD_NOT_AGREED_INTERVAL', detail: { expected: { periodStart: '2025-10-01', periodEnd: '2025-10-31' } } });
  });

  it('is submitted once: a retry with the same key is a no-op, another submission is refused', async () => {
    const [first, retry] = await Promise.all([
      service.submit(staff, { laCode: LA, returnId, idempotencyKey: 'october-2025-return' }),
      service.submit(staff, { laCode: LA, returnId, idempotencyKey: 'october-2025-return' }),
    ]);
    expect(first).toMatchObject({ status: 'SUBMITTED', submittedBy: 'system:office', idempotencyKey: 'october-2025-return' });
    expect(retry.submittedAt).toEqual(first.submittedAt);
    const again = await service.submit(staff, { laCode: LA, returnId, idempotencyKey: 'october-2025-return' });
    expect(again.submittedAt).toEqual(first.submittedAt);

    const twice = await refusalOf(service.submit(staff, { laCode: LA, returnId, idempotencyKey: 'october-2025-again' }), Refusal);
    expect(twice.code).toBe('ALREADY_SUBMITTED');
    const reprepared = await refusalOf(service.prepareAttendanceReturn(staff, october), Refusal);
    expect(reprepared.code).toBe('ALREADY_SUBMITTED');
  });

  it('is acknowledged by the LA, once', async () => {
    expect((await refusalOf(service.acknowledge(staff, { laCode: LA, returnId }), Refusal)).code).toBe('NOT_PERMITTED');
    const acknowledged = await service.acknowledge(laOfficer, { laCode: LA, returnId });
    expect(acknowledged).toMatchObject({ status: 'ACKNOWLEDGED', acknowledgedBy: 'system:la-officer' });
    expect((await refusalOf(service.acknowledge(laOfficer, { laCode: LA, returnId }), Refusal)).code).toBe('ALREADY_ACKNOWLEDGED');
  });

  it('cannot be submitted while a listed pupil has no address on record', async () => {
    await pupilWith(SECOND, autumn(codes(days('2025-10-06', '2025-10-17'), 'U')), { addressLine1: null });
    const draft = await service.prepareAttendanceReturn(staff, { ...october, urn: SECOND });
    const refusal = await refusalOf(service.submit(staff, { laCode: LA, returnId: draft.id, idempotencyKey: 'second-school-october' }), Refusal);
    expect(refusal.code).toBe('DETAILS_MISSING');
    expect(refusal.message).toContain('full name and address');
    expect((await inTransaction(db.dataSource, scope, (tx) => service.returnById(tx, LA, draft.id)))?.status).toBe('DRAFT');
  });
});

describe('the sickness return', () => {
  it('lists a pupil off sick for 15 school days once per continuous period, and one the school expects to reach it', async () => {
    const sick = await pupilWith(SECOND, autumn(codes(days('2025-09-08', '2025-09-26'), 'I')));
    const expected = await pupilWith(SECOND, autumn(codes(days('2025-09-15', '2025-09-26'), 'I')));
    const september = { laCode: LA, urn: SECOND, periodStart: '2025-09-01', periodEnd: '2025-09-30', today: '2025-10-01' };
    const draft = await service.prepareSicknessReturn(staff, { ...september, expectedFurtherSickDays: { [expected]: 5 } });
    expect(draft.pupils.map((p) => [p.pupilId, p.reason])).toEqual([
      [sick, 'SICKNESS_THRESHOLD_REACHED'],
      [expected, 'SICKNESS_THRESHOLD_EXPECTED'],
    ]);
    expect(draft.pupils[0].details).toMatchObject({ sickDays: 15, period: { start: '2025-09-08', end: '2025-09-26' } });
    const october = { ...september, periodStart: '2025-10-01', periodEnd: '2025-10-31', today: '2025-11-03' };
    expect((await service.prepareSicknessReturn(staff, october)).pupils.map((p) => p.pupilId)).toEqual([sick]);

    await service.submit(staff, { laCode: LA, returnId: draft.id, idempotencyKey: 'sickness-september-2025' });
    expect((await service.prepareSicknessReturn(staff, october)).pupils).toEqual([]);
  });
});

describe('new-pupil and deletion returns', () => {
  it('records a new-pupil return due by the end of the 5th day after entry, once', async () => {
    const pupilId = await pupilWith(SECOND, [], { admittedOn: '2025-10-13' });
    const draft = await service.recordNewPupilReturn(staff, { laCode: LA, urn: SECOND, pupilId, previousSchool: 'St Anne’s, Liverpool' });
    expect(draft).toMatchObject({ kind: 'NEW_PUPIL', status: 'DRAFT', dueOn: '2025-10-18', pupils: [{ pupilId, reason: 'NEW_ADMISSION' }] });
    expect(draft.pupils[0].details).toMatchObject({ fullName: 'Amy Jones', enteredOn: '2025-10-13', parents: [] });
    expect((await refusalOf(service.recordNewPupilReturn(staff, { laCode: LA, urn: SECOND, pupilId }), Refusal)).code).toBe('RETURN_ALREADY_RECORDED');
  });

  it('needs no new-pupil return for the most junior class starting on the first day of the year', async () => {
    const pupilId = await pupilWith(SECOND, [], { admittedOn: '2025-09-01' });
    const refusal = await refusalOf(service.recordNewPupilReturn(staff, { laCode: LA, urn: SECOND, pupilId, placedInMostJuniorClass: true }), Refusal);
    expect(refusal.code).toBe('JUNIOR_CLASS_STARTING_ON_FIRST_DAY_OF_YEAR');
  });

  it('records a deletion return with the parents the pupil lives with, and refuses one missing an emergency phone number', async () => {
    const pupilId = await pupilWith(SECOND, autumn());
    await seedParent(db.dataSource, { laCode: LA, pupilId });
    const draft = await service.recordDeletionReturn(staff, { laCode: LA, urn: SECOND, pupilId, ground: 'REGISTERED_AT_ANOTHER_SCHOOL', deletionDate: '2025-10-20' });
    expect(draft).toMatchObject({ kind: 'DELETION', dueOn: '2025-10-20', content: { ground: 'REGISTERED_AT_ANOTHER_SCHOOL', regulation: 'reg 9(1)(a)' } });
    expect(draft.pupils[0].details).toMatchObject({ parents: [{ name: 'Sam Jones', emergencyPhone: '07700 900123', livesWithPupil: true }] });

    const noPhone = await pupilWith(SECOND, autumn());
    await seedParent(db.dataSource, { laCode: LA, pupilId: noPhone, phone: null });
    const before = await countRows(db.dataSource, 'statutory_return');
    const refusal = await refusalOf(service.recordDeletionReturn(staff, { laCode: LA, urn: SECOND, pupilId: noPhone, ground: 'REGISTERED_AT_ANOTHER_SCHOOL', deletionDate: '2025-10-20' }), Refusal);
    expect(refusal).toMatchObject({ code: 'INCOMPLETE', detail: { missing: [{ item: 'PARENT_EMERGENCY_PHONE', parentIndex: 0 }] } });
    expect(await countRows(db.dataSource, 'statutory_return')).toBe(before);
  });

  it('checks the 20-school-day ground against the register and the enquiries made', async () => {
    const enquiries = [
      { by: 'SCHOOL' as const, on: '2025-09-22', outcome: 'NOT_LOCATED' as const },
      { by: 'LA' as const, on: '2025-09-25', outcome: 'NOT_LOCATED' as const },
    ];
    const missing = await pupilWith(SECOND, days('2025-09-01', '2025-09-30').flatMap((d) => wholeDays([d], 'N')));
    await seedParent(db.dataSource, { laCode: LA, pupilId: missing });
    const deletion = { laCode: LA, urn: SECOND, pupilId: missing, ground: 'CONTINUOUS_ABSENCE_20_SCHOOL_DAYS' as const, deletionDate: '2025-10-01' };
    const noEnquiries = await refusalOf(service.recordDeletionReturn(staff, deletion), Refusal);
    expect(noEnquiries.code).toBe('NO_SCHOOL_ENQUIRIES_RECORDED');
    const draft = await service.recordDeletionReturn(staff, { ...deletion, enquiries });
    expect(draft.pupils[0].details).toMatchObject({ evidence: { continuousSchoolDays: 20, absentSince: '2025-09-03' } });

    const shortRun = await pupilWith(SECOND, days('2025-09-01', '2025-09-23').flatMap((d) => wholeDays([d], 'N')));
    const refusal = await refusalOf(service.recordDeletionReturn(staff, { ...deletion, pupilId: shortRun, enquiries }), Refusal);
    expect(refusal.code).toBe('FEWER_THAN_20_CONTINUOUS_SCHOOL_DAYS');
    expect(refusal.message).toContain('15 continuous school days');
  });

  it('refuses a deletion return the LA has not asked for', async () => {
    const pupilId = await pupilWith(SECOND, autumn());
    const refusal = await refusalOf(service.recordDeletionReturn(staff, { laCode: LA, urn: SECOND, pupilId, ground: 'CEASED_CSA_OR_COMPLETED_FINAL_YEAR', deletionDate: '2025-10-20' }), Refusal);
    expect(refusal.code).toBe('NOT_REQUIRED_UNLESS_LA_ASKS');
  });
});
