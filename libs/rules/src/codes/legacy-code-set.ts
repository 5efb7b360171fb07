import { StatisticalCategory } from './statistical-category';

// domain §1.3; Education (Pupil Registration) (England) Regulations 2006 as amended: the codes used before 19 August 2024
export const LEGACY_ATTENDANCE_CODES = [
  '/', '\\', 'L',
  'B', 'D', 'J', 'P', 'V', 'W',
  'C', 'E', 'F', 'H', 'I', 'M', 'R', 'S', 'T',
  'G', 'N', 'O', 'U',
  'X', 'Y', 'Z', '#',
] as const;

export type LegacyAttendanceCode = (typeof LEGACY_ATTENDANCE_CODES)[number];

const LEGACY_LOOKUP: ReadonlySet<string> = new Set(LEGACY_ATTENDANCE_CODES);

export function isLegacyAttendanceCode(s: string): s is LegacyAttendanceCode {
  return LEGACY_LOOKUP.has(s);
}

export interface LegacyAttendanceCodeInfo {
  readonly code: LegacyAttendanceCode;
  readonly meaning: string;
  /** The pre-2024 statistical grouping (domain §1.3), before any setting is applied. */
  readonly category: StatisticalCategory;
  readonly source: string;
}

// domain §1.3 table and pre-2024 statistical grouping line; 2006 regs as amended
export const LEGACY_CODE_SET: readonly LegacyAttendanceCodeInfo[] = [
  { code: '/', meaning: 'Present (AM)', category: 'PRESENT', source: 'domain §1.3' },
  { code: '\\', meaning: 'Present (PM)', category: 'PRESENT', source: 'domain §1.3' },
  { code: 'L', meaning: 'Late before the register closed', category: 'PRESENT', source: 'domain §1.3' },
  { code: 'B', meaning: 'Educated off site', category: 'APPROVED_EDUCATIONAL_ACTIVITY', source: 'domain §1.3; S15' },
  {
    code: 'D',
    meaning: 'Dual registered (attending another establishment)',
    category: 'APPROVED_EDUCATIONAL_ACTIVITY',
    source: 'domain §1.3 (MIS also treat D as not counted)',
  },
  {
    code: 'J',
    meaning: 'At an interview (counted as approved educational activity)',
    category: 'APPROVED_EDUCATIONAL_ACTIVITY',
    source: 'domain §1.3; S19',
  },
  { code: 'P', meaning: 'Approved sporting activity', category: 'APPROVED_EDUCATIONAL_ACTIVITY', source: 'domain §1.3' },
  { code: 'V', meaning: 'Educational visit or trip', category: 'APPROVED_EDUCATIONAL_ACTIVITY', source: 'domain §1.3' },
  { code: 'W', meaning: 'Work experience', category: 'APPROVED_EDUCATIONAL_ACTIVITY', source: 'domain §1.3' },
  {
    code: 'C',
    meaning: 'Other authorised circumstances (including performances and part-time timetables)',
    category: 'AUTHORISED_ABSENCE',
    source: 'domain §1.3; S19; S21',
  },
  { code: 'E', meaning: 'Excluded, no alternative provision made', category: 'AUTHORISED_ABSENCE', source: 'domain §1.3' },
  {
    code: 'F',
    meaning: 'Agreed extended family holiday (redundant since 1 September 2013, merged into H)',
    category: 'AUTHORISED_ABSENCE',
    source: 'domain §1.3; Central Beds census page',
  },
  { code: 'H', meaning: 'Agreed family holiday', category: 'AUTHORISED_ABSENCE', source: 'domain §1.3; S19' },
  { code: 'I', meaning: 'Illness (not medical or dental appointments)', category: 'AUTHORISED_ABSENCE', source: 'domain §1.3' },
  { code: 'M', meaning: 'Medical or dental appointment', category: 'AUTHORISED_ABSENCE', source: 'domain §1.3' },
  { code: 'R', meaning: 'Religious observance', category: 'AUTHORISED_ABSENCE', source: 'domain §1.3' },
  { code: 'S', meaning: 'Study leave', category: 'AUTHORISED_ABSENCE', source: 'domain §1.3' },
  { code: 'T', meaning: 'Traveller absence', category: 'AUTHORISED_ABSENCE', source: 'domain §1.3; S22' },
  { code: 'G', meaning: 'Family holiday not agreed, or days in excess of the agreement', category: 'UNAUTHORISED_ABSENCE', source: 'domain §1.3' },
  { code: 'N', meaning: 'No reason yet provided for absence', category: 'UNAUTHORISED_ABSENCE', source: 'domain §1.3' },
  { code: 'O', meaning: 'Unauthorised absence not covered by any other code', category: 'UNAUTHORISED_ABSENCE', source: 'domain §1.3' },
  { code: 'U', meaning: 'Arrived after the register closed', category: 'UNAUTHORISED_ABSENCE', source: 'domain §1.3' },
  {
    code: 'X',
    meaning:
      'Non-compulsory-school-age absence (2020–22 also "not attending in circumstances relating to coronavirus", disapplied from April 2022)',
    category: 'NOT_POSSIBLE',
    source: 'domain §1.3; S8 change log',
  },
  { code: 'Y', meaning: 'Unable to attend due to exceptional circumstances', category: 'NOT_POSSIBLE', source: 'domain §1.3; S19' },
  { code: 'Z', meaning: 'Pupil not on the admission register', category: 'NOT_POSSIBLE', source: 'domain §1.3' },
  { code: '#', meaning: 'Planned whole or partial school closure', category: 'NOT_POSSIBLE', source: 'domain §1.3; S19' },
];

export interface LegacyCodeSettings {
  /**
   * How historic `D` (dual registration) sessions count. The pre-2024 grouping line (domain §1.3) lists D under
   * approved educational activity; MIS (and the 2024 set) treat it as not counted. LA setting.
   */
  readonly dualRegistrationCategory: 'APPROVED_EDUCATIONAL_ACTIVITY' | 'NOT_POSSIBLE';
}

export const DEFAULT_LEGACY_CODE_SETTINGS: LegacyCodeSettings = {
  dualRegistrationCategory: 'APPROVED_EDUCATIONAL_ACTIVITY',
};

const LEGACY_INFO = new Map(LEGACY_CODE_SET.map((info) => [info.code, info]));

export function legacyAttendanceCodeInfo(code: LegacyAttendanceCode): LegacyAttendanceCodeInfo {
  return LEGACY_INFO.get(code) as LegacyAttendanceCodeInfo;
}

// domain §1.3 pre-2024 statistical grouping: present / \ L; AEA B D J P V W; AA C E F H I M R S T; UA G N O U; not counted X Y Z #
export function legacyCategoryOf(
  code: LegacyAttendanceCode,
  settings: LegacyCodeSettings = DEFAULT_LEGACY_CODE_SETTINGS,
): StatisticalCategory {
  if (code === 'D') return settings.dualRegistrationCategory;
  return legacyAttendanceCodeInfo(code).category;
}
