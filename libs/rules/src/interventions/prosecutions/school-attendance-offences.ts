/** School attendance offences a parent can be prosecuted for (summary only, magistrates' court). */
export type SchoolAttendanceOffence = 'S443' | 'S444_1' | 'S444_1A' | 'S444ZA_1' | 'S444ZA_1A' | 'ESO_SCH3_PARA18';

export type SentencingOption =
  | 'FINE'
  | 'CONDITIONAL_DISCHARGE'
  | 'ABSOLUTE_DISCHARGE'
  | 'DEFERRED_SENTENCE'
  | 'PARENTING_ORDER'
  | 'COMMUNITY_ORDER'
  | 'IMPRISONMENT'
  | 'DIRECTION_TO_APPLY_FOR_ESO';

export interface SchoolAttendanceOffenceInfo {
  readonly offence: SchoolAttendanceOffence;
  readonly provision: string;
  readonly description: string;
  readonly standardScaleLevel: 3 | 4;
  readonly maxFinePence: number;
  readonly maxImprisonmentMonths?: number;
  /** No need to prove the parent knew: s444(1) is strict liability. */
  readonly strictLiability: boolean;
  readonly sentencingOptions: readonly SentencingOption[];
}

/** The standard scale of fines (Criminal Justice Act 1982 s37): level 3 £1,000, level 4 £2,500, in pence. */
export const STANDARD_SCALE_PENCE: Readonly<Record<3 | 4, number>> = { 3: 100_000, 4: 250_000 };

const NON_CUSTODIAL: readonly SentencingOption[] = ['FINE', 'CONDITIONAL_DISCHARGE', 'ABSOLUTE_DISCHARGE', 'DEFERRED_SENTENCE', 'PARENTING_ORDER'];
const CUSTODIAL: readonly SentencingOption[] = [...NON_CUSTODIAL, 'COMMUNITY_ORDER', 'IMPRISONMENT'];

// domain §8; EA 1996 ss443, 444, 444ZA, CA 1989 Sch 3 para 18, CDA 1998 s8: the offences, their maximum penalties and the sentences seen in LA guidance
export const SCHOOL_ATTENDANCE_OFFENCES: Readonly<Record<SchoolAttendanceOffence, SchoolAttendanceOffenceInfo>> = {
  S443: {
    offence: 'S443',
    provision: 'EA 1996 s443',
    description: 'Failure to comply with a school attendance order',
    standardScaleLevel: 3,
    maxFinePence: STANDARD_SCALE_PENCE[3],
    strictLiability: false,
    sentencingOptions: [...NON_CUSTODIAL, 'DIRECTION_TO_APPLY_FOR_ESO'],
  },
  S444_1: {
    offence: 'S444_1',
    provision: 'EA 1996 s444(1)',
    description: 'Registered pupil of compulsory school age fails to attend regularly',
    standardScaleLevel: 3,
    maxFinePence: STANDARD_SCALE_PENCE[3],
    strictLiability: true,
    sentencingOptions: NON_CUSTODIAL,
  },
  S444_1A: {
    offence: 'S444_1A',
    provision: 'EA 1996 s444(1A)',
    description: 'Parent knows the child is failing to attend regularly and fails to cause attendance',
    standardScaleLevel: 4,
    maxFinePence: STANDARD_SCALE_PENCE[4],
    maxImprisonmentMonths: 3,
    strictLiability: false,
    sentencingOptions: CUSTODIAL,
  },
  S444ZA_1: {
    offence: 'S444ZA_1',
    provision: 'EA 1996 s444ZA with s444(1)',
    description: 'Fails to attend regularly at directed off-site or LA alternative provision',
    standardScaleLevel: 3,
    maxFinePence: STANDARD_SCALE_PENCE[3],
    strictLiability: true,
    sentencingOptions: NON_CUSTODIAL,
  },
  S444ZA_1A: {
    offence: 'S444ZA_1A',
    provision: 'EA 1996 s444ZA with s444(1A)',
    description: 'Knowingly fails to cause attendance at directed off-site or LA alternative provision',
    standardScaleLevel: 4,
    maxFinePence: STANDARD_SCALE_PENCE[4],
    maxImprisonmentMonths: 3,
    strictLiability: false,
    sentencingOptions: CUSTODIAL,
  },
  ESO_SCH3_PARA18: {
    offence: 'ESO_SCH3_PARA18',
    provision: 'Children Act 1989 Sch 3 para 18',
    description: 'Parent persistently fails to comply with a direction under an education supervision order',
    standardScaleLevel: 3,
    maxFinePence: STANDARD_SCALE_PENCE[3],
    strictLiability: false,
    sentencingOptions: ['FINE', 'CONDITIONAL_DISCHARGE', 'ABSOLUTE_DISCHARGE', 'DEFERRED_SENTENCE'],
  },
};

/** Offences under ss443/444 (incl. s444ZA) only an LA may prosecute (EA 1996 s446). */
export const LA_ONLY_OFFENCES: readonly SchoolAttendanceOffence[] = ['S443', 'S444_1', 'S444_1A', 'S444ZA_1', 'S444ZA_1A'];
