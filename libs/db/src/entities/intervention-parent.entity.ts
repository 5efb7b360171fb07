import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { InterventionEntity } from './intervention.entity';
import { ParentEntity } from './parent.entity';

/** A parent an intervention is addressed to (a penalty notice or contract names each parent). */
@Entity({ name: 'intervention_parent' })
@Index('intervention_parent_parent', ['laCode', 'parentId'])
export class InterventionParentEntity {
  @PrimaryColumn({ name: 'la_code', type: 'char', length: 3 })
  laCode!: string;

  @PrimaryColumn({ name: 'intervention_id', type: 'bigint' })
  interventionId!: string;

  @PrimaryColumn({ name: 'parent_id', type: 'bigint' })
  parentId!: string;

  @ManyToOne(() => InterventionEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'la_code',
      referencedColumnName: 'laCode',
      foreignKeyConstraintName: 'intervention_parent_la_code_intervention_id_fkey',
    },
    { name: 'intervention_id', referencedColumnName: 'id' },
  ])
  intervention?: InterventionEntity;

  @ManyToOne(() => ParentEntity)
  @JoinColumn([
    {
      name: 'la_code',
      referencedColumnName: 'laCode',
      foreignKeyConstraintName: 'intervention_parent_la_code_parent_id_fkey',
    },
    { name: 'parent_id', referencedColumnName: 'id' },
  ])
  parent?: ParentEntity;
}
