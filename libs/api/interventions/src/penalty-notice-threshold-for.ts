import { loadSchoolCalendar } from '@rollcall/api-pupils';
import {
  LocalDate,
  Mark,
  PenaltyNoticeEnrolment,
  PenaltyNoticeSettings,
  PenaltyNoticeThresholdResult,
  SchoolCalendar,
  addDays,
  maxDate,
  minDate,
  penaltyNoticeSchoolWeeks,
  penaltyNoticeThreshold,
} from '@rollcall/rules';
import { EntityManager } from 'typeorm';
import { enrolmentsOf } from './intervention-facts';
import { marksForPupil } from './pupil-marks';

/** How far back marks are read: 10 school weeks with every holiday of a year between them fit in 26 calendar weeks. */
const LOOK_BACK_DAYS = 26 * 7;

export interface PupilThreshold {
  readonly threshold: PenaltyNoticeThresholdResult;
  /** The marks read, from `LOOK_BACK_DAYS` before `asAt` up to it. */
  readonly marks: readonly Mark[];
}

/** The penalty-notice threshold for a pupil as at a date, from the marks and calendars of every school they were on roll at. */
export async function penaltyNoticeThresholdFor(
  tx: EntityManager,
  laCode: string,
  pupilId: string,
  asAt: LocalDate,
  settings: PenaltyNoticeSettings,
): Promise<PupilThreshold> {
  const from = addDays(asAt, -LOOK_BACK_DAYS);
  const calendars = new Map<number, SchoolCalendar>();
  const enrolments: PenaltyNoticeEnrolment[] = [];
  for (const e of await enrolmentsOf(tx, laCode, pupilId)) {
    const start = maxDate(e.admittedOn, from);
    const end = minDate(e.leftOn ?? asAt, asAt);
    if (end < start) continue;
    let calendar = calendars.get(e.urn);
    if (!calendar) {
      calendar = await loadSchoolCalendar(tx, e.urn);
      calendars.set(e.urn, calendar);
    }
    enrolments.push({ calendar, from: start, to: end });
  }
  const marks = await marksForPupil(tx, laCode, pupilId, from, asAt);
  const threshold = penaltyNoticeThreshold({ marks, schoolWeeks: penaltyNoticeSchoolWeeks(enrolments), asAt, settings });
  return { threshold, marks };
}
