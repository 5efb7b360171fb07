import type { LocalDate } from '@rollcall/rules';
import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { SchoolEntity } from './school.entity';

export type StatutoryReturnKind = 'ATTENDANCE' | 'SICKNESS' | 'NEW_PUPIL' | 'DELETION';
export type StatutoryReturnStatus = 'DRAFT' | 'SUBMITTED' | 'ACKNOWLEDGED';

/** A return a school makes to its LA (attendance, sickness, new pupil, deletion). */
@Entity({ name: 'statutory_return' })
@Check('statutory_return_kind_check', `kind IN ('ATTENDANCE','SICKNESS','NEW_PUPIL','DELETION')`)
@Check('statutory_return_status_check', `status IN ('DRAFT','SUBMITTED','ACKNOWLEDGED')`)
@Unique('statutory_return_la_code_idempotency_key_key', ['laCode', 'idempotencyKey'])
export class StatutoryReturnEntity {
  @PrimaryColumn({ name: 'la_code', type: 'char', length: 3 })
  laCode!: string;

  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ type: 'text' })
  kind!: StatutoryReturnKind;

  @Column({ type: 'int' })
  urn!: number;

  @Column({ name: 'period_start', type: 'date', nullable: true })
  periodStart!: LocalDate | null;

  @Column({ name: 'period_end', type: 'date', nullable: true })
  periodEnd!: LocalDate | null;

  @Column({ name: 'due_on', type: 'date' })
  dueOn!: LocalDate;

  @Column({ type: 'text' })
  status!: StatutoryReturnStatus;

  @Column({ type: 'jsonb', default: {} })
  content!: Record<string, unknown>;

  @Column({ name: 'idempotency_key', type: 'text', nullable: true })
  idempotencyKey!: string | null;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ name: 'submitted_by', type: 'text', nullable: true })
  submittedBy!: string | null;

  @Column({ name: 'acknowledged_at', type: 'timestamptz', nullable: true })
  acknowledgedAt!: Date | null;

  @Column({ name: 'acknowledged_by', type: 'text', nullable: true })
  acknowledgedBy!: string | null;

  @ManyToOne(() => SchoolEntity)
  @JoinColumn({ name: 'urn', referencedColumnName: 'urn', foreignKeyConstraintName: 'statutory_return_urn_fkey' })
  school?: SchoolEntity;
}
