import { Decision, LocalDate, addDays, addYears, ageOn, sessionKey } from '../../core';
import { Mark, isAttendance } from '../../codes';
import { decideAll } from '../intervention-transition';
import { SchoolAttendanceOffence } from './school-attendance-offences';

export type StatutoryDefence =
  | 'SICKNESS_OR_UNAVOIDABLE_CAUSE'
  | 'LEAVE_OF_ABSENCE'
  | 'RELIGIOUS_OBSERVANCE'
  | 'LA_TRAVEL_ARRANGEMENTS_FAILURE'
  | 'NO_FIXED_ABODE'
  | 'REASONABLE_JUSTIFICATION'
  | 'SUITABLE_EDUCATION_OTHERWISE'
  | 'ESO_ALL_REASONABLE_STEPS'
  | 'ESO_DIRECTION_UNREASONABLE'
  | 'ESO_CONFLICT_WITH_OTHER_ORDER';

export interface StatutoryDefenceInfo {
  readonly defence: StatutoryDefence;
  readonly provision: string;
  readonly description: string;
}

const S444_DEFENCES: readonly StatutoryDefenceInfo[] = [
  { defence: 'SICKNESS_OR_UNAVOIDABLE_CAUSE', provision: 'EA 1996 s444(2A)', description: 'Prevented from attending by sickness or an unavoidable cause (construed strictly; a child’s own refusal is not one)' },
  { defence: 'LEAVE_OF_ABSENCE', provision: 'EA 1996 s444(3)(a)', description: 'Absent with leave' },
  { defence: 'RELIGIOUS_OBSERVANCE', provision: 'EA 1996 s444(3)(c)', description: "A day exclusively set apart for religious observance by the parent's religious body" },
  { defence: 'LA_TRAVEL_ARRANGEMENTS_FAILURE', provision: 'EA 1996 s444(3B)', description: 'The LA failed its s508B duty to make travel arrangements' },
  {
    defence: 'NO_FIXED_ABODE',
    provision: 'EA 1996 s444(6)',
    description: 'No fixed abode; the parent’s trade requires travel; attended as regularly as it permits; if aged 6 or over, at least 200 attendances in the 12 months before proceedings',
  },
];

// domain §7, §8; EA 1996 ss443, 444(1B), 444(2A)–(6), CA 1989 Sch 3 para 18: the statutory defences to check for each offence (s444 ones apply to non-boarders)
export function statutoryDefenceChecklist(offence: SchoolAttendanceOffence): readonly StatutoryDefenceInfo[] {
  switch (offence) {
    case 'S443':
      return [{ defence: 'SUITABLE_EDUCATION_OTHERWISE', provision: 'EA 1996 s443(1)', description: 'The parent is causing the child to receive suitable education otherwise than at school' }];
    case 'S444_1':
    case 'S444ZA_1':
      return S444_DEFENCES;
    case 'S444_1A':
    case 'S444ZA_1A':
      return [
        { defence: 'REASONABLE_JUSTIFICATION', provision: 'EA 1996 s444(1B)', description: 'A reasonable justification for failing to cause the child to attend' },
        ...S444_DEFENCES,
      ];
    case 'ESO_SCH3_PARA18':
      return [
        { defence: 'ESO_ALL_REASONABLE_STEPS', provision: 'CA 1989 Sch 3 para 18', description: 'Took all reasonable steps to comply' },
        { defence: 'ESO_DIRECTION_UNREASONABLE', provision: 'CA 1989 Sch 3 para 18', description: 'The direction was unreasonable' },
        { defence: 'ESO_CONFLICT_WITH_OTHER_ORDER', provision: 'CA 1989 Sch 3 para 18', description: 'Complying would have conflicted with another supervision order' },
      ];
  }
}

export interface NoFixedAbodeDefenceInput {
  readonly childDateOfBirth: LocalDate;
  readonly proceedingsInstitutedOn: LocalDate;
  readonly parentTradeRequiresTravel: boolean;
  readonly attendedAsRegularlyAsTradePermits: boolean;
  /** Attendances (present or approved educational activity sessions) in the 12 months ending with the day proceedings began. */
  readonly attendancesInPrevious12Months: number;
}

export type NoFixedAbodeDefenceFailure = 'TRADE_DOES_NOT_REQUIRE_TRAVEL' | 'NOT_ATTENDED_AS_REGULARLY_AS_PERMITTED' | 'FEWER_THAN_200_ATTENDANCES';

// domain §8; EA 1996 s444(6): attendances (sessions attended) in the 12 months ending with the day proceedings were instituted
export function attendancesInTwelveMonthsEnding(marks: readonly Mark[], onDate: LocalDate): number {
  const from = addDays(addYears(onDate, -1), 1);
  return new Set(marks.filter((m) => m.date >= from && m.date <= onDate && isAttendance(m.code)).map((m) => sessionKey(m))).size;
}

// domain §8; EA 1996 s444(6): the no-fixed-abode defence, with at least 200 attendances in 12 months for a child aged 6 or over
export function noFixedAbodeDefence(
  input: NoFixedAbodeDefenceInput,
): Decision<NoFixedAbodeDefenceFailure, { readonly childAge: number; readonly attendancesRequired: number; readonly reasons: readonly NoFixedAbodeDefenceFailure[] }> {
  const childAge = ageOn(input.childDateOfBirth, input.proceedingsInstitutedOn);
  const attendancesRequired = childAge >= 6 ? 200 : 0;
  const reasons: NoFixedAbodeDefenceFailure[] = [];
  if (!input.parentTradeRequiresTravel) reasons.push('TRADE_DOES_NOT_REQUIRE_TRAVEL');
  if (!input.attendedAsRegularlyAsTradePermits) reasons.push('NOT_ATTENDED_AS_REGULARLY_AS_PERMITTED');
  if (input.attendancesInPrevious12Months < attendancesRequired) reasons.push('FEWER_THAN_200_ATTENDANCES');
  return decideAll(reasons, { childAge, attendancesRequired });
}
