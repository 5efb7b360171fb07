import type { LocalDate } from '@rollcall/rules';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { InterventionEntity } from './intervention.entity';

/** One state change of an intervention, with the reason and facts recorded with it. */
@Entity({ name: 'intervention_event' })
export class InterventionEventEntity {
  @PrimaryColumn({ name: 'la_code', type: 'char', length: 3 })
  laCode!: string;

  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ name: 'intervention_id', type: 'bigint' })
  interventionId!: string;

  /** Null for the event that opened the intervention. */
  /** What was done, in the rules' terms (e.g. 'ISSUE', 'RECORD_PAYMENT', 'WITHDRAW'). */
  @Column({ type: 'text' })
  action!: string;

  @Column({ name: 'from_state', type: 'text', nullable: true })
  fromState!: string | null;

  @Column({ name: 'to_state', type: 'text' })
  toState!: string;

  @Column({ name: 'occurred_on', type: 'date' })
  occurredOn!: LocalDate;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ type: 'jsonb', default: {} })
  data!: Record<string, unknown>;

  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy!: string;

  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' })
  recordedAt!: Date;

  @ManyToOne(() => InterventionEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'la_code',
      referencedColumnName: 'laCode',
      foreignKeyConstraintName: 'intervention_event_la_code_intervention_id_fkey',
    },
    { name: 'intervention_id', referencedColumnName: 'id' },
  ])
  intervention?: InterventionEntity;
}
