import { LocalDate } from '../core';
import { Mark, UNAUTHORISED_CODES } from '../codes';
import { SchoolCalendar, academicYearOf, academicYearStart, compulsorySchoolAgeEnd, compulsorySchoolAgeStart } from '../calendar';
import { countMarks, possibleFromCounts } from '../measures';
import { AttendanceReturnSettings, DEFAULT_ATTENDANCE_RETURN_SETTINGS } from './attendance-return-settings';
import { ContinuousAbsence, continuousAbsenceRuns } from './continuous-absence';

/** SI 2024/208 reg 13 (via Herts): the return covers absence without leave for a continuous period of this many school days. */
export const ATTENDANCE_RETURN_CONTINUOUS_SCHOOL_DAYS = 10;

export interface ReturnPupil {
  readonly pupilId: string;
  readonly fullName: string;
  readonly address?: string;
  readonly dateOfBirth: LocalDate;
  /** This enrolment's marks; earlier ones may be included so a run that began before the period is seen whole. */
  readonly marks: readonly Mark[];
}

export type AttendanceReturnGround = 'CONTINUOUS_ABSENCE_WITHOUT_LEAVE' | 'FAILS_TO_ATTEND_REGULARLY';

export interface AttendanceReturnEntry {
  readonly pupilId: string;
  readonly fullName: string;
  readonly address?: string;
  readonly grounds: readonly AttendanceReturnGround[];
  /** The longest run of ≥ 10 school days absent without leave that reaches into the period. */
  readonly continuousAbsence?: ContinuousAbsence;
  readonly attendanceRate?: number;
  readonly possibleSessions: number;
  /** The return must give full name and address; these are missing from the record. */
  readonly missingDetails: readonly ('FULL_NAME' | 'ADDRESS')[];
}

/** `allowed: true` means the pupil goes on the return; otherwise the reason they do not, with the figures. */
export type AttendanceReturnDecision =
  | { readonly allowed: true; readonly detail: AttendanceReturnEntry }
  | { readonly allowed: false; readonly reason: 'ATTENDING_REGULARLY'; readonly detail: AttendanceReturnEntry }
  | {
      readonly allowed: false;
      readonly reason: 'NOT_COMPULSORY_SCHOOL_AGE';
      readonly detail: { readonly compulsorySchoolAgeFrom: LocalDate; readonly compulsorySchoolAgeTo: LocalDate };
    };

export interface ReturnPeriodRange {
  readonly from: LocalDate;
  readonly to: LocalDate;
}

// domain §3, §10; SI 2024/208 reg 13: a compulsory-school-age pupil absent without leave (G, N, O, U) for ≥ 10 continuous school days, or failing to attend regularly as the LA defines it, goes on the attendance return
export function attendanceReturnEntry(
  pupil: ReturnPupil,
  calendar: SchoolCalendar,
  period: ReturnPeriodRange,
  settings: AttendanceReturnSettings = DEFAULT_ATTENDANCE_RETURN_SETTINGS,
): AttendanceReturnDecision {
  const csaFrom = compulsorySchoolAgeStart(pupil.dateOfBirth);
  const csaTo = compulsorySchoolAgeEnd(pupil.dateOfBirth);
  if (csaFrom > period.to || csaTo < period.from) {
    return { allowed: false, reason: 'NOT_COMPULSORY_SCHOOL_AGE', detail: { compulsorySchoolAgeFrom: csaFrom, compulsorySchoolAgeTo: csaTo } };
  }
  const grounds: AttendanceReturnGround[] = [];
  const earliest = pupil.marks.reduce((min, m) => (m.date < min ? m.date : min), period.from);
  const runs = continuousAbsenceRuns(pupil.marks, calendar, UNAUTHORISED_CODES, earliest, period.to).filter(
    (run) => run.end >= period.from && run.schoolDays >= ATTENDANCE_RETURN_CONTINUOUS_SCHOOL_DAYS,
  );
  const longest = runs.reduce<ContinuousAbsence | undefined>((best, run) => (best === undefined || run.schoolDays > best.schoolDays ? run : best), undefined);
  if (longest) grounds.push('CONTINUOUS_ABSENCE_WITHOUT_LEAVE');

  const measuredFrom =
    settings.irregularAttendanceMeasuredOver === 'RETURN_PERIOD' ? period.from : academicYearStart(academicYearOf(period.to));
  const counts = countMarks(pupil.marks, { from: measuredFrom, to: period.to });
  const possible = possibleFromCounts(counts);
  const attended = counts.present + counts.approvedEducationalActivity;
  const rate = possible > 0 ? (attended / possible) * 100 : undefined;
  if (possible >= Math.max(1, settings.irregularAttendanceMinimumPossibleSessions) && attended * 100 <= settings.irregularAttendanceAtOrBelowPercent * possible) {
    grounds.push('FAILS_TO_ATTEND_REGULARLY');
  }

  const missingDetails: ('FULL_NAME' | 'ADDRESS')[] = [];
  if (!pupil.fullName.trim()) missingDetails.push('FULL_NAME');
  if (!pupil.address?.trim()) missingDetails.push('ADDRESS');
  const entry: AttendanceReturnEntry = {
    pupilId: pupil.pupilId,
    fullName: pupil.fullName,
    ...(pupil.address === undefined ? {} : { address: pupil.address }),
    grounds,
    ...(longest ? { continuousAbsence: longest } : {}),
    ...(rate === undefined ? {} : { attendanceRate: rate }),
    possibleSessions: possible,
    missingDetails,
  };
  return grounds.length > 0 ? { allowed: true, detail: entry } : { allowed: false, reason: 'ATTENDING_REGULARLY', detail: entry };
}

// domain §3, §10; SI 2024/208 reg 13: the attendance return for a period — every pupil who must be on it
export function attendanceReturn(
  pupils: readonly ReturnPupil[],
  calendar: SchoolCalendar,
  period: ReturnPeriodRange,
  settings: AttendanceReturnSettings = DEFAULT_ATTENDANCE_RETURN_SETTINGS,
): AttendanceReturnEntry[] {
  const entries: AttendanceReturnEntry[] = [];
  for (const pupil of pupils) {
    const decision = attendanceReturnEntry(pupil, calendar, period, settings);
    if (decision.allowed) entries.push(decision.detail);
  }
  return entries;
}
