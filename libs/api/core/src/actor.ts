/** Who is acting: a signed-in person, a third party's API key, or Rollcall itself (imports, demo, jobs). */
export interface Actor {
  readonly kind: 'USER' | 'API_KEY' | 'SYSTEM';
  readonly id: string;
  /** What the audit trail and `recorded_by` columns show, e.g. "jane.smith@school.example" or "system:demo". */
  readonly label: string;
}

export function systemActor(purpose: string): Actor {
  return { kind: 'SYSTEM', id: purpose, label: `system:${purpose}` };
}
