import type { LocalDate } from '@rollcall/rules';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { ParentEntity } from './parent.entity';
import { PupilEntity } from './pupil.entity';

export type LeaveRequestStatus = 'PENDING' | 'GRANTED' | 'REFUSED' | 'WITHDRAWN';

/** A parent's request for leave of absence in term time, and the head teacher's decision. */
@Entity({ name: 'leave_request' })
@Index('leave_request_parent', ['laCode', 'parentId'])
@Check('leave_request_check', `last_date >= first_date`)
@Check('leave_request_status_check', `status IN ('PENDING','GRANTED','REFUSED','WITHDRAWN')`)
export class LeaveRequestEntity {
  @PrimaryColumn({ name: 'la_code', type: 'char', length: 3 })
  laCode!: string;

  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ name: 'pupil_id', type: 'bigint' })
  pupilId!: string;

  @Column({ name: 'parent_id', type: 'bigint' })
  parentId!: string;

  @Column({ name: 'first_date', type: 'date' })
  firstDate!: LocalDate;

  @Column({ name: 'last_date', type: 'date' })
  lastDate!: LocalDate;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'text', default: 'PENDING' })
  status!: LeaveRequestStatus;

  /** The code the sessions will be marked with once decided (e.g. C1, G). */
  @Column({ name: 'decision_code', type: 'varchar', length: 2, nullable: true })
  decisionCode!: string | null;

  @Column({ name: 'decision_reason', type: 'text', nullable: true })
  decisionReason!: string | null;

  @Column({ name: 'decided_by', type: 'text', nullable: true })
  decidedBy!: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ name: 'requested_at', type: 'timestamptz', default: () => 'now()' })
  requestedAt!: Date;

  @ManyToOne(() => PupilEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'la_code',
      referencedColumnName: 'laCode',
      foreignKeyConstraintName: 'leave_request_la_code_pupil_id_fkey',
    },
    { name: 'pupil_id', referencedColumnName: 'id' },
  ])
  pupil?: PupilEntity;

  @ManyToOne(() => ParentEntity)
  @JoinColumn([
    {
      name: 'la_code',
      referencedColumnName: 'laCode',
      foreignKeyConstraintName: 'leave_request_la_code_parent_id_fkey',
    },
    { name: 'parent_id', referencedColumnName: 'id' },
  ])
  parent?: ParentEntity;
}
