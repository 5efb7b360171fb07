import { AttendanceCode, LocalDate, Session, SessionRef, upnCheckLetter } from '@rollcall/rules';

/** A class: the pupils of one year group of a one-form-entry primary. */
export const CLASS_SIZE = 30;
/** Reception to Year 6. */
export const CLASSES_PER_SCHOOL = 7;
/** The first school week's sessions get marks before the clock starts: the register query reads these. */
export const SEEDED_SESSIONS = 10;
/** Staff signed in to the school portal; each reads their own school's registers. */
export const STAFF = 100;
/** Fewest schools in the API part (the ingest part's LA has 60). */
export const MIN_API_SCHOOLS = 60;
/**
 * The fastest submissions are planned for: there are enough classes × sessions for every submission to be a
 * register not yet taken at this rate for the whole run (each then writes 30 new marks).
 */
export const PLANNED_SUBMISSIONS_PER_SECOND = 600;

export interface ApiPupil {
  readonly upn: string;
  readonly forename: string;
  readonly surname: string;
  readonly dateOfBirth: LocalDate;
  /** National curriculum year: 0 (Reception) to 6. */
  readonly ncYear: number;
}

export interface ApiSchool {
  readonly urn: number;
  readonly laestab: number;
  /** `CLASSES_PER_SCHOOL` classes of `CLASS_SIZE`, Reception first. */
  readonly classes: readonly (readonly ApiPupil[])[];
}

export interface ApiStaff {
  readonly email: string;
  readonly urn: number;
}

export interface ApiPlan {
  readonly laCode: string;
  readonly academicYear: number;
  readonly schools: readonly ApiSchool[];
  /** Every school session of the year, in order: the first `SEEDED_SESSIONS` are read, the rest are submitted. */
  readonly sessions: readonly SessionRef[];
  readonly staff: readonly ApiStaff[];
}

/** The schools the API part needs to keep every submission of a run of `submitSeconds` distinct. */
export function apiSchoolCount(submitSeconds: number, sessionsInYear: number): number {
  const perSchool = CLASSES_PER_SCHOOL * Math.max(1, sessionsInYear - SEEDED_SESSIONS);
  return Math.max(MIN_API_SCHOOLS, Math.ceil((submitSeconds * PLANNED_SUBMISSIONS_PER_SECOND) / perSchool));
}

/**
 * The API part's schools (URNs from 950000, apart from the ingest part's), each a one-form-entry primary of
 * 7 classes of 30, and the staff who sign in to the school portal.
 */
export function apiPlan(options: {
  laCode: string;
  academicYear: number;
  sessions: readonly SessionRef[];
  submitSeconds: number;
  /** Fewer schools and staff than a run needs (tests). */
  schools?: number;
  staff?: number;
}): ApiPlan {
  const { laCode, academicYear } = options;
  const count = options.schools ?? apiSchoolCount(options.submitSeconds, options.sessions.length);
  const yy = String(academicYear % 100).padStart(2, '0');
  const schools: ApiSchool[] = Array.from({ length: count }, (_, s) => {
    const urn = 950000 + s;
    const classes = Array.from({ length: CLASSES_PER_SCHOOL }, (_, ncYear) =>
      Array.from({ length: CLASS_SIZE }, (_, p) => {
        const serial = ncYear * CLASS_SIZE + p;
        const body = `${laCode}${String(2000 + s).padStart(4, '0')}${yy}${String(serial).padStart(3, '0')}`;
        return {
          upn: `${upnCheckLetter(body)}${body}`,
          forename: `Pupil${String(p).padStart(2, '0')}`,
          surname: `Year${ncYear}School${urn}`,
          dateOfBirth: `${academicYear - 5 - ncYear}-0${1 + (serial % 9)}-1${serial % 9}`,
          ncYear,
        };
      }),
    );
    return { urn, laestab: Number(`${laCode}${2000 + s}`), classes };
  });
  const staff = Array.from({ length: options.staff ?? STAFF }, (_, k) => ({ email: `bench.staff.${k}@bench.example`, urn: schools[k % schools.length].urn }));
  return { laCode, academicYear, schools, sessions: options.sessions, staff };
}

/**
 * The `i`th register read: staff member by staff member, each their own school's register for a seeded session (and
 * their class: the first member of staff at each school has Reception, the next Year 1…).
 */
export function registerRead(plan: ApiPlan, i: number): { staff: number; urn: number; ncYear: number; date: LocalDate; session: Session } {
  const staff = i % plan.staff.length;
  const { date, session } = plan.sessions[Math.floor(i / plan.staff.length) % SEEDED_SESSIONS];
  return { staff, urn: plan.staff[staff].urn, ncYear: Math.floor(staff / plan.schools.length) % CLASSES_PER_SCHOOL, date, session };
}

export interface Submission {
  readonly schoolIndex: number;
  readonly urn: number;
  /** A class's session: its 30 marks. */
  readonly date: LocalDate;
  readonly session: Session;
  readonly ncYear: number;
  readonly idempotencyKey: string;
  readonly marks: readonly { readonly upn: string; readonly code: AttendanceCode }[];
}

/** How many distinct (class, date, session) registers the plan holds for submissions. */
export function submissionCapacity(plan: ApiPlan): number {
  return plan.schools.length * CLASSES_PER_SCHOOL * Math.max(0, plan.sessions.length - SEEDED_SESSIONS);
}

/**
 * The `i`th register submission: a whole class's marks for a session not yet taken. Consecutive submissions go to
 * different schools (a school's submissions wait for each other, as in the product), then to the next class, then to
 * the next session. Past the plan's capacity they repeat from the start with the same key: the product answers those
 * as repeats and writes nothing (the report counts them apart).
 */
export function submission(plan: ApiPlan, i: number): Submission {
  const classes = plan.schools.length * CLASSES_PER_SCHOOL;
  const n = i % Math.max(1, submissionCapacity(plan));
  const schoolIndex = n % plan.schools.length;
  const ncYear = Math.floor(n / plan.schools.length) % CLASSES_PER_SCHOOL;
  const { date, session } = plan.sessions[SEEDED_SESSIONS + Math.floor(n / classes)];
  const school = plan.schools[schoolIndex];
  return {
    schoolIndex,
    urn: school.urn,
    date,
    session,
    ncYear,
    idempotencyKey: `bench-${school.urn}-${ncYear}-${date}-${session}`,
    marks: school.classes[ncYear].map((pupil, p) => ({ upn: pupil.upn, code: codeFor(session, n * CLASS_SIZE + p) })),
  };
}

/** Mostly present; about one in fourteen absent, mostly ill. */
export function codeFor(session: Session, seed: number): AttendanceCode {
  const roll = (Math.imul(seed, 2654435761) >>> 0) % 100;
  if (roll < 4) return 'I';
  if (roll < 5) return 'M';
  if (roll < 6) return 'O';
  if (roll < 7) return 'C';
  return session === 'AM' ? '/' : '\\';
}
