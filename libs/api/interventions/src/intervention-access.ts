import { Refusal } from '@rollcall/api-core';
import type { Scope } from '@rollcall/api-core';
import { allowedNextSteps } from './allowed-next-steps';
import { InterventionKind, InterventionRecord } from './intervention-record';
import { InterventionAction } from './intervention-step';

type ActedOnBy = 'SCHOOL_OR_LA' | 'LA';

/** Who may start each kind: the school or the LA, or the LA alone (court proceedings and orders). */
const STARTED_BY: Readonly<Record<InterventionKind, ActedOnBy>> = {
  NOTICE_TO_IMPROVE: 'SCHOOL_OR_LA',
  PENALTY_NOTICE: 'SCHOOL_OR_LA',
  ATTENDANCE_CONTRACT: 'SCHOOL_OR_LA',
  EDUCATION_SUPERVISION_ORDER: 'LA',
  PROSECUTION: 'LA',
  PARENTING_ORDER: 'LA',
  SCHOOL_ATTENDANCE_ORDER: 'LA',
};

/**
 * Who takes each kind's later steps. As above, except that a penalty notice, once issued, is the LA's: payment is
 * made to the LA, which alone records it, withdraws the notice and decides what follows non-payment.
 */
// domain §5 (penalty notices: paid to the LA; withdrawal and non-payment, SI 2007/1867 regs 8–9)
const STEPPED_BY: Readonly<Record<InterventionKind, ActedOnBy>> = { ...STARTED_BY, PENALTY_NOTICE: 'LA' };

function permitted(who: ActedOnBy, scope: Scope, laCode: string, urn: number | null | undefined): boolean {
  if (scope.role === 'SYSTEM') return true;
  if (scope.laCode !== laCode) return false;
  if (scope.role === 'LA_OFFICER' || scope.role === 'LA_ADMIN') return true;
  return who === 'SCHOOL_OR_LA' && scope.role === 'SCHOOL_STAFF' && urn != null && (scope.urns ?? []).includes(urn);
}

function refused(who: ActedOnBy, laCode: string, kind: InterventionKind): Refusal {
  const whom = who === 'LA' ? `LA ${laCode}'s officers` : `LA ${laCode}'s officers or the school's own staff`;
  return new Refusal('NOT_PERMITTED', `Only ${whom} can do this.`, { laCode, kind });
}

/** Refuses unless the caller may start an intervention of `kind` for a pupil at school `urn` in LA `laCode`. */
export function mayStart(scope: Scope, laCode: string, urn: number | null | undefined, kind: InterventionKind): void {
  if (!permitted(STARTED_BY[kind], scope, laCode, urn)) throw refused(STARTED_BY[kind], laCode, kind);
}

/** Refuses unless the caller may take a step on an intervention of `kind`. */
export function mayTakeStep(scope: Scope, laCode: string, urn: number | null | undefined, kind: InterventionKind): void {
  if (!permitted(STEPPED_BY[kind], scope, laCode, urn)) throw refused(STEPPED_BY[kind], laCode, kind);
}

/**
 * The steps the caller could take next: the rules' state machine's next steps, or none for someone who may not act
 * on the intervention (a parent, the Virtual School, another school, a school on a notice that is now the LA's, or an
 * API key: no key scope takes casework steps).
 */
export function allowedNextStepsFor(scope: Scope, intervention: Pick<InterventionRecord, 'laCode' | 'urn' | 'kind' | 'state'>): readonly InterventionAction[] {
  if (scope.actor.kind === 'API_KEY') return [];
  return permitted(STEPPED_BY[intervention.kind], scope, intervention.laCode, intervention.urn) ? allowedNextSteps(intervention) : [];
}
