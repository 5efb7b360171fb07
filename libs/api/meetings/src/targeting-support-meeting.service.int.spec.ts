import { countRows, refusalOf, seedEnrolment, seedLocalAuthority, seedPupil, seedSchool, useTestDataSource } from '@rollcall/db/testing';
import { Refusal, inTransaction, systemActor, systemScope } from '@rollcall/api-core';
import { TargetingSupportMeetingService } from './targeting-support-meeting.service';

const LA = '343';
const SCHOOL = 100001;
const OTHER_SCHOOL = 100002;
const scope = systemScope(systemActor('test'), LA);
const db = useTestDataSource();
let service: TargetingSupportMeetingService;

beforeAll(async () => {
  service = new TargetingSupportMeetingService(db.dataSource);
  await seedLocalAuthority(db.dataSource, LA);
  await seedSchool(db.dataSource, { urn: SCHOOL, laCode: LA });
  await seedSchool(db.dataSource, { urn: OTHER_SCHOOL, laCode: LA });
});

describe('TargetingSupportMeetingService', () => {
  it('schedules one meeting per school per term and refuses a second', async () => {
    const meeting = await service.schedule(scope, { laCode: LA, urn: SCHOOL, academicYear: 2025, term: 'AUTUMN', scheduledFor: '2025-10-08' });
    expect(meeting).toMatchObject({ urn: SCHOOL, academicYear: 2025, term: 'AUTUMN', scheduledFor: '2025-10-08', heldOn: null, actions: [] });
    const before = await countRows(db.dataSource, 'targeting_support_meeting');
    const second = await refusalOf(service.schedule(scope, { laCode: LA, urn: SCHOOL, academicYear: 2025, term: 'AUTUMN', scheduledFor: '2025-11-12' }), Refusal);
    expect(second).toMatchObject({ code: 'ALREADY_SCHEDULED', detail: { meetingId: meeting.id } });
    expect(second.message).toContain('2025-10-08');
    expect(await countRows(db.dataSource, 'targeting_support_meeting')).toBe(before);
    const spring = await service.schedule(scope, { laCode: LA, urn: SCHOOL, academicYear: 2025, term: 'SPRING', scheduledFor: '2026-01-21' });
    expect(spring.term).toBe('SPRING');
  });

  it('refuses a date outside the school year or in another term', async () => {
    const wrongYear = await refusalOf(service.schedule(scope, { laCode: LA, urn: OTHER_SCHOOL, academicYear: 2024, term: 'AUTUMN', scheduledFor: '2025-10-08' }), Refusal);
    expect(wrongYear.code).toBe('DATE_OUTSIDE_ACADEMIC_YEAR');
    const wrongTerm = await refusalOf(service.schedule(scope, { laCode: LA, urn: OTHER_SCHOOL, academicYear: 2025, term: 'SPRING', scheduledFor: '2025-10-08' }), Refusal);
    expect(wrongTerm.code).toBe('DATE_OUTSIDE_TERM');
  });

  it('records the meeting once with attendees, minutes and actions for pupils at the school', async () => {
    const pupilId = await seedPupil(db.dataSource, { laCode: LA });
    await seedEnrolment(db.dataSource, { laCode: LA, pupilId, urn: OTHER_SCHOOL, admittedOn: '2024-09-02' });
    const elsewhere = await seedPupil(db.dataSource, { laCode: LA });
    await seedEnrolment(db.dataSource, { laCode: LA, pupilId: elsewhere, urn: SCHOOL, admittedOn: '2024-09-02' });
    const meeting = await service.schedule(scope, { laCode: LA, urn: OTHER_SCHOOL, academicYear: 2025, term: 'AUTUMN', scheduledFor: '2025-10-15' });
    const record = {
      laCode: LA,
      meetingId: meeting.id,
      heldOn: '2025-10-15',
      attendees: ['Jo Bloggs (Senior Attendance Champion)', 'Sam Lee (LA attendance officer)'],
      minutes: 'Reviewed the persistently absent cohort.',
      actions: [
        { pupilId, description: 'Invite family to an attendance meeting', owner: 'Jo Bloggs', dueOn: '2025-10-22' },
        { description: 'Year 9 breakfast club', owner: 'Head of Year 9' },
      ],
    };
    const notHere = await refusalOf(service.recordMeeting(scope, { ...record, actions: [{ pupilId: elsewhere, description: 'x', owner: 'y' }] }), Refusal);
    expect(notHere).toMatchObject({ code: 'PUPIL_NOT_AT_SCHOOL', detail: { field: 'actions[0].pupilId' } });

    const held = await service.recordMeeting(scope, record);
    expect(held).toMatchObject({ heldOn: '2025-10-15', attendees: record.attendees, minutes: 'Reviewed the persistently absent cohort.' });
    expect(held.actions.map((a) => [a.pupilId, a.description, a.status])).toEqual([
      [pupilId, 'Invite family to an attendance meeting', 'OPEN'],
      [null, 'Year 9 breakfast club', 'OPEN'],
    ]);
    expect((await refusalOf(service.recordMeeting(scope, record), Refusal)).code).toBe('ALREADY_RECORDED');

    const staff = { actor: systemActor('staff'), role: 'SCHOOL_STAFF' as const, laCode: LA, urns: [OTHER_SCHOOL] };
    const done = await service.completeAction(staff, { laCode: LA, actionId: held.actions[0].id });
    expect(done.actions[0].status).toBe('DONE');
    const dropped = await service.completeAction(scope, { laCode: LA, actionId: held.actions[1].id, status: 'DROPPED' });
    expect(dropped.actions[1].status).toBe('DROPPED');
    expect((await refusalOf(service.completeAction(scope, { laCode: LA, actionId: held.actions[0].id }), Refusal)).code).toBe('ACTION_NOT_OPEN');

    const listed = await inTransaction(db.dataSource, scope, (tx) => service.meetingsForSchool(tx, LA, OTHER_SCHOOL, 2025));
    expect(listed.map((m) => [m.term, m.heldOn, m.actions.length])).toEqual([['AUTUMN', '2025-10-15', 2]]);
  });

  it('lets only LA officers schedule', async () => {
    const staff = { actor: systemActor('staff'), role: 'SCHOOL_STAFF' as const, laCode: LA, urns: [SCHOOL] };
    const refusal = await refusalOf(service.schedule(staff, { laCode: LA, urn: SCHOOL, academicYear: 2025, term: 'SUMMER', scheduledFor: '2026-05-06' }), Refusal);
    expect(refusal.code).toBe('NOT_PERMITTED');
  });
});
