import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ParentEntity } from './parent.entity';
import { PupilEntity } from './pupil.entity';

/** Who a child's parents and carers are, and in what order to contact them. */
@Entity({ name: 'pupil_parent' })
@Index('pupil_parent_parent', ['laCode', 'parentId'])
export class PupilParentEntity {
  @PrimaryColumn({ name: 'la_code', type: 'char', length: 3 })
  laCode!: string;

  @PrimaryColumn({ name: 'pupil_id', type: 'bigint' })
  pupilId!: string;

  @PrimaryColumn({ name: 'parent_id', type: 'bigint' })
  parentId!: string;

  @Column({ type: 'text' })
  relationship!: string;

  @Column({ name: 'parental_responsibility', type: 'boolean' })
  parentalResponsibility!: boolean;

  @Column({ name: 'lives_with', type: 'boolean' })
  livesWith!: boolean;

  @Column({ name: 'contact_priority', type: 'smallint', default: 1 })
  contactPriority!: number;

  @ManyToOne(() => PupilEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'la_code', referencedColumnName: 'laCode', foreignKeyConstraintName: 'pupil_parent_la_code_pupil_id_fkey' },
    { name: 'pupil_id', referencedColumnName: 'id' },
  ])
  pupil?: PupilEntity;

  @ManyToOne(() => ParentEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'la_code',
      referencedColumnName: 'laCode',
      foreignKeyConstraintName: 'pupil_parent_la_code_parent_id_fkey',
    },
    { name: 'parent_id', referencedColumnName: 'id' },
  ])
  parent?: ParentEntity;
}
