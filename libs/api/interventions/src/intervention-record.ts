import type {
  AttendanceContract,
  AttendanceContractState,
  EducationSupervisionOrder,
  EducationSupervisionOrderState,
  LocalDate,
  NoticeToImprove,
  NoticeToImproveOutcome,
  NoticeToImproveOutcomeStatus,
  NoticeToImproveSkipReason,
  ParentingOrder,
  ParentingOrderState,
  PenaltyNotice,
  PenaltyNoticeIssuerRole,
  PenaltyNoticeService,
  PenaltyNoticeState,
  PenaltyNoticeSupportPosition,
  Prosecution,
  ProsecutionState,
  SchoolAttendanceOrder,
  SchoolAttendanceOrderState,
} from '@rollcall/rules';

export const INTERVENTION_KINDS = [
  'NOTICE_TO_IMPROVE',
  'PENALTY_NOTICE',
  'ATTENDANCE_CONTRACT',
  'EDUCATION_SUPERVISION_ORDER',
  'PROSECUTION',
  'PARENTING_ORDER',
  'SCHOOL_ATTENDANCE_ORDER',
] as const;

/** The legal interventions (the `intervention.kind` CHECK list). */
export type InterventionKind = (typeof INTERVENTION_KINDS)[number];

/**
 * The state each kind is in, named by the rules library. A Notice to Improve has no state machine in the rules:
 * its state is the outcome of the improvement period (`noticeToImproveOutcome`).
 */
export interface InterventionStates {
  readonly NOTICE_TO_IMPROVE: NoticeToImproveOutcomeStatus;
  readonly PENALTY_NOTICE: PenaltyNoticeState;
  readonly ATTENDANCE_CONTRACT: AttendanceContractState;
  readonly EDUCATION_SUPERVISION_ORDER: EducationSupervisionOrderState;
  readonly PROSECUTION: ProsecutionState;
  readonly PARENTING_ORDER: ParentingOrderState;
  readonly SCHOOL_ATTENDANCE_ORDER: SchoolAttendanceOrderState;
}

export type InterventionState = InterventionStates[InterventionKind];

/** The rules library's record of an intervention, as kept in `intervention.details` (its id is the row's). */
type Stored<R> = Omit<R, 'id'>;

export interface NoticeToImproveDetails extends Stored<NoticeToImprove> {
  readonly support: PenaltyNoticeSupportPosition;
  /** Set when the outcome of the improvement period is recorded. */
  readonly outcome?: NoticeToImproveOutcome;
}

export interface PenaltyNoticeDetails extends Stored<PenaltyNotice> {
  /** How the notice reached the parent; the payment periods run from `terms.receivedOn`. */
  readonly service: PenaltyNoticeService;
  /** First and last day of the absence the notice covers. */
  readonly offencePeriod: { readonly from: LocalDate; readonly to: LocalDate };
  readonly issuer: { readonly role: PenaltyNoticeIssuerRole; readonly authorised: boolean };
  readonly support: PenaltyNoticeSupportPosition;
  /** Unauthorised sessions counted in the 10 school weeks up to the offence date. */
  readonly threshold: { readonly sessionCount: number; readonly firstWeek?: LocalDate; readonly lastWeek?: LocalDate };
  readonly noticeToImproveId?: string;
  readonly noticeToImproveSkipped?: { readonly reason: NoticeToImproveSkipReason; readonly authorisedOfficer: string };
}

export type AttendanceContractDetails = Stored<AttendanceContract>;
export type EducationSupervisionOrderDetails = Stored<EducationSupervisionOrder>;

export interface ProsecutionDetails extends Stored<Prosecution> {
  /** The penalty notice for the same absence, when the prosecution follows one. */
  readonly penaltyNoticeId?: string;
}

export interface ParentingOrderDetails extends Stored<ParentingOrder> {
  /** The prosecution whose conviction the order was made on. */
  readonly prosecutionId: string;
}

export type SchoolAttendanceOrderDetails = Stored<SchoolAttendanceOrder>;

export interface InterventionDetails {
  readonly NOTICE_TO_IMPROVE: NoticeToImproveDetails;
  readonly PENALTY_NOTICE: PenaltyNoticeDetails;
  readonly ATTENDANCE_CONTRACT: AttendanceContractDetails;
  readonly EDUCATION_SUPERVISION_ORDER: EducationSupervisionOrderDetails;
  readonly PROSECUTION: ProsecutionDetails;
  readonly PARENTING_ORDER: ParentingOrderDetails;
  readonly SCHOOL_ATTENDANCE_ORDER: SchoolAttendanceOrderDetails;
}

/** One state change (or recorded step that keeps the state, such as a contract review). */
export interface InterventionEventRecord {
  readonly id: string;
  /** The action taken, in the rules library's words (`ISSUE`, `RECORD_PAYMENT`, `COURT_MAKES`…). */
  readonly action: string;
  readonly fromState: string | null;
  readonly toState: string;
  readonly occurredOn: LocalDate;
  /** The ground or reason given, where the action takes one (withdrawal ground, reason not to apply…). */
  readonly reason: string | null;
  readonly data: Readonly<Record<string, unknown>>;
  readonly recordedBy: string;
  readonly recordedAt: Date;
}

export interface InterventionPaymentRecord {
  readonly id: string;
  readonly amountPence: number;
  readonly paidOn: LocalDate;
  readonly reference: string | null;
}

interface InterventionBase {
  readonly laCode: string;
  readonly id: string;
  readonly pupilId: string;
  readonly urn: number | null;
  readonly openedOn: LocalDate;
  /** The day the intervention reached a state from which the rules allow no further step. */
  readonly closedOn: LocalDate | null;
  readonly createdBy: string;
  readonly createdAt: Date;
  readonly parentIds: readonly string[];
  /** Oldest first. */
  readonly events: readonly InterventionEventRecord[];
  readonly payments: readonly InterventionPaymentRecord[];
}

/** An intervention as stored, discriminated by kind so its state and details are typed. */
export type InterventionRecord = {
  readonly [K in InterventionKind]: InterventionBase & {
    readonly kind: K;
    readonly state: InterventionStates[K];
    readonly details: InterventionDetails[K];
  };
}[InterventionKind];

export type InterventionOf<K extends InterventionKind> = Extract<InterventionRecord, { readonly kind: K }>;
