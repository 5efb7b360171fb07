import {
  KeysetList,
  Page,
  PageRequest,
  RecordKey,
  Refusal,
  Scope,
  SqlParams,
  containsPattern,
  inTransaction,
  keysetPage,
} from '@rollcall/api-core';
import { LocalDate, normaliseUpn, validateUpn } from '@rollcall/rules';
import { DataSource, EntityManager } from 'typeorm';
import { ENROLMENT_COLUMNS, EnrolmentRecord, EnrolmentRow, toEnrolmentRecord } from './enrolment-record';
import { nestedPages } from './nested-pages';
import { CharacteristicRecord, PUPIL_PARENT_COLUMNS, PupilParentRecord, SocialWorkerRecord, toPupilParentRecord } from './pupil-profile';
import { PUPIL_CHARACTERISTICS, PupilCharacteristic } from './pupil-input';
import { PupilRecord, PupilRow, pupilColumns, toPupilRecord } from './pupil-record';
import { enrolmentVisibleTo, pupilVisibleTo } from './pupil-visibility';
import { todayInEngland } from './today-in-england';

export interface PupilFilter {
  /** Pupils with an enrolment at this school (on roll on `onRollOn` when that is given too). */
  readonly urn?: number;
  /** National Curriculum year group. */
  readonly yearGroup?: number;
  /** Pupils with this characteristic in force on `onRollOn` (default today). */
  readonly characteristic?: PupilCharacteristic;
  /** Part of a forename, surname or preferred name (every word must match), or a whole UPN. */
  readonly search?: string;
  /** Pupils on roll on this day (at `urn` when given; otherwise at any school the caller may see). */
  readonly onRollOn?: LocalDate;
}

/** A characteristic as a dated record, saying whether it is in force today. */
export interface DatedCharacteristicRecord extends CharacteristicRecord {
  readonly inForce: boolean;
}

export interface CharacteristicsRequest extends PageRequest {
  /** Every record, past and current; otherwise only those in force today. */
  readonly history: boolean;
}

/** Pupils by surname, forename and id. */
const PUPIL_LIST: KeysetList<PupilRow, PupilRecord> = {
  select: pupilColumns(),
  from: 'pupil p',
  key: [
    { expr: 'p.surname', type: 'text' },
    { expr: 'p.forename', type: 'text' },
    { expr: 'p.id', type: 'bigint' },
    { expr: 'p.la_code', type: 'text' },
  ],
  direction: 'ASC',
  toItem: (r) => toPupilRecord(r),
  keyOf: (r) => [r.surname, r.forename, r.id, r.la_code],
};

const ID = /^\d{1,19}$/;
const LA_CODE = /^\d{3}$/;
const UPN_SHAPE = /^[A-Z]\d{11}[0-9A-Z]$/;
const MAX_SEARCH_WORDS = 5;

function invalidFilter(field: string, message: string): Refusal {
  return new Refusal('INVALID_FILTER', message, { field });
}

/** Checks a pupil id and the LA tenant named with it. */
export function checkPupilKey(id: string, laCode: string | undefined): void {
  if (!ID.test(id)) throw new Refusal('INVALID_ID', `"${id}" is not a pupil id: use the id a Pupil gave.`, { field: 'id' });
  checkLaCode(laCode);
}

function checkLaCode(laCode: string | undefined): void {
  if (laCode !== undefined && !LA_CODE.test(laCode)) {
    throw new Refusal('INVALID_LA_CODE', `LA code "${laCode}" must be the 3-digit DfE number of the LA holding the record.`, { field: 'laCode' });
  }
}

function checkUrn(urn: number, field: string): void {
  if (!Number.isInteger(urn) || urn < 100000 || urn > 999999) {
    throw invalidFilter(field, `A URN is the school’s 6-digit Unique Reference Number (got ${urn}).`);
  }
}

/** Reads pupils and what their records hold, for the caller (each method one transaction in the caller's scope). */
export class PupilDirectoryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly today: () => LocalDate = () => todayInEngland(),
  ) {}

  /** The pupils the caller may see, by surname, forename and id. */
  async list(scope: Scope, filter: PupilFilter, page: PageRequest): Promise<Page<PupilRecord>> {
    const today = this.today();
    const sql = new SqlParams();
    const where = [pupilVisibleTo(scope, { laCode: 'p.la_code', pupilId: 'p.id' }, sql, today), ...this.filterConditions(scope, filter, sql, today)].join(
      '\n AND ',
    );
    return keysetPage(this.dataSource, scope, PUPIL_LIST, where, sql, page);
  }

  /** One pupil by id (in `laCode`'s tenant, or in any the caller sees, their own LA's first), or undefined. */
  async byId(scope: Scope, id: string, laCode?: string): Promise<PupilRecord | undefined> {
    checkPupilKey(id, laCode);
    return this.one(scope, (sql) => `p.id = ${sql.add(id)}::bigint`, laCode);
  }

  /** The pupil with this UPN (in `laCode`'s tenant, or any the caller sees: their own LA's, then the newest record). */
  async byUpn(scope: Scope, upn: string, laCode?: string): Promise<PupilRecord | undefined> {
    // domain §15.1: a UPN is checked against the DfE rules before it is looked up
    const check = validateUpn(upn);
    if (!check.allowed) {
      const hint = check.detail.expectedCheckLetter ? ` (the check letter for these digits is ${check.detail.expectedCheckLetter})` : '';
      throw new Refusal('INVALID_UPN', `${check.detail.message}${hint}: give the pupil's 13-character UPN.`, { field: 'upn', problems: check.detail.problems });
    }
    checkLaCode(laCode);
    return this.one(scope, (sql) => `p.upn = ${sql.add(check.detail.upn)}`, laCode);
  }

  /** Each pupil's characteristics (in force today, or the whole history), earliest first: a DataLoader's batch. */
  async characteristicsOf(scope: Scope, keys: readonly RecordKey[], request: CharacteristicsRequest): Promise<Page<DatedCharacteristicRecord>[]> {
    const today = this.today();
    return inTransaction(this.dataSource, scope, (tx) =>
      nestedPages(
        tx,
        {
          from: 'pupil_characteristic c',
          parentLa: 'c.la_code',
          parentId: 'c.pupil_id',
          columns: (sql) => {
            const on = sql.add(today);
            return `c.characteristic, c.starts_on, c.ends_on, c.responsible_la_code,
                    (c.starts_on <= ${on}::date AND (c.ends_on IS NULL OR c.ends_on >= ${on}::date)) AS in_force`;
          },
          where: (sql) => {
            if (request.history) return 'true';
            const on = sql.add(today);
            return `c.starts_on <= ${on}::date AND (c.ends_on IS NULL OR c.ends_on >= ${on}::date)`;
          },
          parentVisible: (sql) => pupilVisibleTo(scope, { laCode: 'k.la_code', pupilId: 'k.id' }, sql, today),
          key: [
            { expr: 'c.starts_on', type: 'date' },
            { expr: 'c.characteristic', type: 'text' },
          ],
          toRecord: (r: { characteristic: PupilCharacteristic; starts_on: LocalDate; ends_on: LocalDate | null; responsible_la_code: string | null; in_force: boolean }) => ({
            characteristic: r.characteristic,
            startsOn: r.starts_on,
            endsOn: r.ends_on,
            responsibleLaCode: r.responsible_la_code,
            inForce: r.in_force,
          }),
          keyOf: (c) => [c.startsOn, c.characteristic],
        },
        keys,
        request,
      ),
    );
  }

  /** Each pupil's enrolments the caller may see (school staff: their own schools'), earliest admission first. */
  async enrolmentsOf(scope: Scope, keys: readonly RecordKey[], page: PageRequest): Promise<Page<EnrolmentRecord>[]> {
    const today = this.today();
    return inTransaction(this.dataSource, scope, (tx) =>
      nestedPages(
        tx,
        {
          from: 'enrolment e',
          parentLa: 'e.la_code',
          parentId: 'e.pupil_id',
          columns: ENROLMENT_COLUMNS,
          where: (sql) => enrolmentVisibleTo(scope, 'e', sql, today),
          parentVisible: (sql) => pupilVisibleTo(scope, { laCode: 'k.la_code', pupilId: 'k.id' }, sql, today),
          key: [
            { expr: 'e.admitted_on', type: 'date' },
            { expr: 'e.id', type: 'bigint' },
          ],
          toRecord: (r: EnrolmentRow) => toEnrolmentRecord(r),
          keyOf: (e) => [e.admittedOn, e.id],
        },
        keys,
        page,
      ),
    );
  }

  /** Each pupil's parents and carers, in contact order. */
  async parentsOf(scope: Scope, keys: readonly RecordKey[], page: PageRequest): Promise<Page<PupilParentRecord>[]> {
    const today = this.today();
    return inTransaction(this.dataSource, scope, (tx) =>
      nestedPages(
        tx,
        {
          from: 'pupil_parent pp JOIN parent pa ON pa.la_code = pp.la_code AND pa.id = pp.parent_id',
          parentLa: 'pp.la_code',
          parentId: 'pp.pupil_id',
          columns: PUPIL_PARENT_COLUMNS,
          where: () => 'true',
          parentVisible: (sql) => pupilVisibleTo(scope, { laCode: 'k.la_code', pupilId: 'k.id' }, sql, today),
          key: [
            { expr: 'pp.contact_priority', type: 'int' },
            { expr: 'pa.id', type: 'bigint' },
          ],
          toRecord: toPupilParentRecord,
          keyOf: (p) => [p.contactPriority, p.id],
        },
        keys,
        page,
      ),
    );
  }

  /** Each pupil's social worker assigned today (the latest assignment in force), or null. */
  async socialWorkersOf(scope: Scope, keys: readonly RecordKey[]): Promise<(SocialWorkerRecord | null)[]> {
    if (keys.length === 0) return [];
    const today = this.today();
    const sql = new SqlParams();
    const laCodes = sql.add(keys.map((k) => k.laCode));
    const ids = sql.add(keys.map((k) => k.id));
    const on = sql.add(today);
    const visible = pupilVisibleTo(scope, { laCode: 'k.la_code', pupilId: 'k.id' }, sql, today);
    const rows = (await inTransaction(this.dataSource, scope, (tx) =>
      tx.query(
        `SELECT DISTINCT ON (k.ord) k.ord, s.name, s.email, s.phone, s.team, s.starts_on, s.ends_on
           FROM unnest(${laCodes}::text[], ${ids}::bigint[]) WITH ORDINALITY AS k(la_code, id, ord)
           JOIN social_worker_assignment s ON s.la_code = k.la_code AND s.pupil_id = k.id
          WHERE s.starts_on <= ${on}::date AND (s.ends_on IS NULL OR s.ends_on >= ${on}::date) AND ${visible}
          ORDER BY k.ord, s.starts_on DESC`,
        sql.values,
      ),
    )) as { ord: string; name: string; email: string | null; phone: string | null; team: string | null; starts_on: LocalDate; ends_on: LocalDate | null }[];
    const byOrdinal = new Map(rows.map((r) => [Number(r.ord), r]));
    return keys.map((_, i) => {
      const r = byOrdinal.get(i + 1);
      return r ? { name: r.name, email: r.email, phone: r.phone, team: r.team, startsOn: r.starts_on, endsOn: r.ends_on } : null;
    });
  }

  private async one(scope: Scope, match: (sql: SqlParams) => string, laCode: string | undefined): Promise<PupilRecord | undefined> {
    const today = this.today();
    const sql = new SqlParams();
    const where = [match(sql), pupilVisibleTo(scope, { laCode: 'p.la_code', pupilId: 'p.id' }, sql, today)];
    if (laCode !== undefined) where.push(`p.la_code = ${sql.add(laCode)}::bpchar`);
    const rows = (await inTransaction(this.dataSource, scope, (tx: EntityManager) =>
      tx.query(
        `SELECT ${pupilColumns()} FROM pupil p WHERE ${where.join(' AND ')}
          ORDER BY (p.la_code = ${sql.add(scope.laCode ?? '')}::bpchar) DESC, p.created_at DESC, p.la_code LIMIT 1`,
        sql.values,
      ),
    )) as PupilRow[];
    return rows.length === 0 ? undefined : toPupilRecord(rows[0]);
  }

  private filterConditions(scope: Scope, filter: PupilFilter, sql: SqlParams, today: LocalDate): string[] {
    const where: string[] = [];
    const enrolmentAt: string[] = [];
    if (filter.urn !== undefined) {
      checkUrn(filter.urn, 'urn');
      if (scope.role === 'SCHOOL_STAFF' && !(scope.urns ?? []).includes(filter.urn)) {
        throw new Refusal('NOT_PERMITTED', `You can list pupils only at your own school (URN ${(scope.urns ?? []).join(', ')}).`, { field: 'urn' });
      }
      enrolmentAt.push(`fe.urn = ${sql.add(filter.urn)}::int`);
    }
    if (filter.onRollOn !== undefined) {
      const on = sql.add(filter.onRollOn);
      enrolmentAt.push(`fe.admitted_on <= ${on}::date AND (fe.left_on IS NULL OR fe.left_on >= ${on}::date)`);
      if (scope.role === 'SCHOOL_STAFF') enrolmentAt.push(`fe.urn = ANY(${sql.add([...(scope.urns ?? [])])}::int[])`);
    }
    if (enrolmentAt.length > 0) {
      where.push(`EXISTS (SELECT 1 FROM enrolment fe WHERE fe.la_code = p.la_code AND fe.pupil_id = p.id AND ${enrolmentAt.join(' AND ')})`);
    }
    if (filter.yearGroup !== undefined) {
      if (!Number.isInteger(filter.yearGroup) || filter.yearGroup < -2 || filter.yearGroup > 14) {
        throw invalidFilter('yearGroup', `Year group is a National Curriculum year from -2 (nursery) to 14 (got ${filter.yearGroup}).`);
      }
      where.push(`p.nc_year = ${sql.add(filter.yearGroup)}::int`);
    }
    if (filter.characteristic !== undefined) {
      if (!PUPIL_CHARACTERISTICS.includes(filter.characteristic)) {
        throw invalidFilter('characteristic', `Characteristic must be one of ${PUPIL_CHARACTERISTICS.join(', ')}.`);
      }
      const on = sql.add(filter.onRollOn ?? today);
      where.push(`EXISTS (SELECT 1 FROM pupil_characteristic fc WHERE fc.la_code = p.la_code AND fc.pupil_id = p.id
                    AND fc.characteristic = ${sql.add(filter.characteristic)} AND fc.starts_on <= ${on}::date
                    AND (fc.ends_on IS NULL OR fc.ends_on >= ${on}::date))`);
    }
    if (filter.search !== undefined) where.push(searchCondition(filter.search, sql));
    return where;
  }
}

function searchCondition(raw: string, sql: SqlParams): string {
  const search = raw.trim();
  if (search.length < 2 || search.length > 100) {
    throw invalidFilter('search', 'Search with 2 to 100 characters: part of a pupil’s name, or their whole 13-character UPN.');
  }
  const upn = normaliseUpn(search);
  if (UPN_SHAPE.test(upn)) return `p.upn = ${sql.add(upn)}`;
  const words = search.split(/\s+/);
  if (words.length > MAX_SEARCH_WORDS) throw invalidFilter('search', `Search with up to ${MAX_SEARCH_WORDS} words of a pupil’s name.`);
  return words
    .map((word) => {
      const pattern = sql.add(containsPattern(word));
      return `(p.forename ILIKE ${pattern} OR p.surname ILIKE ${pattern} OR p.preferred_name ILIKE ${pattern})`;
    })
    .join(' AND ');
}
