import { ClockTime, ClosureKind, HalfTermName, LocalDate } from '@rollcall/rules';
import { SchoolPhase, SchoolType } from './school-input';

export interface LocalAuthorityRecord {
  readonly laCode: string;
  readonly name: string;
}

/** A school as Rollcall holds it (Get Information about Schools data plus the attendance set-up). */
export interface SchoolRecord {
  readonly urn: number;
  readonly laCode: string;
  readonly laestab: number;
  readonly name: string;
  readonly type: SchoolType;
  readonly phase: SchoolPhase;
  readonly postcode: string | null;
  readonly namedLaOfficer: string | null;
  readonly seniorAttendanceChampion: string | null;
  readonly registerOpens: ClockTime;
  readonly registerCloses: ClockTime;
  readonly pmRegisterOpens: ClockTime;
  readonly pmRegisterCloses: ClockTime;
}

/** The select list `toSchoolRecord` reads, for a `school` aliased `s`. */
export const SCHOOL_COLUMNS = `s.urn, s.la_code, s.laestab, s.name, s.type, s.phase, s.postcode, s.named_la_officer, s.senior_attendance_champion,
  to_char(s.register_opens, 'HH24:MI') AS register_opens, to_char(s.register_closes, 'HH24:MI') AS register_closes,
  to_char(s.pm_register_opens, 'HH24:MI') AS pm_register_opens, to_char(s.pm_register_closes, 'HH24:MI') AS pm_register_closes`;

export interface SchoolRow {
  urn: number;
  la_code: string;
  laestab: number;
  name: string;
  type: SchoolType;
  phase: SchoolPhase;
  postcode: string | null;
  named_la_officer: string | null;
  senior_attendance_champion: string | null;
  register_opens: string;
  register_closes: string;
  pm_register_opens: string;
  pm_register_closes: string;
}

export function toSchoolRecord(r: SchoolRow): SchoolRecord {
  return {
    urn: r.urn,
    laCode: r.la_code,
    laestab: r.laestab,
    name: r.name,
    type: r.type,
    phase: r.phase,
    postcode: r.postcode,
    namedLaOfficer: r.named_la_officer,
    seniorAttendanceChampion: r.senior_attendance_champion,
    registerOpens: r.register_opens,
    registerCloses: r.register_closes,
    pmRegisterOpens: r.pm_register_opens,
    pmRegisterCloses: r.pm_register_closes,
  };
}

export interface HalfTermRecord {
  readonly name: HalfTermName;
  readonly startsOn: LocalDate;
  readonly endsOn: LocalDate;
}

export interface ClosureRecord {
  readonly startsOn: LocalDate;
  readonly endsOn: LocalDate;
  readonly kind: ClosureKind;
  readonly sessions: 'AM' | 'PM' | 'BOTH';
  readonly description: string | null;
}

/** A school's calendar for one academic year: its half terms and the closures that fall in the year. */
export interface SchoolCalendarRecord {
  readonly urn: number;
  /** 2025 for 2025/26. */
  readonly academicYear: number;
  /** As usually written: 2025/26. */
  readonly label: string;
  readonly halfTerms: readonly HalfTermRecord[];
  readonly closures: readonly ClosureRecord[];
}
