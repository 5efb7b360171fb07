import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { AppUserEntity } from './app-user.entity';

/** A portal sign-in: the cookie's token is kept only as its SHA-256. */
@Entity({ name: 'user_session' })
@Index('user_session_user', ['userId'])
@Check('user_session_role_check', `role IN ('SCHOOL_STAFF','LA_OFFICER','LA_ADMIN','VIRTUAL_SCHOOL','PARENT')`)
export class UserSessionEntity {
  @PrimaryColumn({ name: 'token_hash', type: 'text' })
  tokenHash!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  @ForeignKey(() => AppUserEntity, { name: 'user_session_user_id_fkey', onDelete: 'CASCADE' })
  userId!: string;

  @Column({ type: 'text' })
  role!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt!: Date | null;
}
