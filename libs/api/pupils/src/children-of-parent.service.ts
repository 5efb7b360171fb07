import { KeysetList, Page, PageRequest, RecordKey, Refusal, Scope, SqlParams, inTransaction, keysetPage } from '@rollcall/api-core';
import { LocalDate } from '@rollcall/rules';
import { DataSource } from 'typeorm';
import { pupilVisibleTo } from './pupil-visibility';
import { SCHOOL_COLUMNS, SchoolRecord, SchoolRow, toSchoolRecord } from './school-record';
import { todayInEngland } from './today-in-england';

/** What a parent sees of their child: who the child is, not the school's or the LA's casework about them. */
export interface ChildRecord {
  readonly laCode: string;
  readonly id: string;
  readonly forename: string;
  readonly surname: string;
  readonly preferredName: string | null;
  readonly dateOfBirth: LocalDate;
  readonly ncYear: number | null;
}

/** The parent's own details as the school holds them for this child. */
export interface ParentContactRecord {
  readonly parentId: string;
  readonly forename: string;
  readonly surname: string;
  readonly relationship: string;
  readonly email: string | null;
  readonly phone: string | null;
  readonly addressLine1: string | null;
  readonly town: string | null;
  readonly postcode: string | null;
}

interface ChildRow {
  la_code: string;
  id: string;
  forename: string;
  surname: string;
  preferred_name: string | null;
  date_of_birth: LocalDate;
  nc_year: number | null;
}

/** A parent's children, by surname, forename and id. */
const CHILD_LIST: KeysetList<ChildRow, ChildRecord> = {
  select: 'p.la_code, p.id::text AS id, p.forename, p.surname, p.preferred_name, p.date_of_birth, p.nc_year',
  from: 'pupil p',
  key: [
    { expr: 'p.surname', type: 'text' },
    { expr: 'p.forename', type: 'text' },
    { expr: 'p.id', type: 'bigint' },
    { expr: 'p.la_code', type: 'text' },
  ],
  direction: 'ASC',
  toItem: (r) => ({
    laCode: r.la_code,
    id: r.id,
    forename: r.forename,
    surname: r.surname,
    preferredName: r.preferred_name,
    dateOfBirth: r.date_of_birth,
    ncYear: r.nc_year,
  }),
  keyOf: (r) => [r.surname, r.forename, r.id, r.la_code],
};

function parentsOnly(scope: Scope): void {
  if (scope.role !== 'PARENT') throw new Refusal('NOT_PERMITTED', 'Only a parent or carer signed in to the parent portal sees their children here.');
}

/** Keys as `unnest` arrays, with the caller's visibility of each child. */
function keyedChildren(scope: Scope, keys: readonly RecordKey[], sql: SqlParams, today: LocalDate): { from: string; visible: string } {
  const laCodes = sql.add(keys.map((k) => k.laCode));
  const ids = sql.add(keys.map((k) => k.id));
  return {
    from: `unnest(${laCodes}::text[], ${ids}::bigint[]) WITH ORDINALITY AS k(la_code, id, ord)`,
    visible: pupilVisibleTo(scope, { laCode: 'k.la_code', pupilId: 'k.id' }, sql, today),
  };
}

/** The parent portal's reads: a parent's children (those they hold parental responsibility for), each one transaction. */
export class ChildrenOfParentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly today: () => LocalDate = () => todayInEngland(),
  ) {}

  /** The caller's children, by surname, forename and id. */
  async list(scope: Scope, page: PageRequest): Promise<Page<ChildRecord>> {
    parentsOnly(scope);
    const sql = new SqlParams();
    const where = pupilVisibleTo(scope, { laCode: 'p.la_code', pupilId: 'p.id' }, sql, this.today());
    return keysetPage(this.dataSource, scope, CHILD_LIST, where, sql, page);
  }

  /**
   * Each child's school: the one they are on roll at today (a main registration before a subsidiary one), else the
   * one they are joining next; null when neither. A DataLoader's batch.
   */
  async schoolsOf(scope: Scope, keys: readonly RecordKey[]): Promise<(SchoolRecord | null)[]> {
    parentsOnly(scope);
    if (keys.length === 0) return [];
    const sql = new SqlParams();
    const today = this.today();
    const { from, visible } = keyedChildren(scope, keys, sql, today);
    const on = sql.add(today);
    const rows = (await inTransaction(this.dataSource, scope, (tx) =>
      tx.query(
        `SELECT DISTINCT ON (k.ord) k.ord, ${SCHOOL_COLUMNS}
           FROM ${from}
           JOIN enrolment e ON e.la_code = k.la_code AND e.pupil_id = k.id AND (e.left_on IS NULL OR e.left_on >= ${on}::date)
           JOIN school s ON s.urn = e.urn
          WHERE ${visible}
          ORDER BY k.ord, (e.admitted_on > ${on}::date), (e.registration = 'DUAL_SUBSIDIARY'), e.admitted_on DESC`,
        sql.values,
      ),
    )) as (SchoolRow & { ord: string })[];
    const byOrdinal = new Map(rows.map((r) => [Number(r.ord), toSchoolRecord(r)]));
    return keys.map((_, i) => byOrdinal.get(i + 1) ?? null);
  }

  /** The caller's own contact details as held for each child (their first-contact link when they have two records). */
  async contactDetailsOf(scope: Scope, keys: readonly RecordKey[]): Promise<(ParentContactRecord | null)[]> {
    parentsOnly(scope);
    if (keys.length === 0) return [];
    const sql = new SqlParams();
    const { from, visible } = keyedChildren(scope, keys, sql, this.today());
    const mine = sql.add([...(scope.parentIds ?? [])]);
    const rows = (await inTransaction(this.dataSource, scope, (tx) =>
      tx.query(
        `SELECT DISTINCT ON (k.ord) k.ord, pa.id::text AS parent_id, pa.forename, pa.surname, pp.relationship, pa.email, pa.phone,
                pa.address_line1, pa.town, pa.postcode
           FROM ${from}
           JOIN pupil_parent pp ON pp.la_code = k.la_code AND pp.pupil_id = k.id AND pp.parent_id = ANY(${mine}::bigint[])
           JOIN parent pa ON pa.la_code = pp.la_code AND pa.id = pp.parent_id
          WHERE ${visible}
          ORDER BY k.ord, pp.contact_priority, pa.id`,
        sql.values,
      ),
    )) as {
      ord: string;
      parent_id: string;
      forename: string;
      surname: string;
      relationship: string;
      email: string | null;
      phone: string | null;
      address_line1: string | null;
      town: string | null;
      postcode: string | null;
    }[];
    const byOrdinal = new Map(
      rows.map((r) => [
        Number(r.ord),
        {
          parentId: r.parent_id,
          forename: r.forename,
          surname: r.surname,
          relationship: r.relationship,
          email: r.email,
          phone: r.phone,
          addressLine1: r.address_line1,
          town: r.town,
          postcode: r.postcode,
        },
      ]),
    );
    return keys.map((_, i) => byOrdinal.get(i + 1) ?? null);
  }
}
