import { Check, Column, Entity, ForeignKey, PrimaryColumn, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { LocalAuthorityEntity } from './local-authority.entity';
import { SchoolEntity } from './school.entity';

export type RegisterImportKind = 'MARKS' | 'CSV' | 'CTF';

/** One register import, keyed by the sender's idempotency key so that a repeat is applied once. */
@Entity({ name: 'register_import' })
@Check('register_import_idempotency_key_check', `length(idempotency_key) BETWEEN 8 AND 200`)
@Check('register_import_kind_check', `kind IN ('MARKS','CSV','CTF')`)
@Unique('register_import_la_code_urn_idempotency_key_key', ['laCode', 'urn', 'idempotencyKey'])
export class RegisterImportEntity {
  @PrimaryColumn({ name: 'la_code', type: 'char', length: 3 })
  @ForeignKey(() => LocalAuthorityEntity, { name: 'register_import_la_code_fkey' })
  laCode!: string;

  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ name: 'idempotency_key', type: 'text' })
  idempotencyKey!: string;

  @Column({ type: 'text' })
  kind!: RegisterImportKind;

  @Column({ type: 'int' })
  @ForeignKey(() => SchoolEntity, { name: 'register_import_urn_fkey' })
  urn!: number;

  /** Hex SHA-256 of the content received. */
  @Column({ name: 'content_sha256', type: 'char', length: 64 })
  contentSha256!: string;

  @Column({ type: 'int', default: 0 })
  marks!: number;

  @Column({ type: 'int', default: 0 })
  pupils!: number;

  @Column({ name: 'imported_by', type: 'text' })
  importedBy!: string;

  @Column({ name: 'imported_at', type: 'timestamptz', default: () => 'now()' })
  importedAt!: Date;
}
