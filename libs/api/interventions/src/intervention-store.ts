import { Refusal } from '@rollcall/api-core';
import { LocalDate } from '@rollcall/rules';
import { EntityManager } from 'typeorm';
import { InterventionEventRecord, InterventionKind, InterventionPaymentRecord, InterventionRecord } from './intervention-record';

/** One recorded step: the `intervention_event` row written with every change. */
export interface InterventionEventInput {
  readonly action: string;
  readonly fromState: string | null;
  readonly toState: string;
  readonly occurredOn: LocalDate;
  readonly reason?: string;
  readonly data?: Readonly<Record<string, unknown>>;
  readonly recordedBy: string;
}

export interface NewIntervention {
  readonly laCode: string;
  readonly pupilId: string;
  readonly urn: number | null;
  readonly kind: InterventionKind;
  readonly state: string;
  readonly details: object;
  readonly openedOn: LocalDate;
  readonly closedOn?: LocalDate;
  readonly parentIds: readonly string[];
  readonly createdBy: string;
  readonly event: Omit<InterventionEventInput, 'toState' | 'recordedBy'>;
}

async function insertEvent(tx: EntityManager, laCode: string, interventionId: string, e: InterventionEventInput): Promise<void> {
  await tx.query(
    `INSERT INTO intervention_event (la_code, intervention_id, action, from_state, to_state, occurred_on, reason, data, recorded_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [laCode, interventionId, e.action, e.fromState, e.toState, e.occurredOn, e.reason ?? null, JSON.stringify(e.data ?? {}), e.recordedBy],
  );
}

/** Writes a new intervention with its parents and its first event; returns its id. */
export async function insertIntervention(tx: EntityManager, n: NewIntervention): Promise<string> {
  const rows = (await tx.query(
    `INSERT INTO intervention (la_code, pupil_id, urn, kind, state, details, opened_on, closed_on, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id::text AS id`,
    [n.laCode, n.pupilId, n.urn, n.kind, n.state, JSON.stringify(n.details), n.openedOn, n.closedOn ?? null, n.createdBy],
  )) as { id: string }[];
  const id = rows[0].id;
  if (n.parentIds.length > 0) {
    await tx.query(
      `INSERT INTO intervention_parent (la_code, intervention_id, parent_id) SELECT $1, $2, unnest($3::bigint[]) ON CONFLICT DO NOTHING`,
      [n.laCode, id, n.parentIds],
    );
  }
  await insertEvent(tx, n.laCode, id, { ...n.event, toState: n.state, recordedBy: n.createdBy });
  return id;
}

export interface InterventionChange {
  readonly state: string;
  readonly details: object;
  readonly closedOn: LocalDate | null;
  readonly event: InterventionEventInput;
}

/** Stores the new state and details and the event that records the change. */
export async function saveInterventionChange(tx: EntityManager, laCode: string, id: string, change: InterventionChange): Promise<void> {
  await tx.query(`UPDATE intervention SET state = $3, details = $4, closed_on = $5 WHERE la_code = $1 AND id = $2`, [
    laCode,
    id,
    change.state,
    JSON.stringify(change.details),
    change.closedOn,
  ]);
  await insertEvent(tx, laCode, id, change.event);
}

export async function insertPayment(
  tx: EntityManager,
  laCode: string,
  interventionId: string,
  payment: { readonly amountPence: number; readonly paidOn: LocalDate; readonly reference?: string },
): Promise<void> {
  await tx.query(`INSERT INTO intervention_payment (la_code, intervention_id, amount_pence, paid_on, reference) VALUES ($1, $2, $3, $4, $5)`, [
    laCode,
    interventionId,
    payment.amountPence,
    payment.paidOn,
    payment.reference ?? null,
  ]);
}

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

interface EventRow {
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
}

/** Interventions with their parents, events and payments, matching `condition` on the `intervention i` row. */
export async function readInterventions(
  tx: EntityManager,
  laCode: string,
  condition: string,
  params: readonly unknown[],
  lock = false,
): Promise<InterventionRecord[]> {
  const rows = (await tx.query(
    `SELECT i.la_code, i.id::text AS id, i.pupil_id::text AS pupil_id, i.urn, i.kind, i.state, i.details, i.opened_on, i.closed_on,
            i.created_by, i.created_at
       FROM intervention i WHERE i.la_code = $1 AND ${condition} ORDER BY i.opened_on, i.id${lock ? ' FOR UPDATE' : ''}`,
    [laCode, ...params],
  )) as InterventionRow[];
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const parents = (await tx.query(
    `SELECT intervention_id::text AS intervention_id, parent_id::text AS parent_id FROM intervention_parent
      WHERE la_code = $1 AND intervention_id = ANY($2::bigint[]) ORDER BY intervention_parent.parent_id`,
    [laCode, ids],
  )) as { intervention_id: string; parent_id: string }[];
  const events = (await tx.query(
    `SELECT intervention_id::text AS intervention_id, id::text AS id, action, from_state, to_state, occurred_on, reason, data, recorded_by, recorded_at
       FROM intervention_event WHERE la_code = $1 AND intervention_id = ANY($2::bigint[]) ORDER BY intervention_event.id`,
    [laCode, ids],
  )) as EventRow[];
  const payments = (await tx.query(
    `SELECT intervention_id::text AS intervention_id, id::text AS id, amount_pence, paid_on, reference FROM intervention_payment
      WHERE la_code = $1 AND intervention_id = ANY($2::bigint[]) ORDER BY intervention_payment.id`,
    [laCode, ids],
  )) as { intervention_id: string; id: string; amount_pence: number; paid_on: LocalDate; reference: string | null }[];
  return rows.map(
    (r) =>
      ({
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
        parentIds: parents.filter((p) => p.intervention_id === r.id).map((p) => p.parent_id),
        events: events.filter((e) => e.intervention_id === r.id).map(toEventRecord),
        payments: payments
          .filter((p) => p.intervention_id === r.id)
          .map((p): InterventionPaymentRecord => ({ id: p.id, amountPence: p.amount_pence, paidOn: p.paid_on, reference: p.reference })),
      }) as unknown as InterventionRecord,
  );
}

function toEventRecord(e: EventRow): InterventionEventRecord {
  return {
    id: e.id,
    action: e.action,
    fromState: e.from_state,
    toState: e.to_state,
    occurredOn: e.occurred_on,
    reason: e.reason,
    data: e.data,
    recordedBy: e.recorded_by,
    recordedAt: e.recorded_at,
  };
}

/** The intervention, locked for the rest of the transaction; refuses when the LA holds no such intervention. */
export async function lockIntervention(tx: EntityManager, laCode: string, id: string): Promise<InterventionRecord> {
  if (!/^\d{1,19}$/.test(id)) throw new Refusal('UNKNOWN_INTERVENTION', `"${id}" is not an intervention id.`, { interventionId: id });
  const [found] = await readInterventions(tx, laCode, 'i.id = $2', [id], true);
  if (!found) throw new Refusal('UNKNOWN_INTERVENTION', `LA ${laCode} holds no intervention with id ${id}.`, { laCode, interventionId: id });
  return found;
}
