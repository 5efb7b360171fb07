import type { NotificationRecipient } from '@rollcall/api-core';
import { KeysetList, Page, PageRequest, Scope, SqlParams, keysetPage, recipientAddress } from '@rollcall/api-core';
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

interface NotificationRow {
  la_code: string;
  id: string;
  kind: string;
  recipient: string;
  payload: Record<string, unknown>;
  created_at: Date;
  sent_at: Date | null;
  attempts: number;
}

const text = (v: unknown) => (typeof v === 'string' ? v : null);

/** Notifications newest first. */
const NOTIFICATION_LIST: KeysetList<NotificationRow, NotificationRecord> = {
  select: 'n.la_code, n.id::text AS id, n.kind, n.recipient, n.payload, n.created_at, n.sent_at, n.attempts',
  from: 'notification_outbox n',
  key: [{ expr: 'n.id', type: 'bigint' }],
  direction: 'DESC',
  toItem: (r) => ({
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
  }),
  keyOf: (r) => [r.id],
};

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
    return keysetPage(this.dataSource, scope, NOTIFICATION_LIST, conditions.join(' AND '), sql, page);
  }
}
