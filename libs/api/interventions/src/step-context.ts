import { Scope } from '@rollcall/api-core';
import { LocalDate } from '@rollcall/rules';
import { EntityManager } from 'typeorm';
import { InterventionKind, InterventionOf } from './intervention-record';
import { refusalFor } from './refusal-for';

/** What a kind's step function works with: the locked intervention and the caller's checked data. */
export interface StepContext<K extends InterventionKind> {
  readonly tx: EntityManager;
  readonly scope: Scope;
  readonly intervention: InterventionOf<K>;
  readonly action: string;
  readonly occurredOn: LocalDate;
  readonly data: Readonly<Record<string, unknown>>;
}

/** The result of a step the rules allowed. */
export interface StepOutcome {
  readonly state: string;
  readonly details: object;
  /** The ground or reason the action gave, kept in the event's `reason`. */
  readonly reason?: string;
  /** The rule's figures, kept in the event's data. */
  readonly detail?: unknown;
  readonly payment?: { readonly amountPence: number; readonly paidOn: LocalDate; readonly reference?: string };
}

/** The rules library's record for a stored intervention (details plus the row's id). */
export function recordOf<R>(intervention: { readonly id: string; readonly details: object }): R {
  return { ...intervention.details, id: intervention.id } as R;
}

/** The details to store after a step: what was held, overlaid with the rules' new record (less its id). */
export function detailsAfter(details: object, next: { readonly id: string }): object {
  const { id: _id, ...rest } = next;
  return { ...details, ...rest };
}

type Transition<R> =
  | { readonly allowed: true; readonly next: R; readonly detail?: unknown }
  | { readonly allowed: false; readonly reason: string; readonly detail?: unknown };

/** The next record when the rules allowed the step; otherwise the refusal with the rule's reason. */
export function allowedOrRefuse<R>(result: Transition<R>): { readonly next: R; readonly detail?: unknown } {
  if (!result.allowed) throw refusalFor(result.reason, result.detail);
  return result.detail === undefined ? { next: result.next } : { next: result.next, detail: result.detail };
}
