import { AttendancePolicy } from './attendance-policy';

/**
 * Sefton's graduated response (domain §17.1), the default policy. The published bands are whole numbers
 * (≥ 96, 91–95, 86–90, 51–85, ≤ 50); rates between them are placed like this:
 * - band 1 is "≥ 96 %" as published, so 95.5 % is band 2;
 * - every other band includes its upper figure and excludes the one below it, so that band 3 starts exactly
 *   where national persistent absence starts (absence ≥ 10 %, i.e. attendance ≤ 90 %: 90.5 % is band 2,
 *   90 % is band 3) and band 5 exactly where severe absence starts (attendance ≤ 50 %); 85.5 % is band 3.
 */
export const SEFTON_DEFAULT_POLICY: AttendancePolicy = {
  id: 'SEFTON_GRADUATED_RESPONSE',
  laName: 'Sefton',
  version: 1,
  effectiveFrom: '2024-09-01',
  measuredOver: "the pupil's own possible sessions, school year to date",
  source: 'Sefton attendance strategy 2024–25, graduated response flowchart (domain §17.1)',
  bands: [
    {
      band: 1,
      stage: 'EXCELLENT',
      label: 'Excellent',
      minAttendance: { percent: 96, inclusive: true },
      actions: [{ id: 'SEFTON_1_REWARDS', text: 'Rewards and positive messages home', owner: 'SCHOOL', kind: 'RECOGNITION' }],
    },
    {
      band: 2,
      stage: 'EMERGING_CONCERN',
      label: 'Emerging concern',
      minAttendance: { percent: 90, inclusive: false },
      maxAttendance: { percent: 96, inclusive: false },
      actions: [
        { id: 'SEFTON_2_TALK_WITH_CHILD', text: 'Talk with the child to find any barriers to attendance', owner: 'SCHOOL', kind: 'CONVERSATION' },
        { id: 'SEFTON_2_CONSIDER_PLAN', text: 'Consider a School Attendance Plan', owner: 'SCHOOL', kind: 'SCHOOL_ATTENDANCE_PLAN' },
        { id: 'SEFTON_2_LETTER_HOME', text: 'Letter home showing the impact of absence visually', owner: 'SCHOOL', kind: 'LETTER_HOME' },
        { id: 'SEFTON_2_INCENTIVES', text: 'Incentives to improve attendance', owner: 'SCHOOL', kind: 'RECOGNITION' },
      ],
    },
    {
      band: 3,
      stage: 'PERSISTENTLY_ABSENT',
      label: 'Persistently absent',
      minAttendance: { percent: 85, inclusive: false },
      maxAttendance: { percent: 90, inclusive: true },
      actions: [
        { id: 'SEFTON_3_PANEL_MEETING', text: 'Meeting with the child and parents (school attendance panel)', owner: 'SCHOOL', kind: 'MEETING' },
        { id: 'SEFTON_3_ATTENDANCE_PLAN', text: 'School Attendance Plan in place', owner: 'SCHOOL', kind: 'SCHOOL_ATTENDANCE_PLAN' },
        {
          id: 'SEFTON_3_PATHWAYS',
          text: 'Match barriers to pathways: health, Team Around the School, early help',
          owner: 'SCHOOL',
          kind: 'REFERRAL',
        },
        { id: 'SEFTON_3_TSM', text: 'Termly targeting support meeting monitors the plan', owner: 'LA', kind: 'TARGETING_SUPPORT_MEETING' },
        { id: 'SEFTON_3_CONSIDER_NTI', text: 'Consider a Notice to Improve or penalty notice', owner: 'SCHOOL_AND_LA', kind: 'NOTICE_TO_IMPROVE' },
        {
          id: 'SEFTON_3_CONSIDER_LASAP',
          text: 'Where support is not engaged with, consider referral to the LA School Attendance Panel for an attendance contract',
          owner: 'SCHOOL',
          kind: 'ATTENDANCE_CONTRACT',
        },
      ],
    },
    {
      band: 4,
      stage: 'PERSISTENTLY_ABSENT_LA_INVOLVED',
      label: 'Persistently absent, LA involved',
      minAttendance: { percent: 50, inclusive: false },
      maxAttendance: { percent: 85, inclusive: true },
      actions: [
        { id: 'SEFTON_4_EARLY_HELP_PLAN', text: 'Early help or multi-agency plan that includes attendance', owner: 'MULTI_AGENCY', kind: 'EARLY_HELP_PLAN' },
        { id: 'SEFTON_4_ATTENDANCE_PLAN', text: 'School Attendance Plan alongside the early help plan', owner: 'SCHOOL', kind: 'SCHOOL_ATTENDANCE_PLAN' },
        {
          id: 'SEFTON_4_LEGAL',
          text: 'After the LA panel and a 12-week monitoring period with no improvement: prosecution or an Education Supervision Order',
          owner: 'LA',
        },
        { id: 'SEFTON_4_TSM', text: 'Termly targeting support meeting monitoring', owner: 'LA', kind: 'TARGETING_SUPPORT_MEETING' },
      ],
    },
    {
      band: 5,
      stage: 'SEVERELY_ABSENT',
      label: 'Severely absent',
      maxAttendance: { percent: 50, inclusive: true },
      actions: [
        { id: 'SEFTON_5_SAFEGUARDING', text: 'Consider safeguarding risks (neglect strategy)', owner: 'SCHOOL_AND_LA', kind: 'SAFEGUARDING' },
        { id: 'SEFTON_5_MULTI_AGENCY', text: 'Multi-agency support around the family', owner: 'MULTI_AGENCY', kind: 'MULTI_AGENCY_PLAN' },
        { id: 'SEFTON_5_JOINT_PLAN', text: 'Joint school–LA plan for the severely absent pupil', owner: 'SCHOOL_AND_LA' },
        { id: 'SEFTON_5_REVIEW', text: 'Assess, plan, do, review', owner: 'SCHOOL_AND_LA', kind: 'REVIEW' },
        { id: 'SEFTON_5_LEGAL', text: 'Prosecution or an Education Supervision Order, as for band 4', owner: 'LA' },
      ],
    },
  ],
};
