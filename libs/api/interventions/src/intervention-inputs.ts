import type {
  AttendanceContract,
  LocalDate,
  NoticeToImproveContent,
  NoticeToImproveSkipReason,
  PenaltyNoticeIssuerRole,
  PenaltyNoticeSupportPosition,
  PenaltyNoticeWithdrawalGround,
  SchoolAttendanceOffence,
} from '@rollcall/rules';

export interface NoticeToImproveIssueInput {
  readonly laCode: string;
  readonly pupilId: string;
  readonly parentId: string;
  /** The school whose register shows the absence and whose calendar sets the improvement period. */
  readonly urn: number;
  readonly issuedOn: LocalDate;
  /** First day of the improvement period (the date of the notice unless the LA's code says receipt); default `issuedOn`. */
  readonly periodStartsOn?: LocalDate;
  readonly support: PenaltyNoticeSupportPosition;
  /** What the notice sets out; default every item the rules require (the notice Rollcall produces has them all). */
  readonly contents?: readonly NoticeToImproveContent[];
}

export interface IssuePenaltyNoticeInput {
  readonly laCode: string;
  readonly pupilId: string;
  readonly parentId: string;
  /** The school the pupil was on roll at for the absence; its type decides whether a notice is possible. */
  readonly urn: number;
  readonly issuedOn: LocalDate;
  /** The last day of the absence the notice covers (the offence date: it fixes the rates and the 6-month limit). */
  readonly offenceLastDate: LocalDate;
  /** The first day of that absence; default the first unauthorised session counted towards the threshold. */
  readonly offenceFirstDate?: LocalDate;
  /** Handed to the parent on `issuedOn`, or posted that day (received on the 2nd working day after). */
  readonly served: 'POST' | 'HAND';
  readonly issuer: { readonly role: PenaltyNoticeIssuerRole; readonly authorised: boolean };
  readonly support: PenaltyNoticeSupportPosition;
  readonly likelyToChangeParentalBehaviour: boolean;
  /** The Notice to Improve this notice follows; default the latest one to this parent for this child since their last notice. */
  readonly noticeToImproveId?: string;
  /** When no Notice to Improve was sent: why, and the authorised officer who decided. */
  readonly noticeToImproveSkipped?: { readonly reason: NoticeToImproveSkipReason; readonly authorisedOfficer: string };
}

export interface PenaltyNoticePaymentInput {
  readonly laCode: string;
  readonly interventionId: string;
  readonly paidOn: LocalDate;
  readonly amountPence: number;
  readonly reference?: string;
}

export interface WithdrawPenaltyNoticeInput {
  readonly laCode: string;
  readonly interventionId: string;
  readonly withdrawnOn: LocalDate;
  readonly ground: PenaltyNoticeWithdrawalGround;
}

export interface PenaltyNoticeNonPaymentInput {
  readonly laCode: string;
  readonly interventionId: string;
  readonly decidedOn: LocalDate;
  /** After the payment period: prosecute the original offence, or withdraw the notice (it must be one or the other). */
  readonly decision: 'PROSECUTE' | 'WITHDRAW';
  /** The offence to prosecute; default s444(1). */
  readonly offence?: SchoolAttendanceOffence;
}

export interface AttendanceContractProposalInput {
  readonly laCode: string;
  readonly pupilId: string;
  readonly urn: number;
  readonly parentIds: readonly string[];
  readonly party: AttendanceContract['party'];
  readonly proposedOn: LocalDate;
  readonly requirements: readonly string[];
  readonly supportStatement: string;
}

export interface ConsiderEducationSupervisionOrderInput {
  readonly laCode: string;
  readonly pupilId: string;
  /** The school the child is a registered pupil at, if any. */
  readonly urn?: number;
  readonly parentIds?: readonly string[];
  readonly consideredOn: LocalDate;
}

export interface PrepareProsecutionInput {
  readonly laCode: string;
  readonly pupilId: string;
  readonly parentId: string;
  readonly urn?: number;
  readonly offence: SchoolAttendanceOffence;
  /** The last day of absence (or non-compliance) the information will cover. */
  readonly offenceDate: LocalDate;
  readonly openedOn: LocalDate;
  /** The penalty notice for the same absence, if the prosecution follows one. */
  readonly penaltyNoticeId?: string;
}

export interface ProposeParentingOrderInput {
  readonly laCode: string;
  /** The prosecution on whose conviction the order is proposed. */
  readonly prosecutionId: string;
  readonly proposedOn: LocalDate;
}

export interface ConsiderSchoolAttendanceOrderInput {
  readonly laCode: string;
  readonly pupilId: string;
  readonly parentId: string;
  readonly consideredOn: LocalDate;
  /** The school named in the child's EHC plan, which any order must name. */
  readonly ehcPlanSchool?: string;
}
