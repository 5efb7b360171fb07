import { Check, Column, Entity, ForeignKey, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AppUserEntity } from './app-user.entity';
import { LocalAuthorityEntity } from './local-authority.entity';
import { ParentEntity } from './parent.entity';
import { SchoolEntity } from './school.entity';

export type GrantedRole = 'SCHOOL_STAFF' | 'LA_OFFICER' | 'LA_ADMIN' | 'VIRTUAL_SCHOOL' | 'PARENT';

/** A role a user holds in an LA; school staff name their school, parents their parent record. */
@Entity({ name: 'role_grant' })
@Check('role_grant_role_check', `role IN ('SCHOOL_STAFF','LA_OFFICER','LA_ADMIN','VIRTUAL_SCHOOL','PARENT')`)
@Check('role_grant_check', `(role = 'SCHOOL_STAFF') = (urn IS NOT NULL)`)
@Check('role_grant_check1', `(role = 'PARENT') = (parent_id IS NOT NULL)`)
@Index('role_grant_user', ['userId'])
@ForeignKey(() => ParentEntity, ['laCode', 'parentId'], ['laCode', 'id'], { name: 'role_grant_la_code_parent_id_fkey', onDelete: 'CASCADE' })
export class RoleGrantEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ type: 'text' })
  role!: GrantedRole;

  @Column({ name: 'la_code', type: 'char', length: 3 })
  @ForeignKey(() => LocalAuthorityEntity, { name: 'role_grant_la_code_fkey' })
  laCode!: string;

  @Column({ type: 'int', nullable: true })
  @ForeignKey(() => SchoolEntity, { name: 'role_grant_urn_fkey' })
  urn!: number | null;

  /** The parent record (in `laCode`'s tenant) a PARENT grant is for. */
  @Column({ name: 'parent_id', type: 'bigint', nullable: true })
  parentId!: string | null;

  @ManyToOne(() => AppUserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', referencedColumnName: 'id', foreignKeyConstraintName: 'role_grant_user_id_fkey' })
  user?: AppUserEntity;
}
