import type { LocalDate } from '@rollcall/rules';
import type { InterventionEventRecord, InterventionKind, InterventionPaymentRecord, InterventionRecord } from './intervention-record';

/** An intervention without its parents, events and payments (lists load those per page, through DataLoaders). */
export type InterventionSummary = Omit<InterventionRecord, 'parentIds' | 'events' | 'payments'>;

/** An intervention's own columns, from `intervention i`. */
export const INTERVENTION_COLUMNS = `i.la_code, i.id::text AS id, i.pupil_id::text AS pupil_id, i.urn, i.kind, i.state, i.details, i.opened_on, i.closed_on,
  i.created_by, i.created_at`;

export interface InterventionRow {
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

export function toInterventionSummary(r: InterventionRow): InterventionSummary {
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

/** An event's columns, from `intervention_event e`, with the intervention it belongs to. */
export const EVENT_COLUMNS = `e.la_code, e.intervention_id::text AS intervention_id, e.id::text AS id, e.action, e.from_state, e.to_state, e.occurred_on,
  e.reason, e.data, e.recorded_by, e.recorded_at`;

export interface EventRow {
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
}

export function toEventRecord(e: EventRow): InterventionEventRecord {
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

/** A payment's columns, from `intervention_payment p`, with the intervention it belongs to. */
export const PAYMENT_COLUMNS = `p.la_code, p.intervention_id::text AS intervention_id, p.id::text AS id, p.amount_pence, p.paid_on, p.reference`;

export interface PaymentRow {
  la_code: string;
  intervention_id: string;
  id: string;
  amount_pence: number;
  paid_on: LocalDate;
  reference: string | null;
}

export function toPaymentRecord(p: PaymentRow): InterventionPaymentRecord {
  return { id: p.id, amountPence: p.amount_pence, paidOn: p.paid_on, reference: p.reference };
}
