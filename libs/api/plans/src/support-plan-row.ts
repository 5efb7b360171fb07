import type { LocalDate } from '@rollcall/rules';
import type { SupportPlanAction, SupportPlanKind, SupportPlanRecord, SupportPlanReview, SupportPlanReviewOutcome, SupportPlanStatus } from './support-plan-record';

/** A plan without its actions and reviews (lists load those per page, through DataLoaders). */
export type SupportPlanSummary = Omit<SupportPlanRecord, 'actions' | 'reviews'>;

/** A plan's own columns, from `support_plan p`. */
export const PLAN_COLUMNS = `p.la_code, p.id::text AS id, p.pupil_id::text AS pupil_id, p.urn, p.kind, p.status, p.starts_on, p.review_on, p.ends_on,
  p.barriers, p.child_views, p.parent_views, p.created_by, p.created_at`;

export interface PlanRow {
  la_code: string;
  id: string;
  pupil_id: string;
  urn: number | null;
  kind: SupportPlanKind;
  status: SupportPlanStatus;
  starts_on: LocalDate;
  review_on: LocalDate | null;
  ends_on: LocalDate | null;
  barriers: string[];
  child_views: string | null;
  parent_views: string | null;
  created_by: string;
  created_at: Date;
}

export function toPlanSummary(r: PlanRow): SupportPlanSummary {
  return {
    laCode: r.la_code,
    id: r.id,
    pupilId: r.pupil_id,
    urn: r.urn,
    kind: r.kind,
    status: r.status,
    startsOn: r.starts_on,
    reviewOn: r.review_on,
    endsOn: r.ends_on,
    barriers: r.barriers,
    childViews: r.child_views,
    parentViews: r.parent_views,
    createdBy: r.created_by,
    createdAt: r.created_at,
  };
}

/** An action's columns, from `support_plan_action a`, with the plan it belongs to. */
export const ACTION_COLUMNS = `a.la_code, a.plan_id::text AS plan_id, a.id::text AS id, a.description, a.owner, a.due_on, a.done_on`;

export interface ActionRow {
  la_code: string;
  plan_id: string;
  id: string;
  description: string;
  owner: string;
  due_on: LocalDate | null;
  done_on: LocalDate | null;
}

export function toPlanAction(a: ActionRow): SupportPlanAction {
  return { id: a.id, description: a.description, owner: a.owner, dueOn: a.due_on, doneOn: a.done_on };
}

/** A review's columns, from `support_plan_review r`, with the plan it belongs to. */
export const REVIEW_COLUMNS = `r.la_code, r.plan_id::text AS plan_id, r.id::text AS id, r.reviewed_on, r.notes, r.outcome, r.reviewed_by`;

export interface ReviewRow {
  la_code: string;
  plan_id: string;
  id: string;
  reviewed_on: LocalDate;
  notes: string;
  outcome: SupportPlanReviewOutcome;
  reviewed_by: string;
}

export function toPlanReview(r: ReviewRow): SupportPlanReview {
  return { id: r.id, reviewedOn: r.reviewed_on, notes: r.notes, outcome: r.outcome, reviewedBy: r.reviewed_by };
}
