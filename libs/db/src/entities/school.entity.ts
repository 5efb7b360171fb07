import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn, Unique } from 'typeorm';
import { LocalAuthorityEntity } from './local-authority.entity';

export type SchoolType =
  | 'COMMUNITY'
  | 'FOUNDATION'
  | 'VOLUNTARY_AIDED'
  | 'VOLUNTARY_CONTROLLED'
  | 'ACADEMY'
  | 'FREE_SCHOOL'
  | 'INDEPENDENT'
  | 'SPECIAL'
  | 'NON_MAINTAINED_SPECIAL'
  | 'PRU'
  | 'ALTERNATIVE_PROVISION';

export type SchoolPhase = 'NURSERY' | 'PRIMARY' | 'SECONDARY' | 'ALL_THROUGH' | 'SPECIAL' | 'ALTERNATIVE_PROVISION';

/** A school, by URN. Reference data: not a tenant table, but `la_code` says whose school it is. */
@Entity({ name: 'school' })
@Check('school_urn_check', `urn BETWEEN 100000 AND 999999`)
@Check(
  'school_type_check',
  `type IN ('COMMUNITY','FOUNDATION','VOLUNTARY_AIDED','VOLUNTARY_CONTROLLED','ACADEMY','FREE_SCHOOL','INDEPENDENT','SPECIAL','NON_MAINTAINED_SPECIAL','PRU','ALTERNATIVE_PROVISION')`,
)
@Check(
  'school_phase_check',
  `phase IN ('NURSERY','PRIMARY','SECONDARY','ALL_THROUGH','SPECIAL','ALTERNATIVE_PROVISION')`,
)
@Unique('school_laestab_key', ['laestab'])
@Unique('school_la_code_urn_key', ['laCode', 'urn'])
@Index('school_la', ['laCode'])
export class SchoolEntity {
  @PrimaryColumn({ type: 'int' })
  urn!: number;

  @Column({ name: 'la_code', type: 'char', length: 3 })
  @ForeignKey(() => LocalAuthorityEntity, { name: 'school_la_code_fkey' })
  laCode!: string;

  /** LA number and establishment number, e.g. 3434001. */
  @Column({ type: 'int' })
  laestab!: number;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  type!: SchoolType;

  @Column({ type: 'text' })
  phase!: SchoolPhase;

  @Column({ type: 'text', nullable: true })
  postcode!: string | null;

  @Column({ name: 'named_la_officer', type: 'text', nullable: true })
  namedLaOfficer!: string | null;

  @Column({ name: 'senior_attendance_champion', type: 'text', nullable: true })
  seniorAttendanceChampion!: string | null;

  /** Times as PostgreSQL returns them, 'HH:MM:SS'. */
  @Column({ name: 'register_opens', type: 'time', default: '08:45:00' })
  registerOpens!: string;

  @Column({ name: 'register_closes', type: 'time', default: '09:15:00' })
  registerCloses!: string;

  @Column({ name: 'pm_register_opens', type: 'time', default: '13:15:00' })
  pmRegisterOpens!: string;

  @Column({ name: 'pm_register_closes', type: 'time', default: '13:45:00' })
  pmRegisterCloses!: string;
}
