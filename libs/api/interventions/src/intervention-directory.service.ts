import { Page, PageRequest, RecordKey, RecordRows, Scope, SqlParams, emptyPage, keysetItem, keysetPage, newestFirstList, rowsOfRecords } from '@rollcall/api-core';
import { pupilVisibleTo, todayInEngland } from '@rollcall/api-pupils';
import { LocalDate } from '@rollcall/rules';
import { DataSource } from 'typeorm';
import { InterventionEventRecord, InterventionKind, InterventionPaymentRecord } from './intervention-record';
import {
  EVENT_COLUMNS,
  EventRow,
  INTERVENTION_COLUMNS,
  InterventionRow,
  InterventionSummary,
  PAYMENT_COLUMNS,
  PaymentRow,
  toEventRecord,
  toInterventionSummary,
  toPaymentRecord,
} from './intervention-row';

export type { InterventionSummary } from './intervention-row';

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

const INTERVENTION_PARENTS: RecordRows<ParentRow, InterventionParentRecord> = {
  select: `ip.la_code, p.id::text AS id, p.forename, p.surname, pp.relationship, pp.parental_responsibility, pp.lives_with`,
  from: `intervention_parent ip
           JOIN intervention i ON i.la_code = ip.la_code AND i.id = ip.intervention_id
           JOIN parent p ON p.la_code = ip.la_code AND p.id = ip.parent_id
           LEFT JOIN pupil_parent pp ON pp.la_code = ip.la_code AND pp.pupil_id = i.pupil_id AND pp.parent_id = ip.parent_id`,
  belongsTo: { laCode: 'ip.la_code', id: 'ip.intervention_id' },
  orderBy: 'ip.parent_id',
  toItem: (r) => ({
    laCode: r.la_code,
    id: r.id,
    forename: r.forename,
    surname: r.surname,
    relationship: r.relationship,
    parentalResponsibility: r.parental_responsibility,
    livesWithChild: r.lives_with,
  }),
};

const INTERVENTION_EVENTS: RecordRows<EventRow, InterventionEventRecord> = {
  select: EVENT_COLUMNS,
  from: 'intervention_event e',
  belongsTo: { laCode: 'e.la_code', id: 'e.intervention_id' },
  orderBy: 'e.id',
  toItem: toEventRecord,
};

const INTERVENTION_PAYMENTS: RecordRows<PaymentRow, InterventionPaymentRecord> = {
  select: PAYMENT_COLUMNS,
  from: 'intervention_payment p',
  belongsTo: { laCode: 'p.la_code', id: 'p.intervention_id' },
  orderBy: 'p.id',
  toItem: toPaymentRecord,
};

const INTERVENTION_DOCUMENTS: RecordRows<DocumentRow, InterventionDocumentRecord> = {
  select: 'd.id::text AS id, d.kind, d.title, d.content, d.created_at',
  from: 'intervention_document d',
  belongsTo: { laCode: 'd.la_code', id: 'd.intervention_id' },
  orderBy: 'd.id',
  toItem: (r) => ({ id: r.id, kind: r.kind, title: r.title, content: r.content, createdAt: r.created_at }),
};

interface ParentRow {
  la_code: string;
  id: string;
  forename: string;
  surname: string;
  relationship: string | null;
  parental_responsibility: boolean | null;
  lives_with: boolean | null;
}

interface DocumentRow {
  id: string;
  kind: string;
  title: string;
  content: string;
  created_at: Date;
}

/** Interventions are the child's casework: visible with the child, and to school staff only their own schools' (`pupilVisibleTo`). */
function interventionVisibleTo(scope: Scope, sql: SqlParams): string {
  return pupilVisibleTo(scope, { laCode: 'i.la_code', pupilId: 'i.pupil_id', urn: 'i.urn' }, sql, todayInEngland());
}

/** Interventions newest first. */
const INTERVENTION_LIST = newestFirstList<InterventionRow, InterventionSummary>('intervention i', 'opened_on', INTERVENTION_COLUMNS, toInterventionSummary);

/**
 * Reading legal interventions as the caller may see them (`pupilVisibleTo`: the school's pupils, the LA's, the
 * Virtual School's children): a page at a time, newest first, and the parents, events, payments and documents of a
 * whole page in one statement each. Each read is one transaction with the caller's scope.
 */
export class InterventionDirectory {
  constructor(private readonly dataSource: DataSource) {}

  async list(scope: Scope, filter: InterventionFilter, page: PageRequest): Promise<Page<InterventionSummary>> {
    const sql = new SqlParams();
    const conditions = [interventionVisibleTo(scope, sql)];
    if (filter.pupilId !== undefined) {
      if (!ID.test(filter.pupilId)) return emptyPage();
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
      if (!ID.test(filter.parentId)) return emptyPage();
      conditions.push(`EXISTS (SELECT 1 FROM intervention_parent fp WHERE fp.la_code = i.la_code AND fp.intervention_id = i.id AND fp.parent_id = ${sql.add(filter.parentId)}::bigint)`);
    }
    return keysetPage(this.dataSource, scope, INTERVENTION_LIST, conditions.join(' AND '), sql, page);
  }

  byId(scope: Scope, laCode: string, id: string): Promise<InterventionSummary | undefined> {
    return keysetItem(this.dataSource, scope, INTERVENTION_LIST, { laCode, id }, (sql) => interventionVisibleTo(scope, sql));
  }

  /** The parents named on each intervention, with their link to the child (a DataLoader batch). */
  parentsFor(scope: Scope, keys: readonly RecordKey[]): Promise<InterventionParentRecord[][]> {
    return rowsOfRecords(this.dataSource, scope, INTERVENTION_PARENTS, keys);
  }

  /** Each intervention's state history, oldest first (a DataLoader batch). */
  eventsFor(scope: Scope, keys: readonly RecordKey[]): Promise<InterventionEventRecord[][]> {
    return rowsOfRecords(this.dataSource, scope, INTERVENTION_EVENTS, keys);
  }

  /** Payments towards each intervention (penalty notices), oldest first (a DataLoader batch). */
  paymentsFor(scope: Scope, keys: readonly RecordKey[]): Promise<InterventionPaymentRecord[][]> {
    return rowsOfRecords(this.dataSource, scope, INTERVENTION_PAYMENTS, keys);
  }

  /** The documents produced for each intervention, oldest first (a DataLoader batch). */
  documentsFor(scope: Scope, keys: readonly RecordKey[]): Promise<InterventionDocumentRecord[][]> {
    return rowsOfRecords(this.dataSource, scope, INTERVENTION_DOCUMENTS, keys);
  }
}
