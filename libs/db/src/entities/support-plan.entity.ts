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

export type SupportPlanKind =
  | 'SCHOOL_ATTENDANCE_PLAN'
  | 'EARLY_HELP'
  | 'CHILD_IN_NEED'
  | 'CHILD_PROTECTION'
  | 'PERSONAL_EDUCATION_PLAN'
  | 'PART_TIME_TIMETABLE';

export type SupportPlanStatus = 'DRAFT' | 'ACTIVE' | 'CLOSED';

/** A plan of support for a child (School Attendance Plan, early help, PEP, part-time timetable…). */
@Entity({ name: 'support_plan' })
@Check(
  'support_plan_kind_check',
  `kind IN ('SCHOOL_ATTENDANCE_PLAN','EARLY_HELP','CHILD_IN_NEED','CHILD_PROTECTION','PERSONAL_EDUCATION_PLAN','PART_TIME_TIMETABLE')`,
)
@Check('support_plan_status_check', `status IN ('DRAFT','ACTIVE','CLOSED')`)
@Index('support_plan_pupil', ['laCode', 'pupilId'])
export class SupportPlanEntity {
  @PrimaryColumn({ name: 'la_code', type: 'char', length: 3 })
  laCode!: string;

  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ name: 'pupil_id', type: 'bigint' })
  pupilId!: string;

  @Column({ type: 'int', nullable: true })
  @ForeignKey(() => SchoolEntity, { name: 'support_plan_urn_fkey' })
  urn!: number | null;

  @Column({ type: 'text' })
  kind!: SupportPlanKind;

  @Column({ type: 'text' })
  status!: SupportPlanStatus;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn!: LocalDate;

  @Column({ name: 'review_on', type: 'date', nullable: true })
  reviewOn!: LocalDate | null;

  @Column({ name: 'ends_on', type: 'date', nullable: true })
  endsOn!: LocalDate | null;

  /** The barriers to attendance the plan addresses, as the plans service records them. */
  @Column({ type: 'jsonb', default: [] })
  barriers!: Record<string, unknown>[];

  @Column({ name: 'child_views', type: 'text', nullable: true })
  childViews!: string | null;

  @Column({ name: 'parent_views', type: 'text', nullable: true })
  parentViews!: string | null;

  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @ManyToOne(() => PupilEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'la_code', referencedColumnName: 'laCode', foreignKeyConstraintName: 'support_plan_la_code_pupil_id_fkey' },
    { name: 'pupil_id', referencedColumnName: 'id' },
  ])
  pupil?: PupilEntity;
}
