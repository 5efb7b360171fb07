import {
  ATTENDANCE_CONTRACT_TRANSITIONS,
  EDUCATION_SUPERVISION_ORDER_TRANSITIONS,
  PARENTING_ORDER_TRANSITIONS,
  PENALTY_NOTICE_TRANSITIONS,
  PROSECUTION_TRANSITIONS,
  SCHOOL_ATTENDANCE_ORDER_TRANSITIONS,
} from '@rollcall/rules';
import { InterventionKind, InterventionRecord } from './intervention-record';
import { InterventionAction } from './intervention-step';

type Table = Readonly<Record<string, readonly string[]>>;

/** A Notice to Improve accepts one step while its improvement period runs: recording the outcome. */
const NOTICE_TO_IMPROVE_STEPS: Table = { IN_PROGRESS: ['RECORD_OUTCOME'], SUFFICIENT_IMPROVEMENT: [], INSUFFICIENT_IMPROVEMENT: [] };

const TABLES: Readonly<Record<InterventionKind, Table>> = {
  NOTICE_TO_IMPROVE: NOTICE_TO_IMPROVE_STEPS,
  PENALTY_NOTICE: PENALTY_NOTICE_TRANSITIONS,
  ATTENDANCE_CONTRACT: ATTENDANCE_CONTRACT_TRANSITIONS,
  EDUCATION_SUPERVISION_ORDER: EDUCATION_SUPERVISION_ORDER_TRANSITIONS,
  PROSECUTION: PROSECUTION_TRANSITIONS,
  PARENTING_ORDER: PARENTING_ORDER_TRANSITIONS,
  SCHOOL_ATTENDANCE_ORDER: SCHOOL_ATTENDANCE_ORDER_TRANSITIONS,
};

/** Steps taken by their own service method rather than `applyTransition` (a penalty notice is issued by `issuePenaltyNotice`). */
const CREATING_STEPS: readonly string[] = ['ISSUE'];

/**
 * The actions the rules' state machine accepts in the intervention's current state (each may still be refused by
 * its guard, e.g. completing a contract before its end date). Empty once the intervention has ended.
 */
export function allowedNextSteps(intervention: Pick<InterventionRecord, 'kind' | 'state'>): readonly InterventionAction[] {
  const steps = TABLES[intervention.kind][intervention.state] ?? [];
  return steps.filter((s) => !CREATING_STEPS.includes(s)) as InterventionAction[];
}

/** Every action `applyTransition` knows for a kind, in any state. */
export function actionsOfKind(kind: InterventionKind): readonly string[] {
  return [...new Set(Object.values(TABLES[kind]).flat())].filter((s) => !CREATING_STEPS.includes(s));
}
