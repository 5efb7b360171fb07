import { Actor } from './actor';

export type Role = 'SCHOOL_STAFF' | 'LA_OFFICER' | 'LA_ADMIN' | 'VIRTUAL_SCHOOL' | 'PARENT' | 'SYSTEM';

/**
 * What a request may see and change, decided once when it starts and set inside PostgreSQL for its
 * transaction (row-level security keys on it). SYSTEM is for Rollcall's own jobs (imports, demo, scans).
 */
export interface Scope {
  readonly actor: Actor;
  readonly role: Role;
  /** The local authority the actor belongs to. */
  readonly laCode?: string;
  /** Schools a member of staff (or a school's API key) works for. */
  readonly urns?: readonly number[];
  /** For a parent: their own parent record ids. */
  readonly parentIds?: readonly string[];
  readonly requestId?: string;
  /**
   * When the request's time is up (milliseconds since the epoch): each of its transactions gets what is left as
   * PostgreSQL's `statement_timeout`, and one that runs over is refused with EXECUTION_BUDGET_EXCEEDED.
   */
  readonly deadline?: number;
}

export function systemScope(actor: Actor, laCode?: string): Scope {
  return { actor, role: 'SYSTEM', laCode };
}
