import type { LocalDate, Session } from '@rollcall/rules';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { ParentEntity } from './parent.entity';
import { PupilEntity } from './pupil.entity';

export type AbsenceReportStatus = 'RECEIVED' | 'ACCEPTED' | 'QUERIED';

/** A parent telling the school their child is or will be absent, from one session to another. */
@Entity({ name: 'absence_report' })
@Index('absence_report_parent', ['laCode', 'parentId'])
@Check('absence_report_first_session_check', `first_session IN ('AM','PM')`)
@Check('absence_report_last_session_check', `last_session IN ('AM','PM')`)
@Check('absence_report_status_check', `status IN ('RECEIVED','ACCEPTED','QUERIED')`)
export class AbsenceReportEntity {
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

  @Column({ name: 'first_session', type: 'char', length: 2 })
  firstSession!: Session;

  @Column({ name: 'last_date', type: 'date' })
  lastDate!: LocalDate;

  @Column({ name: 'last_session', type: 'char', length: 2 })
  lastSession!: Session;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'text', nullable: true })
  details!: string | null;

  @Column({ type: 'text', default: 'RECEIVED' })
  status!: AbsenceReportStatus;

  @Column({ name: 'reported_at', type: 'timestamptz', default: () => 'now()' })
  reportedAt!: Date;

  @ManyToOne(() => PupilEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'la_code',
      referencedColumnName: 'laCode',
      foreignKeyConstraintName: 'absence_report_la_code_pupil_id_fkey',
    },
    { name: 'pupil_id', referencedColumnName: 'id' },
  ])
  pupil?: PupilEntity;

  @ManyToOne(() => ParentEntity)
  @JoinColumn([
    {
      name: 'la_code',
      referencedColumnName: 'laCode',
      foreignKeyConstraintName: 'absence_report_la_code_parent_id_fkey',
    },
    { name: 'parent_id', referencedColumnName: 'id' },
  ])
  parent?: ParentEntity;
}
