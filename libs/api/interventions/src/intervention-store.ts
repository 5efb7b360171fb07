import { Refusal } from '@rollcall/api-core';
import { LocalDate } from '@rollcall/rules';
import { EntityManager } from 'typeorm';
import { InterventionKind, InterventionRecord } from './intervention-record';
import { EVENT_COLUMNS, EventRow, INTERVENTION_COLUMNS, InterventionRow, PAYMENT_COLUMNS, PaymentRow, toEventRecord, toInterventionSummary, toPaymentRecord } from './intervention-row';

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

/** Interventions with their parents, events and payments, matching `condition` on the `intervention i` row. */
export async function readInterventions(
  tx: EntityManager,
  laCode: string,
  condition: string,
  params: readonly unknown[],
  lock = false,
): Promise<InterventionRecord[]> {
  const rows = (await tx.query(
    `SELECT ${INTERVENTION_COLUMNS} FROM intervention i WHERE i.la_code = $1 AND ${condition} ORDER BY i.opened_on, i.id${lock ? ' FOR UPDATE' : ''}`,
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
    `SELECT ${EVENT_COLUMNS} FROM intervention_event e WHERE e.la_code = $1 AND e.intervention_id = ANY($2::bigint[]) ORDER BY e.id`,
    [laCode, ids],
  )) as EventRow[];
  const payments = (await tx.query(
    `SELECT ${PAYMENT_COLUMNS} FROM intervention_payment p WHERE p.la_code = $1 AND p.intervention_id = ANY($2::bigint[]) ORDER BY p.id`,
    [laCode, ids],
  )) as PaymentRow[];
  return rows.map(
    (r) =>
      ({
        ...toInterventionSummary(r),
        parentIds: parents.filter((p) => p.intervention_id === r.id).map((p) => p.parent_id),
        events: events.filter((e) => e.intervention_id === r.id).map(toEventRecord),
        payments: payments.filter((p) => p.intervention_id === r.id).map(toPaymentRecord),
      }) as unknown as InterventionRecord,
  );
}

/** The intervention, locked for the rest of the transaction; refuses when the LA holds no such intervention. */
export async function lockIntervention(tx: EntityManager, laCode: string, id: string): Promise<InterventionRecord> {
  if (!/^\d{1,19}$/.test(id)) throw new Refusal('UNKNOWN_INTERVENTION', `"${id}" is not an intervention id.`, { interventionId: id });
  const [found] = await readInterventions(tx, laCode, 'i.id = $2', [id], true);
  if (!found) throw new Refusal('UNKNOWN_INTERVENTION', `LA ${laCode} holds no intervention with id ${id}.`, { laCode, interventionId: id });
  return found;
}
