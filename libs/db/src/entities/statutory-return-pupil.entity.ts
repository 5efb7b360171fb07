import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { PupilEntity } from './pupil.entity';
import { StatutoryReturnEntity } from './statutory-return.entity';

/** A pupil named in a return, with why they are in it. */
@Entity({ name: 'statutory_return_pupil' })
export class StatutoryReturnPupilEntity {
  @PrimaryColumn({ name: 'la_code', type: 'char', length: 3 })
  laCode!: string;

  @PrimaryColumn({ name: 'return_id', type: 'bigint' })
  returnId!: string;

  @PrimaryColumn({ name: 'pupil_id', type: 'bigint' })
  pupilId!: string;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'jsonb', default: {} })
  details!: Record<string, unknown>;

  @ManyToOne(() => StatutoryReturnEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'la_code',
      referencedColumnName: 'laCode',
      foreignKeyConstraintName: 'statutory_return_pupil_la_code_return_id_fkey',
    },
    { name: 'return_id', referencedColumnName: 'id' },
  ])
  statutoryReturn?: StatutoryReturnEntity;

  @ManyToOne(() => PupilEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'la_code',
      referencedColumnName: 'laCode',
      foreignKeyConstraintName: 'statutory_return_pupil_la_code_pupil_id_fkey',
    },
    { name: 'pupil_id', referencedColumnName: 'id' },
  ])
  pupil?: PupilEntity;
}
