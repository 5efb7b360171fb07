import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'local_authority' })
export class LocalAuthorityEntity {
  /** The DfE three-digit LA number, e.g. '343' for Sefton. */
  @PrimaryColumn({ name: 'la_code', type: 'char', length: 3 })
  laCode!: string;

  @Column({ type: 'text' })
  name!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
