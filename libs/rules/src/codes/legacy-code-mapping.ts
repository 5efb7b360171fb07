import { AttendanceCode } from './attendance-code';
import { LegacyAttendanceCode } from './legacy-code-set';

export interface LegacyCodeMapping {
  readonly from: LegacyAttendanceCode;
  /** The 2024 code a historic mark is shown as by default. */
  readonly to: AttendanceCode;
  /** True when the default is a guess a person should check against the school's records. */
  readonly needsReview: boolean;
  readonly note: string;
}

// domain §1.3; SI 2024/208 replacing the 2006 regs: default translation of each pre-2024 code into the 2024 set
export const LEGACY_TO_2024_CODE_MAPPING: readonly LegacyCodeMapping[] = [
  { from: '/', to: '/', needsReview: false, note: 'Unchanged.' },
  { from: '\\', to: '\\', needsReview: false, note: 'Unchanged.' },
  { from: 'L', to: 'L', needsReview: false, note: 'Unchanged.' },
  {
    from: 'B',
    to: 'B',
    needsReview: true,
    note: 'Kept, but the 2024 definition is narrower: the activity must meet the "approved educational activity" definition.',
  },
  {
    from: 'D',
    to: 'D',
    needsReview: false,
    note: 'Unchanged meaning; not counted in possible sessions in the 2024 set.',
  },
  {
    from: 'J',
    to: 'J1',
    needsReview: false,
    note: 'Replaced by J1. J counted as approved educational activity; J1 is authorised absence, so historic statistics differ.',
  },
  { from: 'P', to: 'P', needsReview: false, note: 'Unchanged.' },
  { from: 'V', to: 'V', needsReview: false, note: 'Unchanged.' },
  { from: 'W', to: 'W', needsReview: false, note: 'Unchanged.' },
  {
    from: 'C',
    to: 'C',
    needsReview: true,
    note: 'Split in 2024: performances or employment abroad are now C1, temporary part-time timetables C2, other exceptional leave C.',
  },
  { from: 'E', to: 'E', needsReview: false, note: 'Unchanged.' },
  {
    from: 'F',
    to: 'C',
    needsReview: true,
    note: 'Agreed extended family holiday has no 2024 equivalent; shown as C (exceptional circumstances) only for review.',
  },
  {
    from: 'H',
    to: 'C',
    needsReview: true,
    note: 'Agreed family holiday was removed in 2024; term-time leave is now only C if exceptional. Shown as C for review.',
  },
  { from: 'I', to: 'I', needsReview: false, note: 'Unchanged.' },
  { from: 'M', to: 'M', needsReview: false, note: 'Unchanged.' },
  { from: 'R', to: 'R', needsReview: false, note: 'Unchanged.' },
  { from: 'S', to: 'S', needsReview: false, note: 'Unchanged.' },
  { from: 'T', to: 'T', needsReview: false, note: 'Kept; reworded around "mobile child".' },
  { from: 'G', to: 'G', needsReview: false, note: 'Unchanged.' },
  { from: 'N', to: 'N', needsReview: false, note: 'Unchanged.' },
  { from: 'O', to: 'O', needsReview: false, note: 'Unchanged.' },
  { from: 'U', to: 'U', needsReview: false, note: 'Unchanged.' },
  {
    from: 'X',
    to: 'X',
    needsReview: true,
    note: 'Kept for non-compulsory-school-age pupils; between 2020 and April 2022 X was also used for coronavirus circumstances.',
  },
  {
    from: 'Y',
    to: 'Y7',
    needsReview: true,
    note: 'Replaced by Y1–Y7; defaults to Y7 (any other unavoidable cause) unless the school records say which applies.',
  },
  { from: 'Z', to: 'Z', needsReview: false, note: 'Unchanged.' },
  {
    from: '#',
    to: '#',
    needsReview: true,
    note: 'The old code also covered partial closures; in 2024 # is a planned whole-school closure only.',
  },
];

const MAPPING_BY_CODE = new Map(LEGACY_TO_2024_CODE_MAPPING.map((m) => [m.from, m]));

// domain §1.3: how a pre-2024 code is shown in the 2024 set, with a note and a review flag
export function mapLegacyCode(code: LegacyAttendanceCode): LegacyCodeMapping {
  return MAPPING_BY_CODE.get(code) as LegacyCodeMapping;
}
