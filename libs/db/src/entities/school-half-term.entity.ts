import type { LocalDate } from '@rollcall/rules';
import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { SchoolEntity } from './school.entity';

export type HalfTermName = 'AUTUMN_1' | 'AUTUMN_2' | 'SPRING_1' | 'SPRING_2' | 'SUMMER_1' | 'SUMMER_2';

/** One half term of a school's calendar. */
@Entity({ name: 'school_half_term' })
@Check('school_half_term_name_check', `name IN ('AUTUMN_1','AUTUMN_2','SPRING_1','SPRING_2','SUMMER_1','SUMMER_2')`)
@Check('school_half_term_check', `ends_on >= starts_on`)
export class SchoolHalfTermEntity {
  @PrimaryColumn({ type: 'int' })
  urn!: number;

  /** The calendar year the academic year starts in (2026 for 2026/27). */
  @PrimaryColumn({ name: 'academic_year', type: 'smallint' })
  academicYear!: number;

  @PrimaryColumn({ type: 'text' })
  name!: HalfTermName;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn!: LocalDate;

  @Column({ name: 'ends_on', type: 'date' })
  endsOn!: LocalDate;

  @ManyToOne(() => SchoolEntity)
  @JoinColumn({ name: 'urn', referencedColumnName: 'urn', foreignKeyConstraintName: 'school_half_term_urn_fkey' })
  school?: SchoolEntity;
}
