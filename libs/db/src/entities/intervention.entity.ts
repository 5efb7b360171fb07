import type { LocalDate } from '@rollcall/rules';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { PupilEntity } from './pupil.entity';
import { SchoolEntity } from './school.entity';

export type InterventionKind =
  | 'NOTICE_TO_IMPROVE'
  | 'PENALTY_NOTICE'
  | 'ATTENDANCE_CONTRACT'
  | 'EDUCATION_SUPERVISION_ORDER'
  | 'PROSECUTION'
  | 'PARENTING_ORDER'
  | 'SCHOOL_ATTENDANCE_ORDER';

/**
 * A legal intervention about one child. `state` holds the state of the kind's state machine in libs/rules;
 * kind-specific facts live in `details`, and every state change in `intervention_event`.
 */
@Entity({ name: 'intervention' })
@Check(
  'intervention_kind_check',
  `kind IN ('NOTICE_TO_IMPROVE','PENALTY_NOTICE','ATTENDANCE_CONTRACT','EDUCATION_SUPERVISION_ORDER','PROSECUTION','PARENTING_ORDER','SCHOOL_ATTENDANCE_ORDER')`,
)
@Index('intervention_pupil', ['laCode', 'pupilId', 'kind'])
export class InterventionEntity {
  @PrimaryColumn({ name: 'la_code', type: 'char', length: 3 })
  laCode!: string;

  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ name: 'pupil_id', type: 'bigint' })
  pupilId!: string;

  @Column({ type: 'int', nullable: true })
  @ForeignKey(() => SchoolEntity, { name: 'intervention_urn_fkey' })
  urn!: number | null;

  @Column({ type: 'text' })
  kind!: InterventionKind;

  @Column({ type: 'text' })
  state!: string;

  @Column({ type: 'jsonb', default: {} })
  details!: Record<string, unknown>;

  @Column({ name: 'opened_on', type: 'date' })
  openedOn!: LocalDate;

  @Column({ name: 'closed_on', type: 'date', nullable: true })
  closedOn!: LocalDate | null;

  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @ManyToOne(() => PupilEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'la_code', referencedColumnName: 'laCode', foreignKeyConstraintName: 'intervention_la_code_pupil_id_fkey' },
    { name: 'pupil_id', referencedColumnName: 'id' },
  ])
  pupil?: PupilEntity;
}
