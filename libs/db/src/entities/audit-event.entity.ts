import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** Who did what to which record, written in the same transaction as the change. */
@Entity({ name: 'audit_event' })
@Index('audit_event_pupil', ['laCode', 'pupilId', 'occurredAt'], { where: 'pupil_id IS NOT NULL' })
export class AuditEventEntity {
  @PrimaryColumn({ name: 'la_code', type: 'char', length: 3 })
  laCode!: string;

  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ name: 'occurred_at', type: 'timestamptz', default: () => 'now()' })
  occurredAt!: Date;

  @Column({ type: 'text' })
  actor!: string;

  @Column({ type: 'text' })
  action!: string;

  /** The table or kind of record acted on, with its id when there is one. */
  @Column({ type: 'text' })
  entity!: string;

  @Column({ name: 'entity_id', type: 'text', nullable: true })
  entityId!: string | null;

  /** The child the record is about, so a pupil's audit trail can be listed. */
  @Column({ name: 'pupil_id', type: 'bigint', nullable: true })
  pupilId!: string | null;

  /** The request's scope when it acted. */
  @Column({ type: 'jsonb', default: {} })
  scope!: Record<string, unknown>;

  @Column({ name: 'request_id', type: 'text', nullable: true })
  requestId!: string | null;
}
