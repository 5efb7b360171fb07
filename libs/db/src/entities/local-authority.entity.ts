import { Check, Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A local authority: the tenant that every child's record belongs to (docs/0004-tenancy.md). */
@Entity({ name: 'local_authority' })
@Check('local_authority_la_code_check', `la_code ~ '^[0-9]{3}$'`)
@Check('local_authority_name_check', `length(trim(name)) > 0`)
export class LocalAuthorityEntity {
  /** The DfE three-digit LA number, e.g. '343' for Sefton. */
  @PrimaryColumn({ name: 'la_code', type: 'char', length: 3 })
  laCode!: string;

  @Column({ type: 'text' })
  name!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
