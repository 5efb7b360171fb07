import { Decision, allow, refuse } from '../core';

/**
 * A guarded state change. It is a `Decision` (so the API maps `reason` as for any rule) that, when allowed,
 * also carries `next`: the record as it stands after the change.
 */
export type InterventionTransition<Reason extends string, Next, Detail = Record<string, unknown>> =
  | { readonly allowed: true; readonly next: Next; readonly detail?: Detail }
  | { readonly allowed: false; readonly reason: Reason; readonly detail?: Detail };

/** The reason every state machine gives for an event that its current state does not accept. */
export type TransitionNotAllowed = 'TRANSITION_NOT_ALLOWED';

export function moveTo<Next, Detail>(next: Next, detail?: Detail): { readonly allowed: true; readonly next: Next; readonly detail?: Detail } {
  return detail === undefined ? { allowed: true, next } : { allowed: true, next, detail };
}

export function transitionNotAllowed(from: string, event: string) {
  return refuse('TRANSITION_NOT_ALLOWED' as const, { from, event });
}

/** Allows when no reason applies; otherwise refuses with the first reason and lists every reason in `detail.reasons`. */
export function decideAll<Reason extends string, Detail extends object>(
  reasons: readonly Reason[],
  detail: Detail,
): Decision<Reason, Detail & { readonly reasons: readonly Reason[] }> {
  const full = { ...detail, reasons };
  return reasons.length === 0 ? allow(full) : refuse(reasons[0], full);
}
