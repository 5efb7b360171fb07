import type { LocalDate } from '@rollcall/rules';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { LocalAuthorityEntity } from './local-authority.entity';

export type PupilSex = 'F' | 'M' | 'U';

/** A child, held by the LA of the school they are on roll at (`laCode`); `homeLaCode` is where they live. */
@Entity({ name: 'pupil' })
@Check('pupil_sex_check', `sex IN ('F','M','U')`)
@Check('pupil_nc_year_check', `nc_year BETWEEN -2 AND 14`)
@Unique('pupil_la_code_upn_key', ['laCode', 'upn'])
@Index('pupil_home_la', ['homeLaCode'], { where: 'home_la_code <> la_code' })
export class PupilEntity {
  @PrimaryColumn({ name: 'la_code', type: 'char', length: 3 })
  @ForeignKey(() => LocalAuthorityEntity, { name: 'pupil_la_code_fkey' })
  laCode!: string;

  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  /** Unique pupil number, 13 characters. */
  @Column({ type: 'char', length: 13 })
  upn!: string;

  @Column({ type: 'text' })
  forename!: string;

  @Column({ type: 'text' })
  surname!: string;

  @Column({ name: 'preferred_name', type: 'text', nullable: true })
  preferredName!: string | null;

  @Column({ name: 'date_of_birth', type: 'date' })
  dateOfBirth!: LocalDate;

  @Column({ type: 'char', length: 1 })
  sex!: PupilSex;

  @Column({ name: 'address_line1', type: 'text', nullable: true })
  addressLine1!: string | null;

  @Column({ name: 'address_line2', type: 'text', nullable: true })
  addressLine2!: string | null;

  @Column({ type: 'text', nullable: true })
  town!: string | null;

  @Column({ type: 'text', nullable: true })
  postcode!: string | null;

  /** The LA the child lives in; differs from `laCode` for a child schooled across the border. */
  @Column({ name: 'home_la_code', type: 'char', length: 3 })
  @ForeignKey(() => LocalAuthorityEntity, { name: 'pupil_home_la_code_fkey' })
  homeLaCode!: string;

  /** National curriculum year: -2 (nursery 1) to 14; null when not known. */
  @Column({ name: 'nc_year', type: 'smallint', nullable: true })
  ncYear!: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
