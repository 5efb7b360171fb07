/** One thing the audit trail records: a read of a child's record or a change. */
export interface AuditEntry {
  readonly laCode: string;
  readonly action: 'READ' | 'CREATE' | 'UPDATE' | 'DELETE' | 'SUBMIT' | 'SIGN_IN' | 'SIGN_OUT';
  /** What was read or changed, e.g. `Pupil`, `AttendanceMark`, `PenaltyNotice`. */
  readonly entity: string;
  readonly entityId?: string;
  readonly pupilId?: string;
}

/**
 * The request's audit entries, gathered as fields resolve and written in one statement before the response
 * leaves (apps/api's audit plugin): a resolver cannot skip it, because reads of `Pupil` are noted by a
 * global middleware, not by the resolver.
 */
export class AuditTrail {
  private readonly entries = new Map<string, AuditEntry>();

  note(entry: AuditEntry): void {
    this.entries.set(`${entry.laCode}|${entry.action}|${entry.entity}|${entry.entityId ?? ''}|${entry.pupilId ?? ''}`, entry);
  }

  /** Entries noted so far, each once, and empties the trail. */
  drain(): AuditEntry[] {
    const all = [...this.entries.values()];
    this.entries.clear();
    return all;
  }

  get size(): number {
    return this.entries.size;
  }
}
