import { LocalDate, addDays } from '../core';
import { Mark } from '../codes';
import { SchoolCalendar, academicYearOf, academicYearStart, isCompulsorySchoolAge, schoolWeeksBetween } from '../calendar';
import { AttendanceSummary, summariseAttendance } from '../measures';
import { AttendancePolicy, AttendanceClassification, ActionsDue, ExistingSupport, actionsDue, classifyAttendance } from '../graduated-response';
import { OverdueNMark, overdueNMarks } from '../register';
import { AttendanceReturnDecision, SicknessReturnDecision, attendanceReturnEntry, attendanceReturnPeriod, sicknessReturnDue } from '../returns';
import { PenaltyNoticeThresholdResult, penaltyNoticeThreshold } from '../interventions';

export interface PupilScanInput {
  readonly pupilId: string;
  readonly fullName: string;
  readonly address?: string;
  readonly dateOfBirth: LocalDate;
  /** The pupil's marks at every school this year, and at least the 10 school weeks before `today`. */
  readonly marks: readonly Mark[];
  /** The pupil's schools' calendars merged (`mergeCalendars`) when they changed school. */
  readonly calendar: SchoolCalendar;
  readonly policy: AttendancePolicy;
  readonly existingSupport?: ExistingSupport;
  readonly today: LocalDate;
}

export type PupilNeed =
  | 'SEVERELY_ABSENT'
  | 'PERSISTENTLY_ABSENT'
  | 'PENALTY_NOTICE_THRESHOLD_MET'
  | 'REASON_FOR_ABSENCE_OVERDUE'
  | 'ATTENDANCE_RETURN_DUE'
  | 'SICKNESS_RETURN_DUE'
  | 'GRADUATED_RESPONSE_ACTIONS_DUE';

export interface PupilScanFindings {
  readonly pupilId: string;
  readonly yearToDate: AttendanceSummary;
  readonly classification: AttendanceClassification;
  readonly actionsDue: ActionsDue;
  readonly penaltyNoticeThreshold?: PenaltyNoticeThresholdResult;
  readonly overdueN: readonly OverdueNMark[];
  readonly attendanceReturn: AttendanceReturnDecision;
  readonly sicknessReturn: SicknessReturnDecision;
  /** Why this pupil needs someone's attention today, most serious first; empty when nothing is due. */
  readonly needs: readonly PupilNeed[];
}

/** The marks that pass `keep`: the same array when they all do (usually), so nothing is copied. */
function onlyWhere(marks: readonly Mark[], keep: (mark: Mark) => boolean): readonly Mark[] {
  return marks.every(keep) ? marks : marks.filter(keep);
}

// domain §4, §5, §2, §3, §17.1: the nightly scan — every rule that can flag a pupil, evaluated on the pupil's own data
export function scanPupil(input: PupilScanInput): PupilScanFindings {
  const { today, calendar } = input;
  const yearStart = academicYearStart(academicYearOf(today));
  const marksToDate = onlyWhere(input.marks, (m) => m.date <= today);
  const thisYear = onlyWhere(marksToDate, (m) => m.date >= yearStart);

  const yearToDate = summariseAttendance(thisYear);
  const classification = classifyAttendance(input.policy, {
    attendanceRate: yearToDate.attendanceRate ?? 0,
    possibleSessions: yearToDate.possibleSessions,
  });
  const due = actionsDue(input.policy, classification, input.existingSupport);

  const compulsory = isCompulsorySchoolAge(input.dateOfBirth, today);
  const threshold = compulsory
    ? penaltyNoticeThreshold({
        marks: marksToDate,
        schoolWeeks: schoolWeeksBetween(calendar, addDays(today, -7 * 20), today),
        asAt: today,
      })
    : undefined;

  const overdueN = overdueNMarks(thisYear, calendar, today);
  const period = attendanceReturnPeriod(today);
  const attendanceReturn = attendanceReturnEntry(
    { pupilId: input.pupilId, fullName: input.fullName, address: input.address, dateOfBirth: input.dateOfBirth, marks: marksToDate },
    calendar,
    { from: period.from, to: today },
  );
  const sicknessReturn = sicknessReturnDue({ marks: thisYear, calendar, asAt: today });

  const needs: PupilNeed[] = [];
  if (yearToDate.severelyAbsent) needs.push('SEVERELY_ABSENT');
  else if (yearToDate.persistentlyAbsent) needs.push('PERSISTENTLY_ABSENT');
  if (threshold?.met) needs.push('PENALTY_NOTICE_THRESHOLD_MET');
  if (overdueN.length > 0) needs.push('REASON_FOR_ABSENCE_OVERDUE');
  if (attendanceReturn.allowed) needs.push('ATTENDANCE_RETURN_DUE');
  if (sicknessReturn.allowed) needs.push('SICKNESS_RETURN_DUE');
  // The best band's actions (rewards, praise) are for everyone; only a band below it puts a pupil on a worklist.
  const bestBand = Math.min(...input.policy.bands.map((b) => b.band));
  if (classification.classified && classification.band > bestBand && due.due.length > 0) {
    needs.push('GRADUATED_RESPONSE_ACTIONS_DUE');
  }

  return {
    pupilId: input.pupilId,
    yearToDate,
    classification,
    actionsDue: due,
    penaltyNoticeThreshold: threshold,
    overdueN,
    attendanceReturn,
    sicknessReturn,
    needs,
  };
}
