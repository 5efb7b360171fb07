import type { LocalDate } from '@rollcall/rules';
import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Sessions counted per code, e.g. `{ '/': 5, '\\': 5, I: 1 }`. */
export type CodeCounts = Record<string, number>;

/**
 * One enrolment's totals for one week (Monday to Sunday), kept in the same transaction as its marks;
 * dashboards and worklists read these, never the raw marks.
 */
@Entity({ name: 'pupil_week_summary' })
@Check('pupil_week_summary_week_start_check', `extract(isodow FROM week_start) = 1`)
@Index('pupil_week_summary_school', ['urn', 'weekStart'])
@Index('pupil_week_summary_pupil', ['laCode', 'pupilId', 'weekStart'])
export class PupilWeekSummaryEntity {
  @PrimaryColumn({ name: 'la_code', type: 'char', length: 3 })
  laCode!: string;

  @PrimaryColumn({ name: 'enrolment_id', type: 'bigint' })
  enrolmentId!: string;

  /** The Monday the week starts on. */
  @PrimaryColumn({ name: 'week_start', type: 'date' })
  weekStart!: LocalDate;

  @Column({ name: 'pupil_id', type: 'bigint' })
  pupilId!: string;

  @Column({ type: 'int' })
  urn!: number;

  @Column({ type: 'smallint' })
  possible!: number;

  @Column({ type: 'smallint' })
  present!: number;

  @Column({ name: 'approved_educational_activity', type: 'smallint' })
  approvedEducationalActivity!: number;

  @Column({ type: 'smallint' })
  authorised!: number;

  @Column({ type: 'smallint' })
  unauthorised!: number;

  @Column({ name: 'not_possible', type: 'smallint' })
  notPossible!: number;

  @Column({ name: 'code_counts', type: 'jsonb' })
  codeCounts!: CodeCounts;
}
