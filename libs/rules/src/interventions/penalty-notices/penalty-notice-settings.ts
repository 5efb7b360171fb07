import { LocalDate } from '../../core';
import { AttendanceCode } from '../../codes';
import { InterventionSchoolType } from '../intervention-school-type';

/** The national framework for penalty notices applies from this date (SI 2024/210). */
export const PENALTY_NOTICE_NATIONAL_FRAMEWORK_START: LocalDate = '2024-08-19';

/** SI 2007/1867 reg 2A as amended by SI 2024/210: at most 2 notices per parent per child … */
export const PENALTY_NOTICE_LIMIT_PER_PARENT_PER_CHILD = 2;
/** … in the 3 years ending with the proposed issue date. */
export const PENALTY_NOTICE_LIMIT_PERIOD_YEARS = 3;

/** Local-authority settings for penalty notices; every figure is editable per LA (domain §5, §16, §17). */
export interface PenaltyNoticeSettings {
  /** Sessions of unauthorised absence that make a notice worth considering (national default 10). */
  readonly thresholdSessions: number;
  /** The rolling window, in school weeks, the sessions must fall in (national default 10). */
  readonly thresholdSchoolWeeks: number;
  /** Codes counted towards the threshold; default G, N, O, U as in Manchester's code (others cite G, O, U). */
  readonly countedCodes: readonly AttendanceCode[];
  /** Only notices issued on or after 19 Aug 2024 count towards the limit and the second-notice rate (default true; LA/school wording, medium confidence). */
  readonly countOnlyNoticesFromNationalFramework: boolean;
  /** A posted notice is presumed received on this working day after posting (default 2nd). */
  readonly deemedReceiptWorkingDaysAfterPosting: number;
  /** School types whose pupils are out of scope (default independent schools; explicit DfE wording UNCONFIRMED). */
  readonly schoolTypesOutOfScope: readonly InterventionSchoolType[];
}

export const DEFAULT_PENALTY_NOTICE_SETTINGS: PenaltyNoticeSettings = {
  thresholdSessions: 10,
  thresholdSchoolWeeks: 10,
  countedCodes: ['G', 'N', 'O', 'U'],
  countOnlyNoticesFromNationalFramework: true,
  deemedReceiptWorkingDaysAfterPosting: 2,
  schoolTypesOutOfScope: ['INDEPENDENT'],
};
