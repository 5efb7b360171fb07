/**
 * What a third party's API key may do. A key carries one or more; a resolver or route names the one it needs.
 * - `registers:write` — submit attendance marks and rolls (MIS integrations).
 * - `attendance:read` — read marks and attendance summaries.
 * - `returns:write` — submit statutory returns (attendance, sickness, new pupil, deletion).
 * - `pupils:read` — read pupil, enrolment and contact records.
 * - `casework:read` — read plans, interventions and meeting actions (LA casework systems).
 */
export const API_KEY_SCOPES = ['registers:write', 'attendance:read', 'returns:write', 'pupils:read', 'casework:read'] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

export function isApiKeyScope(value: string): value is ApiKeyScope {
  return (API_KEY_SCOPES as readonly string[]).includes(value);
}
