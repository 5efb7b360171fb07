import type { LocalDate, Session } from '@rollcall/rules';
import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { EnrolmentEntity } from './enrolment.entity';

/**
 * One register entry: an enrolment's code for one session. The table is partitioned by academic year
 * (docs/0005-marks-at-scale.md); an update that changes the code or minutes late keeps the replaced entry, with the
 * reason it had been made, in `attendance_mark_history` (a database trigger does it).
 */
@Entity({ name: 'attendance_mark' })
@Check('attendance_mark_session_check', `session IN ('AM','PM')`)
@Check('attendance_mark_minutes_late_check', `minutes_late >= 0`)
export class AttendanceMarkEntity {
  @PrimaryColumn({ name: 'la_code', type: 'char', length: 3 })
  laCode!: string;

  @PrimaryColumn({ name: 'enrolment_id', type: 'bigint' })
  enrolmentId!: string;

  @PrimaryColumn({ type: 'date' })
  date!: LocalDate;

  @PrimaryColumn({ type: 'char', length: 2 })
  session!: Session;

  /** The code as entered: a 2024 code from 19 August 2024, a 2006 code before. */
  @Column({ type: 'varchar', length: 2 })
  code!: string;

  @Column({ name: 'minutes_late', type: 'smallint', nullable: true })
  minutesLate!: number | null;

  @Column({ type: 'smallint' })
  source!: number;

  @Column({ name: 'import_id', type: 'bigint', nullable: true })
  importId!: string | null;

  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy!: string;

  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' })
  recordedAt!: Date;

  /** Why this entry replaced the one before it (an amendment, domain §1); null for an original entry or a register taken again. */
  @Column({ name: 'amendment_reason', type: 'text', nullable: true })
  amendmentReason!: string | null;

  /** No foreign key in the database (the table is partitioned and written in bulk); the relation is for joins. */
  @ManyToOne(() => EnrolmentEntity, { createForeignKeyConstraints: false })
  @JoinColumn([
    { name: 'la_code', referencedColumnName: 'laCode' },
    { name: 'enrolment_id', referencedColumnName: 'id' },
  ])
  enrolment?: EnrolmentEntity;
}
