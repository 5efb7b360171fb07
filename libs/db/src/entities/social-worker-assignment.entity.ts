import type { LocalDate } from '@rollcall/rules';
import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { PupilEntity } from './pupil.entity';

/** A child's allocated social worker over a period (the Virtual School's extended duties). */
@Entity({ name: 'social_worker_assignment' })
@Check('social_worker_assignment_check', `ends_on IS NULL OR ends_on >= starts_on`)
export class SocialWorkerAssignmentEntity {
  @PrimaryColumn({ name: 'la_code', type: 'char', length: 3 })
  laCode!: string;

  @PrimaryColumn({ name: 'pupil_id', type: 'bigint' })
  pupilId!: string;

  @PrimaryColumn({ name: 'starts_on', type: 'date' })
  startsOn!: LocalDate;

  @Column({ name: 'ends_on', type: 'date', nullable: true })
  endsOn!: LocalDate | null;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  @Column({ type: 'text', nullable: true })
  team!: string | null;

  @ManyToOne(() => PupilEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'la_code',
      referencedColumnName: 'laCode',
      foreignKeyConstraintName: 'social_worker_assignment_la_code_pupil_id_fkey',
    },
    { name: 'pupil_id', referencedColumnName: 'id' },
  ])
  pupil?: PupilEntity;
}
