import type { LocalDate } from '@rollcall/rules';
import { Check, Column, Entity, ForeignKey, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { LocalAuthorityEntity } from './local-authority.entity';
import { SchoolEntity } from './school.entity';

export type MeetingTerm = 'AUTUMN' | 'SPRING' | 'SUMMER';

/** A termly targeting support meeting between a school and its LA attendance team. */
@Entity({ name: 'targeting_support_meeting' })
@Unique('targeting_support_meeting_la_code_urn_academic_year_term_key', ['laCode', 'urn', 'academicYear', 'term'])
@Check('targeting_support_meeting_term_check', `term IN ('AUTUMN','SPRING','SUMMER')`)
export class TargetingSupportMeetingEntity {
  @PrimaryColumn({ name: 'la_code', type: 'char', length: 3 })
  @ForeignKey(() => LocalAuthorityEntity, { name: 'targeting_support_meeting_la_code_fkey' })
  laCode!: string;

  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ type: 'int' })
  urn!: number;

  /** The calendar year the academic year starts in (2026 for 2026/27). */
  @Column({ name: 'academic_year', type: 'smallint' })
  academicYear!: number;

  @Column({ type: 'text' })
  term!: MeetingTerm;

  @Column({ name: 'scheduled_for', type: 'date' })
  scheduledFor!: LocalDate;

  @Column({ name: 'held_on', type: 'date', nullable: true })
  heldOn!: LocalDate | null;

  @Column({ type: 'text', nullable: true })
  attendees!: string | null;

  @Column({ type: 'text', nullable: true })
  minutes!: string | null;

  @ManyToOne(() => SchoolEntity)
  @JoinColumn({
    name: 'urn',
    referencedColumnName: 'urn',
    foreignKeyConstraintName: 'targeting_support_meeting_urn_fkey',
  })
  school?: SchoolEntity;
}
