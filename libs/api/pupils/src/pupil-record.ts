import { LocalDate } from '@rollcall/rules';
import { Sex } from './pupil-input';

/** A pupil as stored (ids are bigint, so strings). */
export interface PupilRecord {
  readonly laCode: string;
  readonly id: string;
  readonly upn: string;
  readonly forename: string;
  readonly surname: string;
  readonly preferredName: string | null;
  readonly dateOfBirth: LocalDate;
  readonly sex: Sex;
  readonly addressLine1: string | null;
  readonly addressLine2: string | null;
  readonly town: string | null;
  readonly postcode: string | null;
  readonly homeLaCode: string;
  readonly ncYear: number | null;
}

/** The select list `toPupilRecord` reads, for a `pupil` aliased `p`; `prefix` prefixes every output name. */
export function pupilColumns(prefix = ''): string {
  return `p.la_code AS ${prefix}la_code, p.id::text AS ${prefix}id, p.upn AS ${prefix}upn, p.forename AS ${prefix}forename,
    p.surname AS ${prefix}surname, p.preferred_name AS ${prefix}preferred_name,
    to_char(p.date_of_birth, 'YYYY-MM-DD') AS ${prefix}date_of_birth, p.sex AS ${prefix}sex,
    p.address_line1 AS ${prefix}address_line1, p.address_line2 AS ${prefix}address_line2, p.town AS ${prefix}town,
    p.postcode AS ${prefix}postcode, p.home_la_code AS ${prefix}home_la_code, p.nc_year AS ${prefix}nc_year`;
}

export interface PupilRow {
  la_code: string;
  id: string;
  upn: string;
  forename: string;
  surname: string;
  preferred_name: string | null;
  date_of_birth: string;
  sex: Sex;
  address_line1: string | null;
  address_line2: string | null;
  town: string | null;
  postcode: string | null;
  home_la_code: string;
  nc_year: number | null;
}

export function toPupilRecord(row: object, prefix = ''): PupilRecord {
  const r = (
    prefix === ''
      ? row
      : Object.fromEntries(Object.entries(row).filter(([k]) => k.startsWith(prefix)).map(([k, v]) => [k.slice(prefix.length), v]))
  ) as PupilRow;
  return {
    laCode: r.la_code,
    id: r.id,
    upn: r.upn,
    forename: r.forename,
    surname: r.surname,
    preferredName: r.preferred_name,
    dateOfBirth: r.date_of_birth,
    sex: r.sex,
    addressLine1: r.address_line1,
    addressLine2: r.address_line2,
    town: r.town,
    postcode: r.postcode,
    homeLaCode: r.home_la_code,
    ncYear: r.nc_year,
  };
}
