import type { PupilCharacteristicKind, SchoolType as SchoolTypeHeld } from '@rollcall/db';
import type { LocalDate, SchoolCalendar, SchoolYearDates, Session } from '@rollcall/rules';
import type { Faith } from './religious-festivals';

/** The kinds of school the demo LA has (every kind `school.type` allows but non-maintained special and AP). */
export type SchoolType = Exclude<SchoolTypeHeld, 'NON_MAINTAINED_SPECIAL' | 'ALTERNATIVE_PROVISION'>;

export type SchoolPhase = 'PRIMARY' | 'SECONDARY' | 'ALL_THROUGH' | 'SPECIAL' | 'ALTERNATIVE_PROVISION';

export interface DemoSchool {
  readonly urn: number;
  readonly laCode: string;
  /** DfE establishment number (the last four digits of LAESTAB). */
  readonly estab: number;
  readonly laestab: number;
  readonly name: string;
  readonly type: SchoolType;
  readonly phase: SchoolPhase;
  readonly locality: string;
  readonly postcode: string;
  readonly namedLaOfficer: string;
  readonly seniorAttendanceChampion: string;
  readonly faith?: 'CE' | 'RC';
  /** NC year groups taught: 0 = Reception … 11 = Year 11. */
  readonly lowestNcYear: number;
  readonly highestNcYear: number;
  /** Relative size: pupils per year group at the default scale. */
  readonly pupilsPerYear: number;
  /** When each session starts and its register closes ('HH:MM'): open 20 minutes, the same in both sessions. */
  readonly registerTimes: {
    readonly registerOpens: string;
    readonly registerCloses: string;
    readonly pmRegisterOpens: string;
    readonly pmRegisterCloses: string;
  };
  /** The previous and current academic year, as published (half terms, INSET days, closures). */
  readonly termDates: readonly SchoolYearDates[];
  readonly calendar: SchoolCalendar;
}

export type Characteristic = PupilCharacteristicKind;

export interface DemoCharacteristic {
  readonly characteristic: Characteristic;
  readonly startsOn: LocalDate;
  readonly endsOn?: LocalDate;
  /** For a looked-after child: the LA whose care the child is in. */
  readonly responsibleLaCode?: string;
}

export interface DemoSocialWorker {
  readonly name: string;
  readonly email: string;
  readonly phone: string;
  readonly team: string;
  readonly startsOn: LocalDate;
}

export interface DemoParent {
  /** Stable key within the generated data (`H00012-1`). */
  readonly key: string;
  readonly forename: string;
  readonly surname: string;
  readonly email: string;
  readonly phone: string;
  readonly addressLine1: string;
  readonly town: string;
  readonly postcode: string;
}

export interface DemoPupilParent {
  readonly parentKey: string;
  readonly relationship: string;
  readonly parentalResponsibility: boolean;
  readonly livesWith: boolean;
  readonly contactPriority: number;
}

export type Registration = 'MAIN' | 'DUAL_MAIN' | 'DUAL_SUBSIDIARY';

export interface DemoEnrolment {
  readonly urn: number;
  readonly admittedOn: LocalDate;
  readonly registration: Registration;
  /** The last day on roll, for a pupil whose name has been deleted (here: taken into elective home education). */
  readonly leftOn?: LocalDate;
}

/** What shapes a pupil's marks: decided before any mark is generated. */
export interface AttendanceProfile {
  /** Share of possible sessions the pupil tends to miss (before holidays and part-time timetables). */
  readonly absenceRate: number;
  /** Share of that absence that goes unauthorised (O, U, G, N). */
  readonly unauthorisedShare: number;
  /** Share of present sessions where the pupil arrives late but before the register closes. */
  readonly latenessRate: number;
  /** In the severely absent group: long unexplained absences. */
  readonly severe: boolean;
  /** The family keeps its faith's days of religious observance (code R). */
  readonly observedFaith?: Faith;
  /** A mobile (Traveller) family's child: T while travelling in the summer term. */
  readonly mobile: boolean;
  /** Plays for school teams: some afternoons at fixtures (P). */
  readonly sporty: boolean;
  /** Goes to a college course one afternoon a week (B). */
  readonly offSiteCourse: boolean;
  /** A term-time holiday the family takes (or asks for): school days, both ends included. */
  readonly holiday?: DemoHoliday;
  /** Agreed temporary part-time timetable: afternoons coded C2. */
  readonly partTimeTimetable?: { readonly from: LocalDate; readonly to: LocalDate };
  /** Weekdays (1 = Monday) spent at the other school of a dual registration, or at LA-arranged provision (K). */
  readonly elsewhereDays?: { readonly weekdays: readonly number[]; readonly code: 'D' | 'K'; readonly from: LocalDate };
}

export interface DemoHoliday {
  readonly from: LocalDate;
  readonly to: LocalDate;
  /** What the family asked the school: no request, refused (then coded G) or granted as exceptional (C). */
  readonly request: 'NONE' | 'REFUSED' | 'GRANTED' | 'PENDING';
  readonly reason: string;
}

export interface DemoPupil {
  readonly key: string;
  readonly householdKey: string;
  readonly upn: string;
  readonly forename: string;
  readonly surname: string;
  readonly preferredName?: string;
  readonly dateOfBirth: LocalDate;
  readonly sex: 'F' | 'M';
  readonly ncYear: number;
  readonly addressLine1: string;
  readonly town: string;
  readonly postcode: string;
  readonly homeLaCode: string;
  /** The LA of the pupil's main school: the tenant that holds the pupil's records. */
  readonly laCode: string;
  readonly enrolments: readonly DemoEnrolment[];
  readonly parents: readonly DemoPupilParent[];
  readonly characteristics: readonly DemoCharacteristic[];
  readonly socialWorker?: DemoSocialWorker;
  readonly profile: AttendanceProfile;
}

export interface DemoHousehold {
  readonly key: string;
  readonly kind: 'TWO_PARENTS' | 'SINGLE_PARENT' | 'SEPARATED' | 'KINSHIP' | 'ADOPTIVE' | 'FOSTER';
  readonly locality: string;
  readonly homeLaCode: string;
  readonly parents: readonly DemoParent[];
  readonly pupilKeys: readonly string[];
}

export interface DemoMark {
  readonly upn: string;
  readonly date: LocalDate;
  readonly session: Session;
  readonly code: string;
  readonly minutesLate?: number;
}
