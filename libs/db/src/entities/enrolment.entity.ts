import type { LocalDate } from '@rollcall/rules';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { PupilEntity } from './pupil.entity';
import { SchoolEntity } from './school.entity';

export type EnrolmentRegistration = 'MAIN' | 'DUAL_MAIN' | 'DUAL_SUBSIDIARY';

/** A pupil on a school's admission register, from admission to deletion; marks hang off the enrolment. */
@Entity({ name: 'enrolment' })
@Check('enrolment_check', `left_on IS NULL OR left_on >= admitted_on`)
@Check('enrolment_registration_check', `registration IN ('MAIN','DUAL_MAIN','DUAL_SUBSIDIARY')`)
@Index('enrolment_pupil', ['laCode', 'pupilId'])
@Index('enrolment_school', ['urn', 'admittedOn'])
@Unique('enrolment_la_code_pupil_id_urn_admitted_on_key', ['laCode', 'pupilId', 'urn', 'admittedOn'])
export class EnrolmentEntity {
  @PrimaryColumn({ name: 'la_code', type: 'char', length: 3 })
  laCode!: string;

  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ name: 'pupil_id', type: 'bigint' })
  pupilId!: string;

  @Column({ type: 'int' })
  urn!: number;

  @Column({ name: 'admitted_on', type: 'date' })
  admittedOn!: LocalDate;

  @Column({ name: 'left_on', type: 'date', nullable: true })
  leftOn!: LocalDate | null;

  /** The ground the pupil's name was deleted from the register on, once they have left. */
  @Column({ name: 'deletion_ground', type: 'text', nullable: true })
  deletionGround!: string | null;

  @Column({ type: 'text', default: 'MAIN' })
  registration!: EnrolmentRegistration;

  @Column({ type: 'boolean', default: false })
  boarder!: boolean;

  @ManyToOne(() => PupilEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'la_code', referencedColumnName: 'laCode', foreignKeyConstraintName: 'enrolment_la_code_pupil_id_fkey' },
    { name: 'pupil_id', referencedColumnName: 'id' },
  ])
  pupil?: PupilEntity;

  @ManyToOne(() => SchoolEntity)
  @JoinColumn({ name: 'urn', referencedColumnName: 'urn', foreignKeyConstraintName: 'enrolment_urn_fkey' })
  school?: SchoolEntity;
}
