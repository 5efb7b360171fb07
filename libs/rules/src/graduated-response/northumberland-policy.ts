import { AttendancePolicy } from './attendance-policy';

/**
 * Northumberland's "good attendance is 97 % or above" (domain §17.1) as an example policy. Only the 97 %
 * figure is Northumberland's; the lower bands follow the national definitions of persistent (≤ 90 %) and
 * severe (≤ 50 %) absence.
 */
export const NORTHUMBERLAND_POLICY: AttendancePolicy = {
  id: 'NORTHUMBERLAND_ATTENDANCE',
  laName: 'Northumberland',
  version: 1,
  effectiveFrom: '2023-09-01',
  measuredOver: "the pupil's own possible sessions, school year to date",
  goodAttendanceThreshold: 97,
  source: 'Northumberland attendance strategy 2023–28 (domain §17.1)',
  bands: [
    {
      band: 1,
      stage: 'GOOD',
      label: 'Good attendance',
      minAttendance: { percent: 97, inclusive: true },
      actions: [{ id: 'NORTHUMBERLAND_1_RECOGNISE', text: 'Recognise and celebrate good attendance', owner: 'SCHOOL', kind: 'RECOGNITION' }],
    },
    {
      band: 2,
      stage: 'AT_RISK',
      label: 'Below good attendance, at risk of persistent absence',
      minAttendance: { percent: 90, inclusive: false },
      maxAttendance: { percent: 97, inclusive: false },
      actions: [
        { id: 'NORTHUMBERLAND_2_CONVERSATION', text: 'Talk with the pupil and family about barriers', owner: 'SCHOOL', kind: 'CONVERSATION' },
      ],
    },
    {
      band: 3,
      stage: 'PERSISTENTLY_ABSENT',
      label: 'Persistently absent',
      minAttendance: { percent: 50, inclusive: false },
      maxAttendance: { percent: 90, inclusive: true },
      actions: [
        { id: 'NORTHUMBERLAND_3_PLAN', text: 'School Attendance Plan in place', owner: 'SCHOOL', kind: 'SCHOOL_ATTENDANCE_PLAN' },
        { id: 'NORTHUMBERLAND_3_TSM', text: 'Discuss at the termly targeting support meeting', owner: 'SCHOOL_AND_LA', kind: 'TARGETING_SUPPORT_MEETING' },
      ],
    },
    {
      band: 4,
      stage: 'SEVERELY_ABSENT',
      label: 'Severely absent',
      maxAttendance: { percent: 50, inclusive: true },
      actions: [
        { id: 'NORTHUMBERLAND_4_MULTI_AGENCY', text: 'Multi-agency plan around the family', owner: 'MULTI_AGENCY', kind: 'MULTI_AGENCY_PLAN' },
        { id: 'NORTHUMBERLAND_4_SAFEGUARDING', text: 'Consider safeguarding risks', owner: 'SCHOOL_AND_LA', kind: 'SAFEGUARDING' },
      ],
    },
  ],
};
