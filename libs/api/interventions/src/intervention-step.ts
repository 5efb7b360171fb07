import type {
  AttendanceContractEvent,
  EducationSupervisionOrderEvent,
  EducationSupervisionOrderGround,
  LocalDate,
  ParentingOrderEvent,
  PenaltyNoticeEvent,
  ProsecutionEvent,
  ProsecutionEvidenceItem,
  SchoolAttendanceOrderEvent,
} from '@rollcall/rules';

/** What an action needs from the caller: the rules event without its type and date, less the facts Rollcall looks up. */
type Payload<E extends { readonly type: string }, T extends E['type'], Derived extends PropertyKey = never> = Omit<
  Extract<E, { readonly type: T }>,
  'type' | 'on' | Derived
>;

type Step<A extends string, D> = Record<string, never> extends D
  ? { readonly action: A; readonly data?: D }
  : { readonly action: A; readonly data: D };

type StepsOf<E extends { readonly type: string }, Excluded extends E['type'] = never> = {
  [T in Exclude<E['type'], Excluded>]: Step<T, Payload<E, T>>;
}[Exclude<E['type'], Excluded>];

/** A Notice to Improve's one step: the outcome of the improvement period, worked out from the register. */
export type NoticeToImproveStep = Step<'RECORD_OUTCOME', Record<string, never>>;

/** Issue with `issuePenaltyNotice`; a payment may carry the payer's reference. */
export type PenaltyNoticeStep =
  | Step<'RECORD_PAYMENT', Payload<PenaltyNoticeEvent, 'RECORD_PAYMENT'> & { readonly reference?: string }>
  | StepsOf<PenaltyNoticeEvent, 'ISSUE' | 'RECORD_PAYMENT'>;

export type AttendanceContractStep = StepsOf<AttendanceContractEvent>;

/**
 * APPLY: the applying LA, the designated LA's inputs and whether the child is in care are looked up (pupil's home
 * LA, the school's LA, the LOOKED_AFTER characteristic); say whether both LAs agree the school's LA is designated.
 */
export type EducationSupervisionOrderStep =
  | Step<
      'APPLY',
      {
        readonly childrenServicesConsulted: boolean;
        readonly ground?: EducationSupervisionOrderGround;
        readonly bothAgreeSchoolLa?: boolean;
      }
    >
  | StepsOf<EducationSupervisionOrderEvent, 'APPLY'>;

/**
 * LAY_INFORMATION: the prosecutor (from the actor's role), when an ESO was considered, the penalty notice and Notice
 * to Improve history and whether a School Attendance Order is in force are looked up. `penaltyNoticeId` names the
 * notice for the same absence when the prosecution was not opened from one.
 */
export type ProsecutionStep =
  | Step<'LAY_INFORMATION', { readonly evidence: readonly ProsecutionEvidenceItem[]; readonly penaltyNoticeId?: string }>
  | StepsOf<ProsecutionEvent, 'LAY_INFORMATION'>;

/** MAKE: whether the parent has had a parenting order before is looked up. */
export type ParentingOrderStep =
  | Step<'MAKE', Payload<ParentingOrderEvent, 'MAKE', 'previousParentingOrder'>>
  | StepsOf<ParentingOrderEvent, 'MAKE'>;

/** SERVE_NOTICE_TO_SATISFY: whether the child lives in the LA's area is looked up (the pupil's home LA). */
export type SchoolAttendanceOrderStep =
  | Step<'SERVE_NOTICE_TO_SATISFY', Payload<SchoolAttendanceOrderEvent, 'SERVE_NOTICE_TO_SATISFY', 'childInLaArea'>>
  | StepsOf<SchoolAttendanceOrderEvent, 'SERVE_NOTICE_TO_SATISFY'>;

export type InterventionStep =
  | NoticeToImproveStep
  | PenaltyNoticeStep
  | AttendanceContractStep
  | EducationSupervisionOrderStep
  | ProsecutionStep
  | ParentingOrderStep
  | SchoolAttendanceOrderStep;

export type InterventionAction = InterventionStep['action'];

export type ApplyTransitionInput = {
  readonly laCode: string;
  readonly interventionId: string;
  readonly occurredOn: LocalDate;
} & InterventionStep;
