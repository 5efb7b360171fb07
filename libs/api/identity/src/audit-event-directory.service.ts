import { AuditEntry, Page, Refusal, Scope, inTransaction } from '@rollcall/api-core';
import { DataSource } from 'typeorm';
import { NewestFirst, newestFirstCursor, newestFirstOrder, olderThan, positionColumn } from './newest-first';
import { SqlParams } from './sql-params';

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

const KEY: NewestFirst = { at: 'a.occurred_at', id: 'a.id', idType: 'bigint' };
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

function invalidFilter(field: string, message: string): Refusal {
  return new Refusal('INVALID_FILTER', message, { field });
}

/** Reads the audit trail for an LA's administrators: their LA's rows only. */
export class AuditEventDirectoryService {
  constructor(private readonly dataSource: DataSource) {}

  /** The LA's audit events, newest first. */
  async list(scope: Scope, filter: AuditEventFilter, page: { first: number; after?: string | null }): Promise<Page<AuditEventRecord>> {
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
      where.push(`a.actor ILIKE ${sql.add(`${actor.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)}`);
    }
    if (filter.from !== undefined && filter.to !== undefined && filter.from > filter.to) {
      throw invalidFilter('to', `The last day (${filter.to}) must be on or after the first (${filter.from}).`);
    }
    // Days are England's days: a day starts at midnight in Europe/London, whatever the server's time zone.
    if (filter.from !== undefined) where.push(`a.occurred_at >= (${sql.add(filter.from)}::date::timestamp AT TIME ZONE 'Europe/London')`);
    if (filter.to !== undefined) where.push(`a.occurred_at < ((${sql.add(filter.to)}::date + 1)::timestamp AT TIME ZONE 'Europe/London')`);
    const condition = where.join(' AND ');
    const countParams = [...sql.values];
    const older = olderThan(KEY, page.after, sql);
    return inTransaction(this.dataSource, scope, async (tx) => {
      const [{ n }] = (await tx.query(`SELECT count(*)::int AS n FROM audit_event a WHERE ${condition}`, countParams)) as { n: number }[];
      const rows = (await tx.query(
        `SELECT a.la_code, a.id::text AS id, a.occurred_at, a.actor, a.action, a.entity, a.entity_id, a.pupil_id::text AS pupil_id, a.scope,
                a.request_id, ${positionColumn(KEY)}
           FROM audit_event a WHERE ${condition} AND ${older}
          ORDER BY ${newestFirstOrder(KEY)} LIMIT ${sql.add(page.first + 1)}`,
        sql.values,
      )) as AuditRow[];
      const items = rows.slice(0, page.first).map((r) => ({
        cursor: newestFirstCursor(r.position_at, r.id),
        node: {
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
        },
      }));
      return { items, hasNextPage: rows.length > page.first, totalCount: n };
    });
  }
}
