import { Decision, LocalDate, addDays, addMonths, refuse } from '../../core';
import { InterventionTransition, TransitionNotAllowed, decideAll, moveTo, transitionNotAllowed } from '../intervention-transition';
import type { SchoolAttendanceOffence } from '../prosecutions/school-attendance-offences';

export type ParentingOrderState = 'PROPOSED' | 'IN_FORCE' | 'COMPLETED' | 'DISCHARGED';

export interface ParentingOrderTerms {
  /** The requirements the parent must comply with, for at most 12 months. */
  readonly requirementsFrom: LocalDate;
  readonly requirementsUntil: LocalDate;
  /** The counselling or guidance programme, for at most 3 months within that period; may be omitted if an order was made before. */
  readonly programme?: { readonly from: LocalDate; readonly until: LocalDate; readonly residential: boolean; readonly residentialJustified?: boolean };
  readonly responsibleOfficer: string;
}

/** A parenting order made on a parent's conviction for a school attendance offence. */
export interface ParentingOrder {
  readonly id: string;
  readonly parentId: string;
  readonly childId: string;
  readonly state: ParentingOrderState;
  readonly conviction: SchoolAttendanceOffence;
  readonly madeOn?: LocalDate;
  readonly terms?: ParentingOrderTerms;
  readonly breaches: readonly LocalDate[];
  readonly endedOn?: LocalDate;
}

export type ParentingOrderEvent =
  | { readonly type: 'MAKE'; readonly on: LocalDate; readonly terms: ParentingOrderTerms; readonly previousParentingOrder: boolean }
  | { readonly type: 'RECORD_BREACH'; readonly on: LocalDate }
  | { readonly type: 'COMPLETE'; readonly on: LocalDate }
  | { readonly type: 'DISCHARGE'; readonly on: LocalDate };

export type ParentingOrderTermsProblem =
  | 'NO_QUALIFYING_CONVICTION'
  | 'REQUIREMENTS_TOO_LONG'
  | 'PROGRAMME_REQUIRED'
  | 'PROGRAMME_TOO_LONG'
  | 'PROGRAMME_NOT_CONCURRENT'
  | 'RESIDENTIAL_NOT_JUSTIFIED'
  | 'NO_RESPONSIBLE_OFFICER';

export type ParentingOrderRefusal = TransitionNotAllowed | ParentingOrderTermsProblem | 'REQUIREMENTS_RUNNING';

export const PARENTING_ORDER_TRANSITIONS: Readonly<Record<ParentingOrderState, readonly ParentingOrderEvent['type'][]>> = {
  PROPOSED: ['MAKE'],
  IN_FORCE: ['RECORD_BREACH', 'COMPLETE', 'DISCHARGE'],
  COMPLETED: [],
  DISCHARGED: [],
};

/** Convictions on which a parenting order is available (CDA 1998 s8(1)(d): ss443 and 444, including s444ZA). */
export const PARENTING_ORDER_CONVICTIONS: readonly SchoolAttendanceOffence[] = ['S443', 'S444_1', 'S444_1A', 'S444ZA_1', 'S444ZA_1A'];

const lastDayOfMonths = (from: LocalDate, months: number) => addDays(addMonths(from, months), -1);

// domain §8; Crime and Disorder Act 1998 s8 as amended by ASBA 2003: requirements for up to 12 months, a programme for up to 3 months within them (omissible after an earlier order), a responsible officer
export function parentingOrderTermsCheck(
  conviction: SchoolAttendanceOffence,
  terms: ParentingOrderTerms,
  previousParentingOrder: boolean,
): Decision<ParentingOrderTermsProblem, { readonly requirementsMaxUntil: LocalDate; readonly reasons: readonly ParentingOrderTermsProblem[] }> {
  const reasons: ParentingOrderTermsProblem[] = [];
  if (!PARENTING_ORDER_CONVICTIONS.includes(conviction)) reasons.push('NO_QUALIFYING_CONVICTION');
  const requirementsMaxUntil = lastDayOfMonths(terms.requirementsFrom, 12);
  if (terms.requirementsUntil > requirementsMaxUntil || terms.requirementsUntil < terms.requirementsFrom) reasons.push('REQUIREMENTS_TOO_LONG');
  const { programme } = terms;
  if (!programme) {
    if (!previousParentingOrder) reasons.push('PROGRAMME_REQUIRED');
  } else {
    if (programme.until > lastDayOfMonths(programme.from, 3) || programme.until < programme.from) reasons.push('PROGRAMME_TOO_LONG');
    if (programme.from < terms.requirementsFrom || programme.until > terms.requirementsUntil) reasons.push('PROGRAMME_NOT_CONCURRENT');
    if (programme.residential && !programme.residentialJustified) reasons.push('RESIDENTIAL_NOT_JUSTIFIED');
  }
  if (terms.responsibleOfficer.trim() === '') reasons.push('NO_RESPONSIBLE_OFFICER');
  return decideAll(reasons, { requirementsMaxUntil });
}

// domain §8; Crime and Disorder Act 1998 s8: the life of a parenting order
export function parentingOrderTransition(order: ParentingOrder, event: ParentingOrderEvent): InterventionTransition<ParentingOrderRefusal, ParentingOrder> {
  if (!PARENTING_ORDER_TRANSITIONS[order.state].includes(event.type)) return transitionNotAllowed(order.state, event.type);
  switch (event.type) {
    case 'MAKE': {
      const check = parentingOrderTermsCheck(order.conviction, event.terms, event.previousParentingOrder);
      if (!check.allowed) return refuse(check.reason, { ...check.detail });
      return moveTo({ ...order, state: 'IN_FORCE', madeOn: event.on, terms: event.terms });
    }
    case 'RECORD_BREACH':
      return moveTo({ ...order, breaches: [...order.breaches, event.on] });
    case 'COMPLETE': {
      const until = (order.terms as ParentingOrderTerms).requirementsUntil;
      if (event.on <= until) return refuse('REQUIREMENTS_RUNNING', { requirementsUntil: until });
      return moveTo({ ...order, state: 'COMPLETED', endedOn: event.on });
    }
    case 'DISCHARGE':
      return moveTo({ ...order, state: 'DISCHARGED', endedOn: event.on });
  }
}
