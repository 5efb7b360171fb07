import type { LocalDate } from '@rollcall/rules';
import { Check, Column, CreateDateColumn, Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import { LocalAuthorityEntity } from './local-authority.entity';

/** One version of an LA setting (graduated-response policy, penalty-notice code of conduct, return intervals…). */
@Entity({ name: 'la_policy' })
@Check('la_policy_version_check', `version > 0`)
export class LaPolicyEntity {
  @PrimaryColumn({ name: 'la_code', type: 'char', length: 3 })
  @ForeignKey(() => LocalAuthorityEntity, { name: 'la_policy_la_code_fkey' })
  laCode!: string;

  @PrimaryColumn({ type: 'text' })
  kind!: string;

  @PrimaryColumn({ type: 'int' })
  version!: number;

  @Column({ name: 'effective_from', type: 'date' })
  effectiveFrom!: LocalDate;

  /** The settings object for this kind, as the rules library defines it. */
  @Column({ type: 'jsonb' })
  settings!: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
