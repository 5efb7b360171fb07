import type { LocalDate } from '@rollcall/rules';
import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { SchoolEntity } from './school.entity';

export type SchoolClosureKind = 'INSET' | 'PLANNED_CLOSURE' | 'UNPLANNED_CLOSURE';
export type ClosureSessions = 'AM' | 'PM' | 'BOTH';

/** Days a school is closed to pupils: INSET, planned ('#') or unplanned closures. */
@Entity({ name: 'school_closure' })
@Check('school_closure_check', `ends_on >= starts_on`)
@Check('school_closure_kind_check', `kind IN ('INSET','PLANNED_CLOSURE','UNPLANNED_CLOSURE')`)
@Check('school_closure_sessions_check', `sessions IN ('AM','PM','BOTH')`)
export class SchoolClosureEntity {
  @PrimaryColumn({ type: 'int' })
  urn!: number;

  @PrimaryColumn({ name: 'starts_on', type: 'date' })
  startsOn!: LocalDate;

  @Column({ name: 'ends_on', type: 'date' })
  endsOn!: LocalDate;

  @PrimaryColumn({ type: 'text' })
  kind!: SchoolClosureKind;

  @Column({ type: 'text', default: 'BOTH' })
  sessions!: ClosureSessions;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @ManyToOne(() => SchoolEntity)
  @JoinColumn({ name: 'urn', referencedColumnName: 'urn', foreignKeyConstraintName: 'school_closure_urn_fkey' })
  school?: SchoolEntity;
}
