import type { LocalDate } from '@rollcall/rules';
import { Check, Column, Entity, ForeignKey, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { LocalAuthorityEntity } from './local-authority.entity';
import { PupilEntity } from './pupil.entity';

export type PupilCharacteristicKind =
  | 'FSM'
  | 'SEN_SUPPORT'
  | 'EHCP'
  | 'CHILD_IN_NEED'
  | 'CHILD_PROTECTION'
  | 'LOOKED_AFTER'
  | 'PREVIOUSLY_LOOKED_AFTER'
  | 'EARLY_HELP'
  | 'YOUNG_CARER'
  | 'YOUTH_JUSTICE';

/** A dated characteristic of a pupil (FSM, SEN support, EHCP, child in need, looked after…). */
@Entity({ name: 'pupil_characteristic' })
@Check(
  'pupil_characteristic_characteristic_check',
  `characteristic IN ('FSM','SEN_SUPPORT','EHCP','CHILD_IN_NEED','CHILD_PROTECTION','LOOKED_AFTER','PREVIOUSLY_LOOKED_AFTER','EARLY_HELP','YOUNG_CARER','YOUTH_JUSTICE')`,
)
@Check('pupil_characteristic_check', `ends_on IS NULL OR ends_on >= starts_on`)
// For the Virtual School's row-level security (docs/0006): children with a social worker, and those its LA looks after.
@Index('pupil_characteristic_social_worker', ['laCode', 'pupilId'], {
  where: `characteristic IN ('CHILD_IN_NEED', 'CHILD_PROTECTION', 'LOOKED_AFTER', 'PREVIOUSLY_LOOKED_AFTER')`,
})
@Index('pupil_characteristic_looked_after', ['responsibleLaCode'], { where: `characteristic = 'LOOKED_AFTER'` })
export class PupilCharacteristicEntity {
  @PrimaryColumn({ name: 'la_code', type: 'char', length: 3 })
  laCode!: string;

  @PrimaryColumn({ name: 'pupil_id', type: 'bigint' })
  pupilId!: string;

  @PrimaryColumn({ type: 'text' })
  characteristic!: PupilCharacteristicKind;

  @PrimaryColumn({ name: 'starts_on', type: 'date' })
  startsOn!: LocalDate;

  @Column({ name: 'ends_on', type: 'date', nullable: true })
  endsOn!: LocalDate | null;

  /** For a looked-after child: the LA whose care the child is in (its Virtual School). */
  @Column({ name: 'responsible_la_code', type: 'char', length: 3, nullable: true })
  @ForeignKey(() => LocalAuthorityEntity, { name: 'pupil_characteristic_responsible_la_code_fkey' })
  responsibleLaCode!: string | null;

  @ManyToOne(() => PupilEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'la_code',
      referencedColumnName: 'laCode',
      foreignKeyConstraintName: 'pupil_characteristic_la_code_pupil_id_fkey',
    },
    { name: 'pupil_id', referencedColumnName: 'id' },
  ])
  pupil?: PupilEntity;
}
