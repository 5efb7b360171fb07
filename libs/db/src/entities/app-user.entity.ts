import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** Someone who signs in: school staff, LA officers, the Virtual School, parents. */
@Entity({ name: 'app_user' })
@Check('app_user_email_check', `email = lower(email)`)
@Unique('app_user_email_key', ['email'])
export class AppUserEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Always lower case. */
  @Column({ type: 'text' })
  email!: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName!: string;

  /** Argon2 hash; null for an account that signs in another way or has not set a password yet. */
  @Column({ name: 'password_hash', type: 'text', nullable: true })
  passwordHash!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true })
  disabledAt!: Date | null;
}
