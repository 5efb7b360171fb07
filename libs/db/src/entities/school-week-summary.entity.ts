import type { LocalDate } from '@rollcall/rules';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One school's week summaries for one week added up: exactly the sum of `pupil_week_summary` by LA, school and week,
 * kept by triggers on that table (migration 1765100000000). The application only reads it; LA-wide week figures read
 * these, one row per school per week.
 */
@Entity({ name: 'school_week_summary' })
export class SchoolWeekSummaryEntity {
  @PrimaryColumn({ name: 'la_code', type: 'char', length: 3 })
  laCode!: string;

  @PrimaryColumn({ type: 'int' })
  urn!: number;

  /** The Monday the week starts on. */
  @PrimaryColumn({ name: 'week_start', type: 'date' })
  weekStart!: LocalDate;

  /** The week summaries added up: the school's enrolments with a summary that week (never 0: such a week has no row). */
  @Column({ type: 'int' })
  enrolments!: number;

  @Column({ type: 'int' })
  possible!: number;

  @Column({ type: 'int' })
  present!: number;

  @Column({ name: 'approved_educational_activity', type: 'int' })
  approvedEducationalActivity!: number;

  @Column({ type: 'int' })
  authorised!: number;

  @Column({ type: 'int' })
  unauthorised!: number;

  @Column({ name: 'not_possible', type: 'int' })
  notPossible!: number;
}
