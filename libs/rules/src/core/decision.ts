/**
 * Rules return decisions, not booleans: the API maps `reason` to a typed GraphQL result and the
 * portals map it to plain English. `detail` carries the figures a person needs to understand why.
 */
export type Decision<Reason extends string, Detail = Record<string, unknown>> =
  | { readonly allowed: true; readonly detail?: Detail }
  | { readonly allowed: false; readonly reason: Reason; readonly detail?: Detail };

export function allow<Detail>(detail?: Detail): { readonly allowed: true; readonly detail?: Detail } {
  return detail === undefined ? { allowed: true } : { allowed: true, detail };
}

export function refuse<Reason extends string, Detail>(
  reason: Reason,
  detail?: Detail,
): { readonly allowed: false; readonly reason: Reason; readonly detail?: Detail } {
  return detail === undefined ? { allowed: false, reason } : { allowed: false, reason, detail };
}
