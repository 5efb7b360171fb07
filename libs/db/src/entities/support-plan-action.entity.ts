import type { LocalDate } from '@rollcall/rules';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { SupportPlanEntity } from './support-plan.entity';

/** Something someone agreed to do under a support plan. */
@Entity({ name: 'support_plan_action' })
export class SupportPlanActionEntity {
  @PrimaryColumn({ name: 'la_code', type: 'char', length: 3 })
  laCode!: string;

  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ name: 'plan_id', type: 'bigint' })
  planId!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'text' })
  owner!: string;

  @Column({ name: 'due_on', type: 'date', nullable: true })
  dueOn!: LocalDate | null;

  @Column({ name: 'done_on', type: 'date', nullable: true })
  doneOn!: LocalDate | null;

  @ManyToOne(() => SupportPlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'la_code',
      referencedColumnName: 'laCode',
      foreignKeyConstraintName: 'support_plan_action_la_code_plan_id_fkey',
    },
    { name: 'plan_id', referencedColumnName: 'id' },
  ])
  plan?: SupportPlanEntity;
}
