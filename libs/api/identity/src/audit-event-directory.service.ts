import { AuditEntry, KeysetList, Page, PageRequest, Refusal, Scope, SqlParams, keysetPage, startsWithPattern } from '@rollcall/api-core';
import { DataSource } from 'typeorm';

/** Who acted with what reach, as recorded with each audit event. */
export interface AuditScopeRecord {
  readonly role: string;
  readonly laCode: string | null;
  readonly urns: readonly number[];
  readonly parentIds: readonly string[];
}

/** One row of the audit trail: who read or changed what, when, and with what scope. */
export interface AuditEventRecord {
  readonly laCode: string;
  readonly id: string;
  readonly occurredAt: Date;
  readonly actor: string;
  readonly action: AuditEntry['action'];
  readonly entity: string;
  readonly entityId: string | null;
  readonly pupilId: string | null;
  readonly scope: AuditScopeRecord;
  readonly requestId: string | null;
}

export interface AuditEventFilter {
  /** Events about this pupil (their id within the administrator's LA). */
  readonly pupilId?: string;
  /** Events by this actor: the start of their label, any case (an email address, or `api-key:rk_<prefix>`). */
  readonly actor?: string;
  /** From this day (England), inclusive. */
  readonly from?: string;
  /** To this day (England), inclusive. */
  readonly to?: string;
}

const ID = /^\d{1,19}$/;

interface AuditRow {
  la_code: string;
  id: string;
  occurred_at: Date;
  actor: string;
  action: AuditEntry['action'];
  entity: string;
  entity_id: string | null;
  pupil_id: string | null;
  scope: { role?: string; laCode?: string | null; urns?: number[]; parentIds?: string[] };
  request_id: string | null;
  position_at: string;
}

/** The LA's audit events newest first (the cursor carries the time as PostgreSQL prints it, microseconds and all). */
const AUDIT_EVENT_LIST: KeysetList<AuditRow, AuditEventRecord> = {
  select: `a.la_code, a.id::text AS id, a.occurred_at, a.actor, a.action, a.entity, a.entity_id, a.pupil_id::text AS pupil_id, a.scope,
           a.request_id, a.occurred_at::text AS position_at`,
  from: 'audit_event a',
  key: [
    { expr: 'a.occurred_at', type: 'timestamptz' },
    { expr: 'a.id', type: 'bigint' },
  ],
  direction: 'DESC',
  toItem: (r) => ({
    laCode: r.la_code,
    id: r.id,
    occurredAt: r.occurred_at,
    actor: r.actor,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    pupilId: r.pupil_id,
    scope: { role: r.scope.role ?? '', laCode: r.scope.laCode ?? null, urns: r.scope.urns ?? [], parentIds: (r.scope.parentIds ?? []).map(String) },
    requestId: r.request_id,
  }),
  keyOf: (r) => [r.position_at, r.id],
};

function invalidFilter(field: string, message: string): Refusal {
  return new Refusal('INVALID_FILTER', message, { field });
}

/** Reads the audit trail for an LA's administrators: their LA's rows only. */
export class AuditEventDirectoryService {
  constructor(private readonly dataSource: DataSource) {}

  /** The LA's audit events, newest first. */
  async list(scope: Scope, filter: AuditEventFilter, page: PageRequest): Promise<Page<AuditEventRecord>> {
    if (scope.role !== 'LA_ADMIN' || !scope.laCode) throw new Refusal('NOT_PERMITTED', 'Only an LA administrator can read its audit trail.');
    const sql = new SqlParams();
    const where = [`a.la_code = ${sql.add(scope.laCode)}::bpchar`];
    if (filter.pupilId !== undefined) {
      if (!ID.test(filter.pupilId)) throw invalidFilter('pupilId', `"${filter.pupilId}" is not a pupil id: use the id a Pupil gave.`);
      where.push(`a.pupil_id = ${sql.add(filter.pupilId)}::bigint`);
    }
    if (filter.actor !== undefined) {
      const actor = filter.actor.trim();
      if (actor.length === 0 || actor.length > 200) throw invalidFilter('actor', 'Give the start of who acted: an email address, or an API key as api-key:rk_<prefix>.');
      where.push(`a.actor ILIKE ${sql.add(startsWithPattern(actor))}`);
    }
    if (filter.from !== undefined && filter.to !== undefined && filter.from > filter.to) {
      throw invalidFilter('to', `The last day (${filter.to}) must be on or after the first (${filter.from}).`);
    }
    // Days are England's days: a day starts at midnight in Europe/London, whatever the server's time zone.
    if (filter.from !== undefined) where.push(`a.occurred_at >= (${sql.add(filter.from)}::date::timestamp AT TIME ZONE 'Europe/London')`);
    if (filter.to !== undefined) where.push(`a.occurred_at < ((${sql.add(filter.to)}::date + 1)::timestamp AT TIME ZONE 'Europe/London')`);
    return keysetPage(this.dataSource, scope, AUDIT_EVENT_LIST, where.join(' AND '), sql, page);
  }
}
