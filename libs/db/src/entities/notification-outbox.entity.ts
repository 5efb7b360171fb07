import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { LocalAuthorityEntity } from './local-authority.entity';

/** A notification written in the same transaction as the change it announces; a worker sends it. */
@Entity({ name: 'notification_outbox' })
@Index('notification_outbox_unsent', ['createdAt'], { where: 'sent_at IS NULL' })
export class NotificationOutboxEntity {
  @PrimaryColumn({ name: 'la_code', type: 'char', length: 3 })
  @ForeignKey(() => LocalAuthorityEntity, { name: 'notification_outbox_la_code_fkey' })
  laCode!: string;

  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'text' })
  recipient!: string;

  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @Column({ type: 'smallint', default: 0 })
  attempts!: number;
}
