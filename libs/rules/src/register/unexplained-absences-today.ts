import { LocalDate, Session } from '../core';
import { AttendanceCode, Mark, isPossibleSession } from '../codes';
import { DEFAULT_REGISTER_SETTINGS, RegisterSettings } from './register-settings';

export interface PupilMark extends Mark {
  readonly pupilId: string;
}

export interface FirstDayCall {
  readonly pupilId: string;
  /** Today's sessions coded `N`. */
  readonly sessions: readonly Session[];
  /** School days in a row with only unexplained absence (`N` or `O`), today included. */
  readonly consecutiveDays: number;
  /** The first of those days. */
  readonly since: LocalDate;
  readonly safeguardingFollowUp: boolean;
  /** The pupil has a social worker or youth justice worker, who should be told (guidance para 52). */
  readonly informSocialWorker: boolean;
}

const UNEXPLAINED: readonly AttendanceCode[] = ['N', 'O'];

function unexplainedRunBefore(marks: readonly PupilMark[], today: LocalDate): { days: number; since?: LocalDate } {
  const byDate = new Map<LocalDate, PupilMark[]>();
  for (const mark of marks) {
    if (mark.date < today && isPossibleSession(mark.code)) byDate.set(mark.date, [...(byDate.get(mark.date) ?? []), mark]);
  }
  let days = 0;
  let since: LocalDate | undefined;
  for (const [date, dayMarks] of [...byDate].sort(([a], [b]) => (a < b ? 1 : -1))) {
    if (!dayMarks.every((m) => UNEXPLAINED.includes(m.code))) break;
    days += 1;
    since = date;
  }
  return { days, since };
}

/** Earlier days are read from the marks (days with no possible mark are skipped, so holidays do not break a run). */
// domain §2 first-day calling, §11/§13 (para 52): an `N` today needs a call home; unexplained absence continuing from earlier days needs safeguarding follow-up
export function unexplainedAbsencesToday(
  marks: readonly PupilMark[],
  today: LocalDate,
  pupilsWithSocialWorker: readonly string[] = [],
  settings: RegisterSettings = DEFAULT_REGISTER_SETTINGS,
): FirstDayCall[] {
  const byPupil = new Map<string, PupilMark[]>();
  for (const mark of marks) byPupil.set(mark.pupilId, [...(byPupil.get(mark.pupilId) ?? []), mark]);
  const calls: FirstDayCall[] = [];
  for (const [pupilId, pupilMarks] of [...byPupil].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const sessions = pupilMarks
      .filter((m) => m.date === today && m.code === 'N')
      .map((m) => m.session)
      .sort();
    if (sessions.length === 0) continue;
    const todayAllUnexplained = pupilMarks.filter((m) => m.date === today && isPossibleSession(m.code)).every((m) => UNEXPLAINED.includes(m.code));
    const before = todayAllUnexplained ? unexplainedRunBefore(pupilMarks, today) : { days: 0, since: undefined };
    const consecutiveDays = before.days + 1;
    calls.push({
      pupilId,
      sessions,
      consecutiveDays,
      since: before.since ?? today,
      safeguardingFollowUp: consecutiveDays >= settings.safeguardingFollowUpAfterConsecutiveDays,
      informSocialWorker: pupilsWithSocialWorker.includes(pupilId),
    });
  }
  return calls;
}
