import { LocalDate } from '../core';
import { AttendanceCode } from './attendance-code';
import { CATEGORY_BY_CODE, StatisticalCategory } from './statistical-category';

// domain §1 heading and §1.3; SI 2024/208 in force 19 August 2024: the date the 2024 code set replaced the 2006 set
export const CODE_SET_2024_EFFECTIVE_FROM: LocalDate = '2024-08-19';

export interface AttendanceCodeInfo {
  readonly code: AttendanceCode;
  /** What the code means, for school staff. */
  readonly meaning: string;
  readonly category: StatisticalCategory;
  /** A short, plain-English explanation for parents and carers. */
  readonly parentExplanation: string;
  readonly possibleSession: boolean;
  /** Where the fact comes from (domain.md source tags). */
  readonly source: string;
}

type CodeRow = Omit<AttendanceCodeInfo, 'category' | 'possibleSession'>;

const ROWS: readonly CodeRow[] = [
  {
    code: '/',
    meaning: 'Present at the morning register when it begins to be taken',
    parentExplanation: 'In school for the morning register',
    source: 'domain §1.2; S1 reg 10(2) Table 1',
  },
  {
    code: '\\',
    meaning: 'Present at the afternoon register when it begins to be taken',
    parentExplanation: 'In school for the afternoon register',
    source: 'domain §1.2; S1 reg 10(2) Table 1',
  },
  {
    code: 'L',
    meaning: 'Absent when the register started but arrived before the register closed',
    parentExplanation: 'Arrived late, but before the register closed, so counted as present',
    source: 'domain §1.2; S1 reg 10(2) Table 1',
  },
  {
    code: 'K',
    meaning:
      'Attending education provision arranged by the local authority (EA 1996 s19(1) or CFA 2014 s42(2)/61(1)) away from the school',
    parentExplanation: 'Taking part in education the council arranged away from school',
    source: 'domain §1.2; S1 reg 10(3) Table 2; S19',
  },
  {
    code: 'V',
    meaning: 'On an educational visit or trip arranged by the school and supervised by school staff',
    parentExplanation: 'On a school trip or visit with school staff',
    source: 'domain §1.2; S1 Table 2; S21',
  },
  {
    code: 'P',
    meaning: 'Taking part in an approved supervised sporting activity',
    parentExplanation: 'Taking part in a sports activity the school approved',
    source: 'domain §1.2; S21; S19',
  },
  {
    code: 'W',
    meaning: 'On approved work experience',
    parentExplanation: 'On work experience the school approved',
    source: 'domain §1.2; S21',
  },
  {
    code: 'B',
    meaning: 'Attending any other approved educational activity away from the school site',
    parentExplanation: 'Taking part in another educational activity away from school that the school approved',
    source: 'domain §1.2; S15 codes page; S21',
  },
  {
    code: 'D',
    meaning: 'Dual registered: expected to attend the other school this session',
    parentExplanation: 'Expected at the other school your child is registered with',
    source: 'domain §1.2; S19; S27 mapping',
  },
  {
    code: 'C1',
    meaning: 'Leave of absence to take part in a regulated performance or regulated employment abroad',
    parentExplanation: 'Given permission to be away to take part in a performance or approved work abroad',
    source: 'domain §1.2; S1 reg 11(2); S20; S21',
  },
  {
    code: 'M',
    meaning: 'Leave of absence to attend a medical or dental appointment',
    parentExplanation: 'Away from school for a medical or dental appointment',
    source: 'domain §1.2; S21',
  },
  {
    code: 'J1',
    meaning:
      'Leave of absence to attend an interview for employment or for admission to another educational institution, asked for in advance',
    parentExplanation: 'Given permission to be away for an interview for a job, school or college place',
    source: 'domain §1.2; S1 reg 11(4); S19; S20',
  },
  {
    code: 'S',
    meaning: 'Leave of absence to study for a public examination, agreed in advance',
    parentExplanation: 'Given permission to be away to study for an exam',
    source: 'domain §1.2; S1 reg 11(5); S21',
  },
  {
    code: 'X',
    meaning: 'Pupil below or above compulsory school age who is not required to attend this session',
    parentExplanation: 'Not required to be in school for this session',
    source: 'domain §1.2; S19; S21',
  },
  {
    code: 'C2',
    meaning: 'Leave of absence for a compulsory-school-age pupil on an agreed temporary part-time timetable',
    parentExplanation: 'Not in school for this session because of an agreed part-time timetable',
    source: 'domain §1.2; S1 reg 11(6); S20; S15',
  },
  {
    code: 'C',
    meaning: 'Leave of absence granted for exceptional circumstances',
    parentExplanation: 'Given permission to be away because of exceptional circumstances',
    source: 'domain §1.2; S21; S19',
  },
  {
    code: 'T',
    meaning: "Mobile child travelling with their parent or parents for the parent's trade or business",
    parentExplanation: "Travelling with family for a parent's work",
    source: 'domain §1.2; S22',
  },
  {
    code: 'R',
    meaning: "Religious observance on a day set apart exclusively for it by the parent's religious body",
    parentExplanation: 'Away for a day of religious observance',
    source: 'domain §1.2; S21; EA 1996 s444(3)(c)',
  },
  {
    code: 'I',
    meaning: 'Illness (not a medical or dental appointment)',
    parentExplanation: 'Away because of illness',
    source: 'domain §1.2; S21',
  },
  {
    code: 'E',
    meaning: 'Suspended or permanently excluded and no alternative provision has been made',
    parentExplanation: 'Suspended or excluded, with no other education arranged for this session',
    source: 'domain §1.2; S21',
  },
  {
    code: 'Q',
    meaning:
      'Unable to attend because of a lack of access arrangements (for example the local authority has not arranged transport it must provide)',
    parentExplanation: 'Could not attend because transport or other access arrangements were not provided',
    source: 'domain §1.2; S19; S20',
  },
  {
    code: 'Y1',
    meaning: 'Unable to attend: school not within walking distance and the transport normally provided was not available',
    parentExplanation: 'Could not attend because the usual school transport was not available',
    source: 'domain §1.2; S20; S19',
  },
  {
    code: 'Y2',
    meaning: 'Unable to attend: widespread travel disruption caused by a local, national or international emergency',
    parentExplanation: 'Could not attend because of widespread travel disruption from an emergency',
    source: 'domain §1.2; S20',
  },
  {
    code: 'Y3',
    meaning:
      'Unable to attend: part of the school premises unavoidably out of use and the pupil cannot be accommodated elsewhere',
    parentExplanation: 'Could not attend because part of the school was closed',
    source: 'domain §1.2; S20',
  },
  {
    code: 'Y4',
    meaning: 'Unable to attend: the whole school site was unexpectedly closed',
    parentExplanation: 'Could not attend because the school was closed unexpectedly',
    source: 'domain §1.2; S20',
  },
  {
    code: 'Y5',
    meaning: 'Unable to attend: in criminal justice detention',
    parentExplanation: 'Could not attend because of a period in detention',
    source: 'domain §1.2; S20',
  },
  {
    code: 'Y6',
    meaning:
      'Unable to attend: travel or attendance prohibited by public health guidance or law relating to infection or disease',
    parentExplanation: 'Could not attend because public health rules on infection said they should not',
    source: 'domain §1.2; S20',
  },
  {
    code: 'Y7',
    meaning: 'Unable to attend: any other unavoidable cause',
    parentExplanation: 'Could not attend for a reason that could not be avoided',
    source: 'domain §1.2; S20',
  },
  {
    code: 'G',
    meaning: 'Absent without leave for a holiday that was not granted',
    parentExplanation: 'Absent for a holiday that the school did not agree',
    source: 'domain §1.2; S12 §4.2',
  },
  {
    code: 'N',
    meaning: 'Reason for absence not yet established',
    parentExplanation: 'Absent, and the school does not yet know why. Please tell the school the reason',
    source: 'domain §1.2; S12; S27',
  },
  {
    code: 'O',
    meaning: 'Absent in other or unknown circumstances (no other code applies)',
    parentExplanation: 'Absent without a reason the school could accept',
    source: 'domain §1.2; S12',
  },
  {
    code: 'U',
    meaning: 'Arrived after the register closed but before the end of the session',
    parentExplanation: 'Arrived after the register closed, so counted as an unauthorised absence',
    source: 'domain §1.2; S12',
  },
  {
    code: 'Z',
    meaning: 'Prospective pupil not yet on the admission register',
    parentExplanation: 'Not yet on the school roll for this session',
    source: 'domain §1.2; S21; S19',
  },
  {
    code: '#',
    meaning: 'Planned whole-school closure',
    parentExplanation: 'The school was closed as planned',
    source: 'domain §1.2; S19',
  },
];

// domain §1.2; SI 2024/208 regs 10–11: the full 2024 code set with its meaning, category and explanation for parents
export const CODE_SET_2024: readonly AttendanceCodeInfo[] = ROWS.map((row) => ({
  ...row,
  category: CATEGORY_BY_CODE[row.code],
  possibleSession: CATEGORY_BY_CODE[row.code] !== 'NOT_POSSIBLE',
}));

const INFO_BY_CODE = new Map(CODE_SET_2024.map((info) => [info.code, info]));

// domain §1.2: look up one 2024 code's meaning, category and explanation for parents
export function attendanceCodeInfo(code: AttendanceCode): AttendanceCodeInfo {
  return INFO_BY_CODE.get(code) as AttendanceCodeInfo;
}
