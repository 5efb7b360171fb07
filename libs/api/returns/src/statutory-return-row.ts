import type { LocalDate } from '@rollcall/rules';
import type { StatutoryReturnKind, StatutoryReturnRecord, StatutoryReturnStatus } from './statutory-return-record';

/** A return without its pupils (loaded a page at a time per return). */
export type StatutoryReturnSummary = Omit<StatutoryReturnRecord, 'pupils'>;

/** A return's own columns, from `statutory_return r`. */
export const RETURN_COLUMNS = `r.la_code, r.id::text AS id, r.kind, r.urn, r.period_start, r.period_end, r.due_on, r.status, r.content, r.idempotency_key,
  r.submitted_at, r.submitted_by, r.acknowledged_at, r.acknowledged_by`;

export interface ReturnRow {
  la_code: string;
  id: string;
  kind: StatutoryReturnKind;
  urn: number;
  period_start: LocalDate | null;
  period_end: LocalDate | null;
  due_on: LocalDate;
  status: StatutoryReturnStatus;
  content: Record<string, unknown>;
  idempotency_key: string | null;
  submitted_at: Date | null;
  submitted_by: string | null;
  acknowledged_at: Date | null;
  acknowledged_by: string | null;
}

export function toReturnSummary(r: ReturnRow): StatutoryReturnSummary {
  return {
    laCode: r.la_code,
    id: r.id,
    kind: r.kind,
    urn: r.urn,
    periodStart: r.period_start,
    periodEnd: r.period_end,
    dueOn: r.due_on,
    status: r.status,
    content: r.content,
    idempotencyKey: r.idempotency_key,
    submittedAt: r.submitted_at,
    submittedBy: r.submitted_by,
    acknowledgedAt: r.acknowledged_at,
    acknowledgedBy: r.acknowledged_by,
  };
}
