import type { LocalDate } from '@rollcall/rules';
import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { InterventionEntity } from './intervention.entity';

/** A payment received against an intervention (a penalty notice), in pence. */
@Entity({ name: 'intervention_payment' })
@Check('intervention_payment_amount_pence_check', `amount_pence > 0`)
export class InterventionPaymentEntity {
  @PrimaryColumn({ name: 'la_code', type: 'char', length: 3 })
  laCode!: string;

  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ name: 'intervention_id', type: 'bigint' })
  interventionId!: string;

  @Column({ name: 'amount_pence', type: 'int' })
  amountPence!: number;

  @Column({ name: 'paid_on', type: 'date' })
  paidOn!: LocalDate;

  @Column({ type: 'text', nullable: true })
  reference!: string | null;

  @ManyToOne(() => InterventionEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'la_code',
      referencedColumnName: 'laCode',
      foreignKeyConstraintName: 'intervention_payment_la_code_intervention_id_fkey',
    },
    { name: 'intervention_id', referencedColumnName: 'id' },
  ])
  intervention?: InterventionEntity;
}
