import { EntityManager } from 'typeorm';

/** Who a notification is for: a school's staff, an LA's attendance team, its Virtual School, or one parent. */
export type NotificationRecipient =
  | { readonly school: number }
  | { readonly la: string }
  | { readonly virtualSchool: string }
  | { readonly parent: string };

/** `school:100001`, `la:928`, `virtual-school:928`, `parent:42`: how `notification_outbox.recipient` names them. */
export function recipientAddress(recipient: NotificationRecipient): string {
  if ('school' in recipient) return `school:${recipient.school}`;
  if ('la' in recipient) return `la:${recipient.la}`;
  if ('virtualSchool' in recipient) return `virtual-school:${recipient.virtualSchool}`;
  return `parent:${recipient.parent}`;
}

export interface NotificationInput {
  /** The tenant the notification belongs to (the record's LA). */
  readonly laCode: string;
  /** What happened, e.g. `LEAVE_DECIDED`, `PENALTY_NOTICE_ISSUED`. */
  readonly kind: string;
  readonly to: readonly NotificationRecipient[];
  /** One line a person reads, e.g. "Leave of absence refused for 3–7 March". */
  readonly title: string;
  /** The record it is about, so the portal can link to it. */
  readonly entity: string;
  readonly entityId: string;
  readonly pupilId?: string;
}

/**
 * Queues notifications in the caller's transaction (the outbox pattern: they exist only if the change they announce
 * was committed); a worker sends them. One row per recipient, in one statement.
 */
export async function enqueueNotification(tx: EntityManager, n: NotificationInput): Promise<void> {
  if (n.to.length === 0) return;
  const payload = JSON.stringify({ title: n.title, entity: n.entity, entityId: n.entityId, ...(n.pupilId ? { pupilId: n.pupilId } : {}) });
  await tx.query(`INSERT INTO notification_outbox (la_code, kind, recipient, payload) SELECT $1, $2, r, $4::jsonb FROM unnest($3::text[]) AS r`, [
    n.laCode,
    n.kind,
    [...new Set(n.to.map(recipientAddress))],
    payload,
  ]);
}
