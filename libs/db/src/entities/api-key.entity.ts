import { Check, Column, CreateDateColumn, Entity, ForeignKey, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { LocalAuthorityEntity } from './local-authority.entity';
import { SchoolEntity } from './school.entity';

/** A key a third party (MIS vendor, social-care system) uses to call the API for an LA or one school. */
@Entity({ name: 'api_key' })
@Unique('api_key_prefix_key', ['prefix'])
@Check('api_key_registers_write_check', `urn IS NOT NULL OR NOT ('registers:write' = ANY (scopes))`)
export class ApiKeyEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'la_code', type: 'char', length: 3 })
  @ForeignKey(() => LocalAuthorityEntity, { name: 'api_key_la_code_fkey' })
  laCode!: string;

  @Column({ type: 'int', nullable: true })
  @ForeignKey(() => SchoolEntity, { name: 'api_key_urn_fkey' })
  urn!: number | null;

  @Column({ type: 'text' })
  name!: string;

  /** The key's public prefix, by which it is looked up. */
  @Column({ type: 'text' })
  prefix!: string;

  @Column({ name: 'key_hash', type: 'text' })
  keyHash!: string;

  @Column({ type: 'text', array: true })
  scopes!: string[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;
}
