import { enumOf } from '@rollcall/api-core';
import type { AttendanceReturnGround, PolicyActionKind, PolicyActionOwner, PupilNeed } from '@rollcall/rules';
import { registerEnumType } from 'type-graphql';
import type { StatisticalMethod } from '../statistical-method';

const METHODS: readonly StatisticalMethod[] = ['ROLLCALL', 'DFE'];
export const StatisticalMethodEnum = enumOf(METHODS);
registerEnumType(StatisticalMethodEnum, {
  name: 'AttendanceStatisticsMethod',
  description:
    'ROLLCALL: every enrolment. DFE: the national statistics’ cohort (pupils aged 5–15 on 31 August, no boarders, the summer 2 half term ' +
    'dropped for pupils aged 15), so the figures compare with the national ones.',
});

const NEEDS: readonly PupilNeed[] = [
  'SEVERELY_ABSENT',
  'PERSISTENTLY_ABSENT',
  'PENALTY_NOTICE_THRESHOLD_MET',
  'REASON_FOR_ABSENCE_OVERDUE',
  'ATTENDANCE_RETURN_DUE',
  'SICKNESS_RETURN_DUE',
  'GRADUATED_RESPONSE_ACTIONS_DUE',
];
export const PupilNeedEnum = enumOf(NEEDS);
registerEnumType(PupilNeedEnum, { name: 'PupilNeed', description: 'Why a pupil needs someone’s attention, by the statutory rules and the LA’s graduated response.' });

const OWNERS: readonly PolicyActionOwner[] = ['SCHOOL', 'LA', 'SCHOOL_AND_LA', 'MULTI_AGENCY'];
export const PolicyActionOwnerEnum = enumOf(OWNERS);
registerEnumType(PolicyActionOwnerEnum, { name: 'GraduatedResponseActionOwner', description: 'Who carries out an expected action.' });

const KINDS: readonly PolicyActionKind[] = [
  'RECOGNITION',
  'CONVERSATION',
  'LETTER_HOME',
  'MEETING',
  'SCHOOL_ATTENDANCE_PLAN',
  'REFERRAL',
  'EARLY_HELP_PLAN',
  'MULTI_AGENCY_PLAN',
  'TARGETING_SUPPORT_MEETING',
  'NOTICE_TO_IMPROVE',
  'PENALTY_NOTICE',
  'ATTENDANCE_CONTRACT',
  'EDUCATION_SUPERVISION_ORDER',
  'PROSECUTION',
  'SAFEGUARDING',
  'REVIEW',
];
export const PolicyActionKindEnum = enumOf(KINDS);
registerEnumType(PolicyActionKindEnum, { name: 'GraduatedResponseActionKind', description: 'What sort of step an expected action is.' });

const GROUNDS: readonly AttendanceReturnGround[] = ['CONTINUOUS_ABSENCE_WITHOUT_LEAVE', 'FAILS_TO_ATTEND_REGULARLY'];
export const AttendanceReturnGroundEnum = enumOf(GROUNDS);
registerEnumType(AttendanceReturnGroundEnum, {
  name: 'AttendanceReturnGround',
  description: 'Why a pupil goes on the attendance return: 10 school days absent without leave in a row, or failing to attend regularly.',
});

export const PupilAttendanceSourceEnum = enumOf(['WEEK_SUMMARIES', 'MARKS'] as const);
registerEnumType(PupilAttendanceSourceEnum, { name: 'PupilAttendanceSource', description: 'Whether the figures were read from the week summaries or the marks.' });
