import { Page, Scope, inTransaction, pageOf } from '@rollcall/api-core';
import { KeysetColumn, PageRequest, SqlParams, keysetAfter, keysetOrder, recipientAddress } from '@rollcall/api-plans';
import type { NotificationRecipient } from '@rollcall/api-plans';
import { DataSource } from 'typeorm';

/** A queued notification (`notification_outbox`), as the people it is for see it. */
export interface NotificationRecord {
  readonly laCode: string;
  readonly id: string;
  readonly kind: string;
  readonly recipient: string;
  readonly title: string;
  readonly entity: string | null;
  readonly entityId: string | null;
  readonly pupilId: string | null;
  readonly createdAt: Date;
  readonly sentAt: Date | null;
  readonly attempts: number;
}

export interface NotificationFilter {
  /** True: not yet sent; false: sent. */
  readonly pending?: boolean;
  readonly kinds?: readonly string[];
}

const KEY: readonly KeysetColumn[] = [{ expr: 'n.id', type: 'bigint' }];

/** The addresses a caller reads notifications for: their schools, their LA's team, its Virtual School, or themselves as a parent. */
export function recipientsOf(scope: Scope): string[] {
  if (!scope.laCode) return [];
  const to: NotificationRecipient[] =
    scope.role === 'SCHOOL_STAFF'
      ? (scope.urns ?? []).map((urn) => ({ school: urn }))
      : scope.role === 'LA_OFFICER' || scope.role === 'LA_ADMIN'
        ? [{ la: scope.laCode }]
        : scope.role === 'VIRTUAL_SCHOOL'
          ? [{ virtualSchool: scope.laCode }]
          : scope.role === 'PARENT'
            ? (scope.parentIds ?? []).map((id) => ({ parent: id }))
            : [];
  return to.map(recipientAddress);
}

/** Reading the outbox: only the rows addressed to the caller, newest first. Read-only: a worker sends them. */
export class NotificationDirectory {
  constructor(private readonly dataSource: DataSource) {}

  async list(scope: Scope, filter: NotificationFilter, page: PageRequest): Promise<Page<NotificationRecord>> {
    const sql = new SqlParams();
    const conditions = [`n.la_code = ${sql.add(scope.laCode ?? '')}`, `n.recipient = ANY(${sql.add(recipientsOf(scope))}::text[])`];
    if (filter.pending !== undefined) conditions.push(filter.pending ? 'n.sent_at IS NULL' : 'n.sent_at IS NOT NULL');
    if (filter.kinds?.length) conditions.push(`n.kind = ANY(${sql.add(filter.kinds)}::text[])`);
    const where = conditions.join(' AND ');
    const countParams = [...sql.values];
    const after = keysetAfter(KEY, page.after, sql);
    const { rows, total } = await inTransaction(this.dataSource, scope, async (tx) => ({
      rows: (await tx.query(
        `SELECT n.la_code, n.id::text AS id, n.kind, n.recipient, n.payload, n.created_at, n.sent_at, n.attempts
           FROM notification_outbox n WHERE ${where} AND ${after} ORDER BY ${keysetOrder(KEY)} LIMIT ${sql.add(page.first + 1)}`,
        sql.values,
      )) as { la_code: string; id: string; kind: string; recipient: string; payload: Record<string, unknown>; created_at: Date; sent_at: Date | null; attempts: number }[],
      total: ((await tx.query(`SELECT count(*)::int AS n FROM notification_outbox n WHERE ${where}`, countParams)) as { n: number }[])[0].n,
    }));
    const text = (v: unknown) => (typeof v === 'string' ? v : null);
    return pageOf(
      rows.map((r) => ({
        laCode: r.la_code,
        id: r.id,
        kind: r.kind,
        recipient: r.recipient,
        title: text(r.payload['title']) ?? r.kind,
        entity: text(r.payload['entity']),
        entityId: text(r.payload['entityId']),
        pupilId: text(r.payload['pupilId']),
        createdAt: r.created_at,
        sentAt: r.sent_at,
        attempts: r.attempts,
      })),
      page.first,
      total,
      (n) => [n.id],
    );
  }
}
