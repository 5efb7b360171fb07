import type { LocalDate } from '@rollcall/rules';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { SupportPlanEntity } from './support-plan.entity';

/** A review of a support plan and what it concluded. */
@Entity({ name: 'support_plan_review' })
export class SupportPlanReviewEntity {
  @PrimaryColumn({ name: 'la_code', type: 'char', length: 3 })
  laCode!: string;

  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ name: 'plan_id', type: 'bigint' })
  planId!: string;

  @Column({ name: 'reviewed_on', type: 'date' })
  reviewedOn!: LocalDate;

  @Column({ type: 'text' })
  notes!: string;

  @Column({ type: 'text' })
  outcome!: string;

  @Column({ name: 'reviewed_by', type: 'text' })
  reviewedBy!: string;

  @ManyToOne(() => SupportPlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'la_code',
      referencedColumnName: 'laCode',
      foreignKeyConstraintName: 'support_plan_review_la_code_plan_id_fkey',
    },
    { name: 'plan_id', referencedColumnName: 'id' },
  ])
  plan?: SupportPlanEntity;
}
