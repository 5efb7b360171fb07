import { AttendancePolicy } from './attendance-policy';

/**
 * Knowsley's four levels of support (domain §17.1), as an example of a policy with a different shape.
 * The level names are Knowsley's; the attendance figures are illustrative (the strategy names levels, not
 * percentages) and line up with the national definitions: level 3 starts at persistent absence (≤ 90 %),
 * level 4 at severe absence (≤ 50 %). An LA administrator sets its own.
 */
export const KNOWSLEY_POLICY: AttendancePolicy = {
  id: 'KNOWSLEY_LEVELS_OF_SUPPORT',
  laName: 'Knowsley',
  version: 1,
  effectiveFrom: '2021-09-01',
  measuredOver: "the pupil's own possible sessions, school year to date",
  source: 'Knowsley attendance strategy 2021–24 (domain §17.1); thresholds illustrative',
  bands: [
    {
      band: 1,
      stage: 'UNIVERSAL',
      label: 'Level 1: whole-school universal',
      minAttendance: { percent: 95, inclusive: true },
      actions: [{ id: 'KNOWSLEY_1_UNIVERSAL', text: 'Whole-school attendance culture, first-day calling and recognition', owner: 'SCHOOL' }],
    },
    {
      band: 2,
      stage: 'EARLY_INTERVENTION',
      label: 'Level 2: early intervention with the family',
      minAttendance: { percent: 90, inclusive: false },
      maxAttendance: { percent: 95, inclusive: false },
      actions: [
        { id: 'KNOWSLEY_2_FAMILY_MEETING', text: 'Meet the family to understand and remove barriers', owner: 'SCHOOL', kind: 'MEETING' },
        { id: 'KNOWSLEY_2_PLAN', text: 'Agree a School Attendance Plan', owner: 'SCHOOL', kind: 'SCHOOL_ATTENDANCE_PLAN' },
      ],
    },
    {
      band: 3,
      stage: 'TARGETED_MULTI_AGENCY',
      label: 'Level 3: targeted multi-agency support',
      minAttendance: { percent: 50, inclusive: false },
      maxAttendance: { percent: 90, inclusive: true },
      actions: [
        { id: 'KNOWSLEY_3_EARLY_HELP', text: 'Early help assessment and multi-agency plan including attendance', owner: 'MULTI_AGENCY', kind: 'EARLY_HELP_PLAN' },
        { id: 'KNOWSLEY_3_TSM', text: 'Discuss at the termly targeting support meeting', owner: 'SCHOOL_AND_LA', kind: 'TARGETING_SUPPORT_MEETING' },
      ],
    },
    {
      band: 4,
      stage: 'STATUTORY_INTERVENTION',
      label: 'Level 4: statutory LA intervention',
      maxAttendance: { percent: 50, inclusive: true },
      actions: [
        { id: 'KNOWSLEY_4_SAFEGUARDING', text: 'Consider safeguarding risks', owner: 'SCHOOL_AND_LA', kind: 'SAFEGUARDING' },
        { id: 'KNOWSLEY_4_LEGAL', text: 'Consider statutory intervention: attendance contract, ESO or prosecution', owner: 'LA' },
      ],
    },
  ],
};
