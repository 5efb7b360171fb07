import type { LocalDate, Session } from '@rollcall/rules';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** A register entry that was replaced, written only by the `attendance_mark_keep_replaced` trigger. */
@Entity({ name: 'attendance_mark_history' })
export class AttendanceMarkHistoryEntity {
  @PrimaryColumn({ name: 'la_code', type: 'char', length: 3 })
  laCode!: string;

  @PrimaryColumn({ name: 'enrolment_id', type: 'bigint' })
  enrolmentId!: string;

  @PrimaryColumn({ type: 'date' })
  date!: LocalDate;

  @PrimaryColumn({ type: 'char', length: 2 })
  session!: Session;

  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

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

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;

  @Column({ name: 'replaced_at', type: 'timestamptz', default: () => 'now()' })
  replacedAt!: Date;

  /** Why the replaced entry had itself replaced the one before it; null for the original entry. */
  @Column({ name: 'amendment_reason', type: 'text', nullable: true })
  amendmentReason!: string | null;
}
