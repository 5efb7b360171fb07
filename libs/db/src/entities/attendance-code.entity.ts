import type { StatisticalCategory } from '@rollcall/rules';
import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/** '2024' for the codes in force from 19 August 2024, '2006' for the set before. */
export type AttendanceCodeSet = '2024' | '2006';

/** Reference table: every code's statistical category, filled from libs/rules by the migration. */
@Entity({ name: 'attendance_code' })
@Check('attendance_code_code_set_check', `code_set IN ('2024','2006')`)
@Check(
  'attendance_code_category_check',
  `category IN ('PRESENT','APPROVED_EDUCATIONAL_ACTIVITY','AUTHORISED_ABSENCE','UNAUTHORISED_ABSENCE','NOT_POSSIBLE')`,
)
export class AttendanceCodeEntity {
  @PrimaryColumn({ name: 'code_set', type: 'text' })
  codeSet!: AttendanceCodeSet;

  @PrimaryColumn({ type: 'varchar', length: 2 })
  code!: string;

  @Column({ type: 'text' })
  category!: StatisticalCategory;

  @Column({ type: 'text' })
  meaning!: string;
}
