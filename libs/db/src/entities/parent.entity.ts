import { Column, Entity, ForeignKey, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { LocalAuthorityEntity } from './local-authority.entity';

/** A parent or carer, held in the same tenant as their children. */
@Entity({ name: 'parent' })
export class ParentEntity {
  @PrimaryColumn({ name: 'la_code', type: 'char', length: 3 })
  @ForeignKey(() => LocalAuthorityEntity, { name: 'parent_la_code_fkey' })
  laCode!: string;

  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ type: 'text' })
  forename!: string;

  @Column({ type: 'text' })
  surname!: string;

  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  @Column({ name: 'address_line1', type: 'text', nullable: true })
  addressLine1!: string | null;

  @Column({ type: 'text', nullable: true })
  town!: string | null;

  @Column({ type: 'text', nullable: true })
  postcode!: string | null;

  /** The parent portal account, once they have one (app_user.id; no foreign key). */
  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId!: string | null;
}
