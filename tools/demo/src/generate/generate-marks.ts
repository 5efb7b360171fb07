import { LocalDate, Session, compulsorySchoolAgeStart } from '@rollcall/rules';
import { DemoEnrolment, DemoMark, DemoPupil, DemoSchool } from './demo-types';
import { Random } from './random';
import { PlannedDay, schoolDaysToDate } from './school-days';

type AbsenceKind = 'I' | 'M' | 'C' | 'E' | 'O' | 'U' | 'G';

interface EpisodeShape {
  /** Whole days absent, with weights; 0 means a single session. */
  readonly days: readonly (readonly [number, number])[];
}

/** How long each kind of absence lasts (whole days, or 0 for one session). */
const EPISODES: Readonly<Record<AbsenceKind, EpisodeShape>> = {
  I: { days: [[0, 0.15], [1, 0.38], [2, 0.23], [3, 0.11], [5, 0.09], [8, 0.04]] },
  M: { days: [[0, 1]] },
  C: { days: [[1, 0.5], [2, 0.3], [3, 0.2]] },
  E: { days: [[1, 0.4], [2, 0.3], [3, 0.2], [5, 0.1]] },
  O: { days: [[0, 0.45], [1, 0.33], [2, 0.14], [3, 0.05], [5, 0.03]] },
  U: { days: [[0, 1]] },
  G: { days: [[1, 0.7], [2, 0.3]] },
};

/** For pupils in the severely absent group: long stretches away. */
const SEVERE_EPISODES: Readonly<Partial<Record<AbsenceKind, EpisodeShape>>> = {
  I: { days: [[2, 0.3], [5, 0.4], [10, 0.3]] },
  O: { days: [[2, 0.3], [5, 0.4], [10, 0.3]] },
};

/** Shares of absent sessions by reason, within authorised and within unauthorised absence (DfE absence by reason, rounded). */
const AUTHORISED_MIX: readonly (readonly [AbsenceKind, number])[] = [['I', 0.84], ['M', 0.08], ['C', 0.04], ['E', 0.04]];
const UNAUTHORISED_MIX: readonly (readonly [AbsenceKind, number])[] = [['O', 0.8], ['U', 0.12], ['G', 0.08]];

const WEEKDAY_FACTOR = [0, 1.08, 0.95, 0.9, 0.95, 1.12];
const MONTH_FACTOR = [0, 1.12, 1.05, 1.0, 0.95, 0.92, 0.95, 1.1, 1, 0.8, 1.0, 1.08, 1.2];

function shapeOf(kind: AbsenceKind, severe: boolean): EpisodeShape {
  return (severe ? SEVERE_EPISODES[kind] : undefined) ?? EPISODES[kind];
}

function meanSessions(shape: EpisodeShape): { sessions: number; days: number } {
  const total = shape.days.reduce((s, [, w]) => s + w, 0);
  let sessions = 0;
  let days = 0;
  for (const [d, w] of shape.days) {
    sessions += (w / total) * (d === 0 ? 1 : 2 * d);
    days += (w / total) * Math.max(1, d);
  }
  return { sessions, days };
}

interface EpisodePlan {
  /** Episode kinds weighted by how often each starts. */
  readonly kinds: readonly (readonly [AbsenceKind, number])[];
  /** Chance an episode starts on an ordinary day. */
  readonly startChance: number;
}

// domain §4: an episode rate that yields the pupil's absence rate (renewal: r = S / 2(1/p − 1 + D))
function episodePlan(rate: number, unauthorisedShare: number, severe: boolean, secondary: boolean): EpisodePlan {
  const sessionShares: [AbsenceKind, number][] = [
    ...AUTHORISED_MIX.filter(([k]) => secondary || k !== 'E').map(([k, w]): [AbsenceKind, number] => [k, w * (1 - unauthorisedShare)]),
    ...UNAUTHORISED_MIX.map(([k, w]): [AbsenceKind, number] => [k, w * unauthorisedShare]),
  ];
  const kinds = sessionShares.map(([k, share]): [AbsenceKind, number] => [k, share / meanSessions(shapeOf(k, severe)).sessions]);
  const total = kinds.reduce((s, [, w]) => s + w, 0);
  let s = 0;
  let d = 0;
  for (const [k, w] of kinds) {
    const m = meanSessions(shapeOf(k, severe));
    s += (w / total) * m.sessions;
    d += (w / total) * m.days;
  }
  const denominator = s / (2 * Math.max(rate, 1e-6)) - d + 1;
  return { kinds, startChance: denominator <= 1 ? 1 : 1 / denominator };
}

export interface SchoolEvents {
  /** Educational visits: date → NC years out for the whole day (V). */
  readonly trips: ReadonlyMap<LocalDate, ReadonlySet<number>>;
  /** Year 10 work experience week (W). */
  readonly workExperience: ReadonlySet<LocalDate>;
}

// domain §1.2 (V, W): school trips by year group and a work-experience week, on days the school is open
export function schoolEvents(random: Random, school: DemoSchool, days: readonly PlannedDay[]): SchoolEvents {
  const trips = new Map<LocalDate, Set<number>>();
  const open = days.filter((d) => d.sessions.every((s) => !s.closureCode));
  const byHalfTerm = new Map<string, PlannedDay[]>();
  for (const day of open) byHalfTerm.set(day.halfTerm, [...(byHalfTerm.get(day.halfTerm) ?? []), day]);
  const tripChance = school.phase === 'PRIMARY' ? 0.35 : school.phase === 'SECONDARY' ? 0.12 : 0.3;
  for (let year = school.lowestNcYear; year <= school.highestNcYear; year++) {
    for (const halfTermDays of byHalfTerm.values()) {
      if (halfTermDays.length > 4 && random.chance(tripChance)) {
        const day = random.pick(halfTermDays.slice(2, -1)).date;
        trips.set(day, new Set([...(trips.get(day) ?? []), year]));
      }
    }
  }
  const workExperience = new Set<LocalDate>();
  const summer2 = byHalfTerm.get('SUMMER_2') ?? [];
  if (school.highestNcYear >= 10 && school.lowestNcYear <= 10 && summer2.length > 12) {
    const monday = summer2.findIndex((d, i) => i >= 5 && d.weekday === 1);
    if (monday >= 0) for (const d of summer2.slice(monday, monday + 5)) workExperience.add(d.date);
  }
  return { trips, workExperience };
}

export interface EnrolmentMarksContext {
  readonly random: Random;
  readonly pupil: DemoPupil;
  readonly enrolment: DemoEnrolment;
  readonly days: readonly PlannedDay[];
  readonly events: SchoolEvents;
  readonly today: LocalDate;
}

interface Episode {
  readonly code: AbsenceKind;
  sessionsLeft: number;
  readonly startDate: LocalDate;
  readonly startSession: Session;
  /** Not yet explained when the register was taken (may still show as N). */
  unexplained: boolean;
}

function absentCode(episode: Episode, day: PlannedDay): string {
  return episode.unexplained && day.nMayStand ? 'N' : episode.code;
}

// domain §1.2, §2 and §4: one enrolment's register, session by session, from admission (or the first day of the year) to today
export function generateEnrolmentMarks(context: EnrolmentMarksContext): DemoMark[] {
  const { random, pupil, enrolment, days, events, today } = context;
  const profile = pupil.profile;
  const secondary = pupil.ncYear >= 7;
  const plan = episodePlan(profile.absenceRate, profile.unauthorisedShare, profile.severe, secondary);
  const subsidiary = enrolment.registration === 'DUAL_SUBSIDIARY';
  const elsewhere = profile.elsewhereDays;
  const csaStart = compulsorySchoolAgeStart(pupil.dateOfBirth);
  const holiday = profile.holiday && profile.holiday.request !== 'PENDING' ? profile.holiday : undefined;
  const ptt = profile.partTimeTimetable;
  const marks: DemoMark[] = [];
  let episode: Episode | undefined;

  for (const day of days) {
    if (day.date < enrolment.admittedOn || day.date > today || (enrolment.leftOn !== undefined && day.date > enrolment.leftOn)) continue;
    const fixed = (session: Session): string | undefined => {
      if (subsidiary) {
        if (!elsewhere || !elsewhere.weekdays.includes(day.weekday)) return 'D';
      } else if (elsewhere && day.date >= elsewhere.from && elsewhere.weekdays.includes(day.weekday)) {
        return elsewhere.code;
      }
      if (pupil.ncYear === 0 && session === 'PM' && day.dayOfYear < 5 && day.date < csaStart) return 'X';
      if (holiday && day.date >= holiday.from && day.date <= holiday.to) return holiday.request === 'GRANTED' ? 'C' : 'G';
      if (profile.mobile && day.halfTerm === 'SUMMER_1' && day.dayOfHalfTerm >= 5 && day.dayOfHalfTerm < 20) return 'T';
      if (profile.observedFaith && day.festivals.includes(profile.observedFaith)) return 'R';
      if (ptt && session === 'PM' && day.date >= ptt.from && day.date <= ptt.to) return 'C2';
      return undefined;
    };

    if (!episode && day.sessions.some((s) => !s.closureCode)) {
      const chance = plan.startChance * WEEKDAY_FACTOR[day.weekday] * MONTH_FACTOR[day.month];
      if (random.chance(chance)) {
        const code = random.weighted(plan.kinds);
        const length = random.weighted(shapeOf(code, profile.severe).days);
        const unexplained = code === 'O' ? random.chance(0.8) : code === 'I' ? random.chance(0.25) : false;
        const sessionsLeft = length === 0 ? 1 : 2 * length;
        // Single-session absences: U and most appointments are mornings; being sent home ill is an afternoon.
        const startsPm = length === 0 && (code === 'I' || (code === 'M' && random.chance(0.4)) || (code === 'O' && random.chance(0.7)));
        episode = { code, sessionsLeft, unexplained, startDate: day.date, startSession: startsPm ? 'PM' : 'AM' };
      }
    }

    for (const planned of day.sessions) {
      const { session } = planned;
      if (planned.closureCode) {
        marks.push({ upn: pupil.upn, date: day.date, session, code: planned.closureCode });
        continue;
      }
      const fixedCode = fixed(session);
      if (fixedCode) {
        marks.push({ upn: pupil.upn, date: day.date, session, code: fixedCode });
        continue;
      }
      const waiting = episode && episode.startDate === day.date && episode.startSession === 'PM' && session === 'AM';
      if (episode && !waiting) {
        if (episode.code === 'U') {
          marks.push({ upn: pupil.upn, date: day.date, session, code: 'U', minutesLate: random.int(25, 95) });
        } else {
          marks.push({ upn: pupil.upn, date: day.date, session, code: absentCode(episode, day) });
        }
        episode.sessionsLeft -= 1;
        if (episode.sessionsLeft <= 0) episode = undefined;
        continue;
      }
      marks.push(presentMark(random, pupil, day, session, events));
    }
  }
  return marks;
}

function presentMark(random: Random, pupil: DemoPupil, day: PlannedDay, session: Session, events: SchoolEvents): DemoMark {
  const code = presentCode(random, pupil, day, session, events);
  if (code === 'L') return { upn: pupil.upn, date: day.date, session, code, minutesLate: random.int(2, 20) };
  return { upn: pupil.upn, date: day.date, session, code };
}

function presentCode(random: Random, pupil: DemoPupil, day: PlannedDay, session: Session, events: SchoolEvents): string {
  if (events.trips.size > 0 && events.trips.get(day.date)?.has(pupil.ncYear)) return 'V';
  if (pupil.ncYear === 10 && events.workExperience.has(day.date)) return 'W';
  const profile = pupil.profile;
  if (session === 'PM') {
    if (profile.sporty && day.weekday === 3 && random.chance(0.2)) return 'P';
    if (profile.offSiteCourse && day.weekday === 4) return 'B';
    if (pupil.ncYear === 11 && day.month >= 1 && day.month <= 5 && random.chance(0.004)) return 'J1';
  }
  const lateChance = session === 'AM' ? profile.latenessRate : profile.latenessRate / 5;
  if (random.chance(lateChance)) return 'L';
  return session === 'AM' ? '/' : '\\';
}

export interface SchoolMarksOptions {
  readonly seed: number;
  readonly academicYear: number;
  readonly today: LocalDate;
  readonly school: DemoSchool;
  /** The pupils with an enrolment at this school. */
  readonly pupils: readonly DemoPupil[];
}

// domain §1.2, §2: every register mark a school has taken this academic year up to today
export function generateSchoolMarks(options: SchoolMarksOptions): DemoMark[] {
  const { school, today } = options;
  const root = Random.fromSeed(options.seed);
  const days = schoolDaysToDate(school, options.academicYear, today);
  const events = schoolEvents(root.fork(`events:${school.urn}`), school, days);
  const marks: DemoMark[] = [];
  for (const pupil of options.pupils) {
    for (const enrolment of pupil.enrolments) {
      if (enrolment.urn !== school.urn) continue;
      const random = root.fork(`marks:${pupil.upn}:${school.urn}`);
      for (const mark of generateEnrolmentMarks({ random, pupil, enrolment, days, events, today })) marks.push(mark);
    }
  }
  return marks;
}
