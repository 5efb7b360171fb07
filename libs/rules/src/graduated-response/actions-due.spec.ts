import { actionsDue } from './actions-due';
import { classifyAttendance } from './classify-attendance';
import { KNOWSLEY_POLICY } from './knowsley-policy';
import { SEFTON_DEFAULT_POLICY } from './sefton-default-policy';

const band3 = classifyAttendance(SEFTON_DEFAULT_POLICY, { attendanceRate: 88, possibleSessions: 120 });

describe('actionsDue', () => {
  it('a persistently absent pupil in Sefton needs a panel meeting, a School Attendance Plan and a TSM, each with its owner', () => {
    const result = actionsDue(SEFTON_DEFAULT_POLICY, band3);
    expect(result.reason).toBe('ACTIONS_DUE');
    expect(result.stage).toBe('PERSISTENTLY_ABSENT');
    expect(result.due.map((a) => [a.id, a.owner])).toEqual([
      ['SEFTON_3_PANEL_MEETING', 'SCHOOL'],
      ['SEFTON_3_ATTENDANCE_PLAN', 'SCHOOL'],
      ['SEFTON_3_PATHWAYS', 'SCHOOL'],
      ['SEFTON_3_TSM', 'LA'],
      ['SEFTON_3_CONSIDER_NTI', 'SCHOOL_AND_LA'],
      ['SEFTON_3_CONSIDER_LASAP', 'SCHOOL'],
    ]);
    expect(result.due.every((a) => a.band === 3)).toBe(true);
  });

  it('actions already recorded, or a plan of that kind already in place, are not due again', () => {
    const result = actionsDue(SEFTON_DEFAULT_POLICY, band3, {
      doneActionIds: ['SEFTON_3_PANEL_MEETING'],
      inPlace: ['SCHOOL_ATTENDANCE_PLAN', 'ATTENDANCE_CONTRACT'],
    });
    expect(result.alreadyInPlace.map((a) => [a.id, a.satisfiedBy])).toEqual([
      ['SEFTON_3_PANEL_MEETING', 'ACTION_RECORDED'],
      ['SEFTON_3_ATTENDANCE_PLAN', 'KIND_IN_PLACE'],
      ['SEFTON_3_CONSIDER_LASAP', 'KIND_IN_PLACE'],
    ]);
    expect(result.due.map((a) => a.id)).toEqual(['SEFTON_3_PATHWAYS', 'SEFTON_3_TSM', 'SEFTON_3_CONSIDER_NTI']);
  });

  it('says nothing is due once every action is in place', () => {
    const excellent = classifyAttendance(SEFTON_DEFAULT_POLICY, { attendanceRate: 99, possibleSessions: 120 });
    const result = actionsDue(SEFTON_DEFAULT_POLICY, excellent, { doneActionIds: ['SEFTON_1_REWARDS'] });
    expect(result).toMatchObject({ reason: 'NOTHING_DUE', band: 1, due: [] });
  });

  it('a severely absent pupil needs safeguarding considered jointly by school and LA', () => {
    const result = actionsDue(SEFTON_DEFAULT_POLICY, classifyAttendance(SEFTON_DEFAULT_POLICY, { attendanceRate: 30, possibleSessions: 60 }));
    expect(result.due).toContainEqual(expect.objectContaining({ id: 'SEFTON_5_SAFEGUARDING', owner: 'SCHOOL_AND_LA', kind: 'SAFEGUARDING' }));
  });

  it('a pupil with no possible sessions has no actions due', () => {
    const none = classifyAttendance(SEFTON_DEFAULT_POLICY, { attendanceRate: 0, possibleSessions: 0 });
    expect(actionsDue(SEFTON_DEFAULT_POLICY, none)).toEqual({ reason: 'NOT_CLASSIFIED', due: [], alreadyInPlace: [] });
  });

  it('refuses to read actions from a different policy than the one used to classify', () => {
    expect(actionsDue(KNOWSLEY_POLICY, band3).reason).toBe('CLASSIFIED_UNDER_ANOTHER_POLICY');
    expect(actionsDue({ ...SEFTON_DEFAULT_POLICY, version: 2 }, band3).reason).toBe('CLASSIFIED_UNDER_ANOTHER_POLICY');
  });
});
