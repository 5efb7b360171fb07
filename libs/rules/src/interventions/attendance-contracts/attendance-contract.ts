import { LocalDate, addDays, refuse } from '../../core';
import { InterventionSchoolType } from '../intervention-school-type';
import { InterventionTransition, TransitionNotAllowed, decideAll, moveTo, transitionNotAllowed } from '../intervention-transition';
import { AttendanceContractSettings, DEFAULT_ATTENDANCE_CONTRACT_SETTINGS } from './attendance-contract-settings';

export type AttendanceContractState = 'PROPOSED' | 'DECLINED' | 'ACTIVE' | 'COMPLETED' | 'ENDED_EARLY' | 'ESCALATED';

/** A formal written, voluntary agreement between the parent(s) and the school or the LA; not legally binding. */
export interface AttendanceContract {
  readonly id: string;
  readonly childId: string;
  /** One contract for all parents, or one each where the requirements differ. */
  readonly parentIds: readonly string[];
  readonly party: 'SCHOOL' | 'LOCAL_AUTHORITY';
  readonly schoolType: InterventionSchoolType;
  readonly state: AttendanceContractState;
  readonly proposedOn: LocalDate;
  /** What the parent will do for the period, and the support the school/LA will provide. */
  readonly requirements: readonly string[];
  readonly supportStatement: string;
  readonly startsOn?: LocalDate;
  readonly endsOn?: LocalDate;
  readonly reviewDueOn?: LocalDate;
  readonly reviews: readonly LocalDate[];
  /** No civil sanction: recorded, and can be evidence for prosecution, a parenting order or an ESO. */
  readonly nonCompliance: readonly { readonly on: LocalDate; readonly note: string }[];
  readonly endedOn?: LocalDate;
  readonly escalatedTo?: AttendanceContractEscalation;
}

export type AttendanceContractEscalation = 'EDUCATION_SUPERVISION_ORDER' | 'PROSECUTION' | 'PENALTY_NOTICE';

/** Each parent on the contract: they must agree, and take part — it cannot be agreed in their absence. */
export interface AttendanceContractSignature {
  readonly parentId: string;
  readonly agreed: boolean;
  readonly tookPart: boolean;
}

export type AttendanceContractEvent =
  | { readonly type: 'AGREE'; readonly on: LocalDate; readonly signatures: readonly AttendanceContractSignature[]; readonly endsOn?: LocalDate }
  | { readonly type: 'DECLINE'; readonly on: LocalDate }
  | { readonly type: 'RECORD_REVIEW'; readonly on: LocalDate }
  | { readonly type: 'RECORD_NON_COMPLIANCE'; readonly on: LocalDate; readonly note: string }
  | { readonly type: 'COMPLETE'; readonly on: LocalDate }
  | { readonly type: 'END_EARLY'; readonly on: LocalDate }
  | { readonly type: 'ESCALATE'; readonly on: LocalDate; readonly to: AttendanceContractEscalation };

export type AttendanceContractRefusal =
  | TransitionNotAllowed
  | 'NOT_AVAILABLE_AT_SCHOOL_TYPE'
  | 'CONTENTS_INCOMPLETE'
  | 'PARENT_HAS_NOT_AGREED'
  | 'CANNOT_BE_AGREED_IN_ABSENCE'
  | 'PERIOD_INVALID'
  | 'CONTRACT_PERIOD_RUNNING'
  | 'NO_NON_COMPLIANCE_RECORDED';

export const ATTENDANCE_CONTRACT_TRANSITIONS: Readonly<Record<AttendanceContractState, readonly AttendanceContractEvent['type'][]>> = {
  PROPOSED: ['AGREE', 'DECLINE'],
  ACTIVE: ['RECORD_REVIEW', 'RECORD_NON_COMPLIANCE', 'COMPLETE', 'END_EARLY', 'ESCALATE'],
  DECLINED: [],
  COMPLETED: [],
  ENDED_EARLY: [],
  ESCALATED: [],
};

/** Independent schools and non-maintained special schools cannot use attendance contracts. */
export const ATTENDANCE_CONTRACT_UNAVAILABLE_AT: readonly InterventionSchoolType[] = ['INDEPENDENT', 'NON_MAINTAINED_SPECIAL'];

type Result = InterventionTransition<AttendanceContractRefusal, AttendanceContract>;

export interface ProposeAttendanceContractInput {
  readonly id: string;
  readonly childId: string;
  readonly parentIds: readonly string[];
  readonly party: 'SCHOOL' | 'LOCAL_AUTHORITY';
  readonly schoolType: InterventionSchoolType;
  readonly proposedOn: LocalDate;
  readonly requirements: readonly string[];
  readonly supportStatement: string;
}

// domain §6; ASBA 2003 s19, DfE Working together (2024) paras 138–150, Norfolk guidance: a contract is proposed by the school or LA, never at an independent or non-maintained special school
export function proposeAttendanceContract(input: ProposeAttendanceContractInput): Result {
  const reasons: AttendanceContractRefusal[] = [];
  if (ATTENDANCE_CONTRACT_UNAVAILABLE_AT.includes(input.schoolType)) reasons.push('NOT_AVAILABLE_AT_SCHOOL_TYPE');
  if (input.parentIds.length === 0 || input.requirements.length === 0 || input.supportStatement.trim() === '') reasons.push('CONTENTS_INCOMPLETE');
  const decision = decideAll(reasons, {});
  if (!decision.allowed) return decision;
  return moveTo({ ...input, state: 'PROPOSED', reviews: [], nonCompliance: [] });
}

function agree(contract: AttendanceContract, event: Extract<AttendanceContractEvent, { type: 'AGREE' }>, settings: AttendanceContractSettings): Result {
  const signed = (id: string) => event.signatures.find((s) => s.parentId === id);
  const reasons: AttendanceContractRefusal[] = [];
  if (contract.parentIds.some((id) => !signed(id)?.agreed)) reasons.push('PARENT_HAS_NOT_AGREED');
  if (contract.parentIds.some((id) => !signed(id)?.tookPart)) reasons.push('CANNOT_BE_AGREED_IN_ABSENCE');
  const endsOn = event.endsOn ?? addDays(event.on, 7 * settings.usualTermWeeks - 1);
  if (endsOn < event.on) reasons.push('PERIOD_INVALID');
  const decision = decideAll(reasons, {});
  if (!decision.allowed) return decision;
  return moveTo({ ...contract, state: 'ACTIVE', startsOn: event.on, endsOn, reviewDueOn: addDays(event.on, 7 * settings.reviewAfterWeeks) });
}

// domain §6, §17.2; ASBA 2003 s19: the life of an attendance contract — voluntary, reviewed (4–6 weeks), usually 12 weeks (Sefton), non-compliance recorded for court
export function attendanceContractTransition(
  contract: AttendanceContract,
  event: AttendanceContractEvent,
  settings: AttendanceContractSettings = DEFAULT_ATTENDANCE_CONTRACT_SETTINGS,
): Result {
  if (!ATTENDANCE_CONTRACT_TRANSITIONS[contract.state].includes(event.type)) return transitionNotAllowed(contract.state, event.type);
  switch (event.type) {
    case 'AGREE':
      return agree(contract, event, settings);
    case 'DECLINE':
      // Voluntary: declining carries no sanction.
      return moveTo({ ...contract, state: 'DECLINED', endedOn: event.on });
    case 'RECORD_REVIEW':
      return moveTo({ ...contract, reviews: [...contract.reviews, event.on], reviewDueOn: addDays(event.on, 7 * settings.reviewAfterWeeks) });
    case 'RECORD_NON_COMPLIANCE':
      return moveTo({ ...contract, nonCompliance: [...contract.nonCompliance, { on: event.on, note: event.note }] });
    case 'COMPLETE':
      if (event.on < (contract.endsOn as LocalDate)) return refuse('CONTRACT_PERIOD_RUNNING', { endsOn: contract.endsOn });
      return moveTo({ ...contract, state: 'COMPLETED', endedOn: event.on });
    case 'END_EARLY':
      return moveTo({ ...contract, state: 'ENDED_EARLY', endedOn: event.on });
    case 'ESCALATE':
      if (contract.nonCompliance.length === 0) return refuse('NO_NON_COMPLIANCE_RECORDED', {});
      return moveTo({ ...contract, state: 'ESCALATED', endedOn: event.on, escalatedTo: event.to });
  }
}
