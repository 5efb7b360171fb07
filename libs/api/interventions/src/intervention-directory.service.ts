import { Page, Scope, inTransaction, pageOf } from '@rollcall/api-core';
import { KeysetColumn, PageRequest, RecordKey, SqlParams, groupBy, keyArrays, keysetAfter, keysetOrder, pupilVisibleTo, recordKey } from '@rollcall/api-plans';
import { todayInEngland } from '@rollcall/api-pupils';
import { LocalDate } from '@rollcall/rules';
import { DataSource } from 'typeorm';
import { InterventionEventRecord, InterventionKind, InterventionPaymentRecord, InterventionRecord } from './intervention-record';

/** An intervention without its parents, events and payments (lists load those per page, through DataLoaders). */
export type InterventionSummary = Omit<InterventionRecord, 'parentIds' | 'events' | 'payments'>;

export interface InterventionFilter {
  /** The tenant holding the pupil's record (default: the caller's LA) — with `pupilId`. */
  readonly laCode?: string;
  readonly pupilId?: string;
  /** Interventions for pupils at (or opened by) this school. */
  readonly urn?: number;
  readonly kinds?: readonly InterventionKind[];
  /** True: only those still running; false: only those that have ended. */
  readonly open?: boolean;
  readonly openedFrom?: LocalDate;
  readonly openedTo?: LocalDate;
  /** Interventions naming this parent. */
  readonly parentId?: string;
}

/** A parent named on an intervention: who they are and how they are linked to the child. */
export interface InterventionParentRecord {
  readonly laCode: string;
  readonly id: string;
  readonly forename: string;
  readonly surname: string;
  readonly relationship: string | null;
  readonly parentalResponsibility: boolean | null;
  readonly livesWithChild: boolean | null;
}

/** A document produced for an intervention (the notice or letter as sent). */
export interface InterventionDocumentRecord {
  readonly id: string;
  readonly kind: string;
  readonly title: string;
  readonly content: string;
  readonly createdAt: Date;
}

const ID = /^\d{1,19}$/;

const KEY: readonly KeysetColumn[] = [
  { expr: 'i.opened_on', type: 'date' },
  { expr: 'i.la_code', type: 'text' },
  { expr: 'i.id', type: 'bigint' },
];

const COLUMNS = `i.la_code, i.id::text AS id, i.pupil_id::text AS pupil_id, i.urn, i.kind, i.state, i.details, i.opened_on, i.closed_on, i.created_by, i.created_at`;

interface InterventionRow {
  la_code: string;
  id: string;
  pupil_id: string;
  urn: number | null;
  kind: InterventionKind;
  state: string;
  details: object;
  opened_on: LocalDate;
  closed_on: LocalDate | null;
  created_by: string;
  created_at: Date;
}

function toSummary(r: InterventionRow): InterventionSummary {
  return {
    laCode: r.la_code,
    id: r.id,
    pupilId: r.pupil_id,
    urn: r.urn,
    kind: r.kind,
    state: r.state,
    details: r.details,
    openedOn: r.opened_on,
    closedOn: r.closed_on,
    createdBy: r.created_by,
    createdAt: r.created_at,
  } as InterventionSummary;
}

/**
 * Reading legal interventions as the caller may see them (`pupilVisibleTo`: the school's pupils, the LA's, the
 * Virtual School's children): a page at a time, newest first, and the parents, events, payments and documents of a
 * whole page in one statement each. Each read is one transaction with the caller's scope.
 */
export class InterventionDirectory {
  constructor(private readonly dataSource: DataSource) {}

  async list(scope: Scope, filter: InterventionFilter, page: PageRequest): Promise<Page<InterventionSummary>> {
    const sql = new SqlParams();
    const conditions = [pupilVisibleTo(scope, { laCode: 'i.la_code', pupilId: 'i.pupil_id', urn: 'i.urn' }, sql, todayInEngland())];
    if (filter.pupilId !== undefined) {
      if (!ID.test(filter.pupilId)) return { items: [], hasNextPage: false, totalCount: 0 };
      conditions.push(`i.la_code = ${sql.add(filter.laCode ?? scope.laCode ?? '')} AND i.pupil_id = ${sql.add(filter.pupilId)}::bigint`);
    } else if (filter.laCode !== undefined) {
      conditions.push(`i.la_code = ${sql.add(filter.laCode)}`);
    }
    if (filter.urn !== undefined) {
      conditions.push(`(i.urn = ${sql.add(filter.urn)}::int OR EXISTS (SELECT 1 FROM enrolment fe WHERE fe.la_code = i.la_code AND fe.pupil_id = i.pupil_id AND fe.urn = ${sql.add(filter.urn)}::int))`);
    }
    if (filter.kinds?.length) conditions.push(`i.kind = ANY(${sql.add(filter.kinds)}::text[])`);
    if (filter.open !== undefined) conditions.push(filter.open ? 'i.closed_on IS NULL' : 'i.closed_on IS NOT NULL');
    if (filter.openedFrom !== undefined) conditions.push(`i.opened_on >= ${sql.add(filter.openedFrom)}::date`);
    if (filter.openedTo !== undefined) conditions.push(`i.opened_on <= ${sql.add(filter.openedTo)}::date`);
    if (filter.parentId !== undefined) {
      if (!ID.test(filter.parentId)) return { items: [], hasNextPage: false, totalCount: 0 };
      conditions.push(`EXISTS (SELECT 1 FROM intervention_parent fp WHERE fp.la_code = i.la_code AND fp.intervention_id = i.id AND fp.parent_id = ${sql.add(filter.parentId)}::bigint)`);
    }
    const where = conditions.join(' AND ');
    const countParams = [...sql.values];
    const after = keysetAfter(KEY, page.after, sql);
    const { rows, total } = await inTransaction(this.dataSource, scope, async (tx) => ({
      rows: (await tx.query(
        `SELECT ${COLUMNS} FROM intervention i WHERE ${where} AND ${after} ORDER BY ${keysetOrder(KEY)} LIMIT ${sql.add(page.first + 1)}`,
        sql.values,
      )) as InterventionRow[],
      total: ((await tx.query(`SELECT count(*)::int AS n FROM intervention i WHERE ${where}`, countParams)) as { n: number }[])[0].n,
    }));
    return pageOf(rows.map(toSummary), page.first, total, (i) => [i.openedOn, i.laCode, i.id]);
  }

  async byId(scope: Scope, laCode: string, id: string): Promise<InterventionSummary | undefined> {
    if (!ID.test(id)) return undefined;
    const sql = new SqlParams();
    const visible = pupilVisibleTo(scope, { laCode: 'i.la_code', pupilId: 'i.pupil_id', urn: 'i.urn' }, sql, todayInEngland());
    const rows = (await inTransaction(this.dataSource, scope, (tx) =>
      tx.query(`SELECT ${COLUMNS} FROM intervention i WHERE i.la_code = ${sql.add(laCode)} AND i.id = ${sql.add(id)}::bigint AND ${visible}`, sql.values),
    )) as InterventionRow[];
    return rows.length === 0 ? undefined : toSummary(rows[0]);
  }

  /** The parents named on each intervention, with their link to the child (a DataLoader batch). */
  async parentsFor(scope: Scope, keys: readonly RecordKey[]): Promise<InterventionParentRecord[][]> {
    const [laCodes, ids] = keyArrays(keys);
    const rows = (await inTransaction(this.dataSource, scope, (tx) =>
      tx.query(
        `SELECT ip.la_code, ip.intervention_id::text AS intervention_id, p.id::text AS id, p.forename, p.surname,
                pp.relationship, pp.parental_responsibility, pp.lives_with
           FROM intervention_parent ip
           JOIN unnest($1::text[], $2::bigint[]) AS k(la_code, id) ON ip.la_code = k.la_code AND ip.intervention_id = k.id
           JOIN intervention i ON i.la_code = ip.la_code AND i.id = ip.intervention_id
           JOIN parent p ON p.la_code = ip.la_code AND p.id = ip.parent_id
           LEFT JOIN pupil_parent pp ON pp.la_code = ip.la_code AND pp.pupil_id = i.pupil_id AND pp.parent_id = ip.parent_id
          ORDER BY ip.parent_id`,
        [laCodes, ids],
      ),
    )) as {
      la_code: string;
      intervention_id: string;
      id: string;
      forename: string;
      surname: string;
      relationship: string | null;
      parental_responsibility: boolean | null;
      lives_with: boolean | null;
    }[];
    return groupBy(keys, rows, (r) => recordKey(r.la_code, r.intervention_id), (r) => ({
      laCode: r.la_code,
      id: r.id,
      forename: r.forename,
      surname: r.surname,
      relationship: r.relationship,
      parentalResponsibility: r.parental_responsibility,
      livesWithChild: r.lives_with,
    }));
  }

  /** Each intervention's state history, oldest first (a DataLoader batch). */
  async eventsFor(scope: Scope, keys: readonly RecordKey[]): Promise<InterventionEventRecord[][]> {
    const [laCodes, ids] = keyArrays(keys);
    const rows = (await inTransaction(this.dataSource, scope, (tx) =>
      tx.query(
        `SELECT e.la_code, e.intervention_id::text AS intervention_id, e.id::text AS id, e.action, e.from_state, e.to_state, e.occurred_on, e.reason,
                e.data, e.recorded_by, e.recorded_at
           FROM intervention_event e JOIN unnest($1::text[], $2::bigint[]) AS k(la_code, id) ON e.la_code = k.la_code AND e.intervention_id = k.id
          ORDER BY e.id`,
        [laCodes, ids],
      ),
    )) as {
      la_code: string;
      intervention_id: string;
      id: string;
      action: string;
      from_state: string | null;
      to_state: string;
      occurred_on: LocalDate;
      reason: string | null;
      data: Record<string, unknown>;
      recorded_by: string;
      recorded_at: Date;
    }[];
    return groupBy(keys, rows, (r) => recordKey(r.la_code, r.intervention_id), (r) => ({
      id: r.id,
      action: r.action,
      fromState: r.from_state,
      toState: r.to_state,
      occurredOn: r.occurred_on,
      reason: r.reason,
      data: r.data,
      recordedBy: r.recorded_by,
      recordedAt: r.recorded_at,
    }));
  }

  /** Payments towards each intervention (penalty notices), oldest first (a DataLoader batch). */
  async paymentsFor(scope: Scope, keys: readonly RecordKey[]): Promise<InterventionPaymentRecord[][]> {
    const [laCodes, ids] = keyArrays(keys);
    const rows = (await inTransaction(this.dataSource, scope, (tx) =>
      tx.query(
        `SELECT p.la_code, p.intervention_id::text AS intervention_id, p.id::text AS id, p.amount_pence, p.paid_on, p.reference
           FROM intervention_payment p JOIN unnest($1::text[], $2::bigint[]) AS k(la_code, id) ON p.la_code = k.la_code AND p.intervention_id = k.id
          ORDER BY p.id`,
        [laCodes, ids],
      ),
    )) as { la_code: string; intervention_id: string; id: string; amount_pence: number; paid_on: LocalDate; reference: string | null }[];
    return groupBy(keys, rows, (r) => recordKey(r.la_code, r.intervention_id), (r) => ({
      id: r.id,
      amountPence: r.amount_pence,
      paidOn: r.paid_on,
      reference: r.reference,
    }));
  }

  /** The documents produced for each intervention, oldest first (a DataLoader batch). */
  async documentsFor(scope: Scope, keys: readonly RecordKey[]): Promise<InterventionDocumentRecord[][]> {
    const [laCodes, ids] = keyArrays(keys);
    const rows = (await inTransaction(this.dataSource, scope, (tx) =>
      tx.query(
        `SELECT d.la_code, d.intervention_id::text AS intervention_id, d.id::text AS id, d.kind, d.title, d.content, d.created_at
           FROM intervention_document d JOIN unnest($1::text[], $2::bigint[]) AS k(la_code, id) ON d.la_code = k.la_code AND d.intervention_id = k.id
          ORDER BY d.id`,
        [laCodes, ids],
      ),
    )) as { la_code: string; intervention_id: string; id: string; kind: string; title: string; content: string; created_at: Date }[];
    return groupBy(keys, rows, (r) => recordKey(r.la_code, r.intervention_id), (r) => ({
      id: r.id,
      kind: r.kind,
      title: r.title,
      content: r.content,
      createdAt: r.created_at,
    }));
  }
}
