import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One enrolment's totals for one academic year (a week counts in the year its Sunday falls in), kept in the same
 * transaction as its marks and week summaries; LA-wide year-to-date figures read these.
 */
@Entity({ name: 'pupil_year_summary' })
export class PupilYearSummaryEntity {
  @PrimaryColumn({ name: 'la_code', type: 'char', length: 3 })
  laCode!: string;

  /** 2025 for 2025/26. */
  @PrimaryColumn({ name: 'academic_year', type: 'smallint' })
  academicYear!: number;

  @PrimaryColumn({ name: 'enrolment_id', type: 'bigint' })
  enrolmentId!: string;

  @Column({ name: 'pupil_id', type: 'bigint' })
  pupilId!: string;

  @Column({ type: 'int' })
  urn!: number;

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
