import { AuditEntry, Refusal, Scope, SqlParams, inTransaction, writeAudit } from '@rollcall/api-core';
import { pupilVisibleTo, todayInEngland } from '@rollcall/api-pupils';
import { isLocalDate, LocalDate, supportPlanDatesCheck, SupportPlanDatesProblem } from '@rollcall/rules';
import { DataSource, EntityManager } from 'typeorm';
import {
  ActivateSupportPlanInput,
  AddSupportPlanActionInput,
  CloseSupportPlanInput,
  CompleteSupportPlanActionInput,
  CreateSupportPlanInput,
  RecordSupportPlanReviewInput,
  SUPPORT_PLAN_KINDS,
  SUPPORT_PLAN_REVIEW_OUTCOMES,
  SupportPlanRecord,
} from './support-plan-record';
import { ACTION_COLUMNS, ActionRow, PLAN_COLUMNS, PlanRow, REVIEW_COLUMNS, ReviewRow, toPlanAction, toPlanReview, toPlanSummary } from './support-plan-row';

const DATE_MESSAGES: Readonly<Record<SupportPlanDatesProblem, string>> = {
  ENDS_BEFORE_START: 'The plan cannot end before it starts.',
  REVIEW_BEFORE_START: 'The review date cannot be before the plan starts.',
  PART_TIME_TIMETABLE_NEEDS_END_DATE: 'A part-time timetable must be time-limited: give the date it ends.',
  PART_TIME_TIMETABLE_NEEDS_REVIEW_DATE: 'A part-time timetable must be formally reviewed: give the date of its next review.',
  PART_TIME_TIMETABLE_REVIEW_AFTER_END: 'Review the part-time timetable on or before the date it ends.',
};

const ID = /^\d{1,19}$/;

function requireDate(value: unknown, field: string): LocalDate {
  if (typeof value !== 'string' || !isLocalDate(value)) throw new Refusal('INVALID_DATE', `${field} must be a date in the form YYYY-MM-DD.`, { field });
  return value;
}

function optionalDate(value: unknown, field: string): LocalDate | undefined {
  return value === undefined || value === null ? undefined : requireDate(value, field);
}

function requireText(value: unknown, field: string, what: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new Refusal('INVALID_INPUT', `Enter ${what}.`, { field });
  return value.trim();
}

function checkDates(plan: { kind: string; startsOn: LocalDate; reviewOn?: LocalDate | null; endsOn?: LocalDate | null }): void {
  const check = supportPlanDatesCheck(plan);
  if (!check.allowed) throw new Refusal(check.reason, DATE_MESSAGES[check.reason], check.detail);
}

/** School staff act on their own schools' plans; LA officers, LA admins and the Virtual School on any plan in their LA. */
function mayAct(scope: Scope, laCode: string, urn: number | null | undefined): void {
  if (scope.role === 'SYSTEM') return;
  if (scope.laCode === laCode) {
    if (scope.role === 'LA_OFFICER' || scope.role === 'LA_ADMIN' || scope.role === 'VIRTUAL_SCHOOL') return;
    if (scope.role === 'SCHOOL_STAFF' && urn != null && scope.urns?.includes(urn)) return;
  }
  throw new Refusal('NOT_PERMITTED', `Only the school's own staff or LA ${laCode}'s officers can change this plan.`, { laCode, urn });
}

/**
 * Support plans (domain §12, §13, §17.1): School Attendance Plans, early help, child in need and child protection
 * plans, Personal Education Plans and part-time timetables, with their actions and reviews. Each write is one
 * transaction and returns the plan as it now stands.
 */
export class SupportPlanService {
  constructor(private readonly dataSource: DataSource) {}

  async createPlan(scope: Scope, input: CreateSupportPlanInput): Promise<SupportPlanRecord> {
    const { laCode, pupilId } = input;
    if (!SUPPORT_PLAN_KINDS.includes(input.kind)) {
      throw new Refusal('INVALID_INPUT', `"${input.kind}" is not a kind of plan; use one of ${SUPPORT_PLAN_KINDS.join(', ')}.`, { field: 'kind' });
    }
    const startsOn = requireDate(input.startsOn, 'startsOn');
    const reviewOn = optionalDate(input.reviewOn, 'reviewOn');
    const endsOn = optionalDate(input.endsOn, 'endsOn');
    checkDates({ kind: input.kind, startsOn, reviewOn, endsOn });
    if (!Array.isArray(input.barriers) || input.barriers.some((b) => typeof b !== 'string' || b.trim() === '')) {
      throw new Refusal('INVALID_INPUT', 'List the barriers to attendance the plan addresses, each as a short description.', { field: 'barriers' });
    }
    mayAct(scope, laCode, input.urn);
    return inTransaction(this.dataSource, scope, async (tx) => {
      await requirePupil(tx, laCode, pupilId);
      await requireVirtualSchoolChild(tx, scope, laCode, pupilId);
      if (input.urn !== undefined) await requireOnRoll(tx, laCode, pupilId, input.urn, startsOn);
      const rows = (await tx.query(
        `INSERT INTO support_plan (la_code, pupil_id, urn, kind, status, starts_on, review_on, ends_on, barriers, child_views, parent_views, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id::text AS id`,
        [
          laCode,
          pupilId,
          input.urn ?? null,
          input.kind,
          input.draft ? 'DRAFT' : 'ACTIVE',
          startsOn,
          reviewOn ?? null,
          endsOn ?? null,
          JSON.stringify(input.barriers.map((b) => b.trim())),
          input.childViews?.trim() || null,
          input.parentViews?.trim() || null,
          scope.actor.label,
        ],
      )) as { id: string }[];
      await audit(tx, scope, 'CREATE', { laCode, id: rows[0].id, pupilId });
      return this.reload(tx, laCode, rows[0].id);
    });
  }

  /** A draft plan, agreed with the family, becomes active. */
  async activatePlan(scope: Scope, input: ActivateSupportPlanInput): Promise<SupportPlanRecord> {
    return inTransaction(this.dataSource, scope, async (tx) => {
      const plan = await lockPlan(tx, scope, input.laCode, input.planId);
      if (plan.status !== 'DRAFT') throw new Refusal('PLAN_NOT_DRAFT', `The plan is already ${plan.status.toLowerCase()}.`, { status: plan.status });
      await tx.query(`UPDATE support_plan SET status = 'ACTIVE' WHERE la_code = $1 AND id = $2`, [input.laCode, plan.id]);
      await audit(tx, scope, 'UPDATE', plan);
      return this.reload(tx, input.laCode, plan.id);
    });
  }

  async addAction(scope: Scope, input: AddSupportPlanActionInput): Promise<SupportPlanRecord> {
    const description = requireText(input.description, 'description', 'what will be done');
    const owner = requireText(input.owner, 'owner', 'who will do it');
    const dueOn = optionalDate(input.dueOn, 'dueOn');
    return inTransaction(this.dataSource, scope, async (tx) => {
      const plan = await lockPlan(tx, scope, input.laCode, input.planId);
      requireOpen(plan);
      await tx.query(`INSERT INTO support_plan_action (la_code, plan_id, description, owner, due_on) VALUES ($1, $2, $3, $4, $5)`, [
        input.laCode,
        plan.id,
        description,
        owner,
        dueOn ?? null,
      ]);
      await audit(tx, scope, 'UPDATE', plan);
      return this.reload(tx, input.laCode, plan.id);
    });
  }

  async completeAction(scope: Scope, input: CompleteSupportPlanActionInput): Promise<SupportPlanRecord> {
    const doneOn = requireDate(input.doneOn, 'doneOn');
    if (!ID.test(input.actionId)) throw new Refusal('UNKNOWN_ACTION', `"${input.actionId}" is not an action id.`, { actionId: input.actionId });
    return inTransaction(this.dataSource, scope, async (tx) => {
      const actions = (await tx.query(
        `SELECT plan_id::text AS plan_id, done_on FROM support_plan_action WHERE la_code = $1 AND id = $2`,
        [input.laCode, input.actionId],
      )) as { plan_id: string; done_on: LocalDate | null }[];
      if (actions.length === 0) throw new Refusal('UNKNOWN_ACTION', `LA ${input.laCode} holds no plan action with id ${input.actionId}.`, { actionId: input.actionId });
      const plan = await lockPlan(tx, scope, input.laCode, actions[0].plan_id);
      requireOpen(plan);
      if (actions[0].done_on !== null) {
        throw new Refusal('ACTION_ALREADY_DONE', `The action was already recorded as done on ${actions[0].done_on}.`, { doneOn: actions[0].done_on });
      }
      await tx.query(`UPDATE support_plan_action SET done_on = $3 WHERE la_code = $1 AND id = $2`, [input.laCode, input.actionId, doneOn]);
      await audit(tx, scope, 'UPDATE', plan);
      return this.reload(tx, input.laCode, plan.id);
    });
  }

  // domain §13 (part-time timetables: regular formal reviews), §17.1: a review continues, adjusts, escalates or closes the plan
  async recordReview(scope: Scope, input: RecordSupportPlanReviewInput): Promise<SupportPlanRecord> {
    const reviewedOn = requireDate(input.reviewedOn, 'reviewedOn');
    const nextReviewOn = optionalDate(input.nextReviewOn, 'nextReviewOn');
    const newEnd = optionalDate(input.endsOn, 'endsOn');
    const notes = requireText(input.notes, 'notes', 'what the review found');
    if (!SUPPORT_PLAN_REVIEW_OUTCOMES.includes(input.outcome)) {
      throw new Refusal('INVALID_INPUT', `Say what the review decided: one of ${SUPPORT_PLAN_REVIEW_OUTCOMES.join(', ')}.`, { field: 'outcome' });
    }
    return inTransaction(this.dataSource, scope, async (tx) => {
      const plan = await lockPlan(tx, scope, input.laCode, input.planId);
      requireOpen(plan);
      if (reviewedOn < plan.startsOn) throw new Refusal('REVIEW_BEFORE_START', `The plan started on ${plan.startsOn}; a review cannot be earlier.`, { field: 'reviewedOn' });
      const closing = input.outcome === 'CLOSE';
      const endsOn = closing ? reviewedOn : (newEnd ?? plan.endsOn);
      const reviewOn = closing ? null : (nextReviewOn ?? null);
      if (!closing) checkDates({ kind: plan.kind, startsOn: plan.startsOn, reviewOn: reviewOn ?? undefined, endsOn });
      if (reviewOn !== null && reviewOn <= reviewedOn) {
        throw new Refusal('NEXT_REVIEW_NOT_AFTER_REVIEW', 'The next review must be after this one.', { field: 'nextReviewOn' });
      }
      await tx.query(
        `INSERT INTO support_plan_review (la_code, plan_id, reviewed_on, notes, outcome, reviewed_by) VALUES ($1, $2, $3, $4, $5, $6)`,
        [input.laCode, plan.id, reviewedOn, notes, input.outcome, scope.actor.label],
      );
      await tx.query(
        `UPDATE support_plan SET review_on = $3, ends_on = $4, status = CASE WHEN $5 THEN 'CLOSED' ELSE status END WHERE la_code = $1 AND id = $2`,
        [input.laCode, plan.id, reviewOn, endsOn, closing],
      );
      await audit(tx, scope, 'UPDATE', plan);
      return this.reload(tx, input.laCode, plan.id);
    });
  }

  async closePlan(scope: Scope, input: CloseSupportPlanInput): Promise<SupportPlanRecord> {
    const closedOn = requireDate(input.closedOn, 'closedOn');
    return inTransaction(this.dataSource, scope, async (tx) => {
      const plan = await lockPlan(tx, scope, input.laCode, input.planId);
      requireOpen(plan);
      if (closedOn < plan.startsOn) throw new Refusal('ENDS_BEFORE_START', `The plan started on ${plan.startsOn}; it cannot close earlier.`, { field: 'closedOn' });
      await tx.query(`UPDATE support_plan SET status = 'CLOSED', ends_on = $3, review_on = NULL WHERE la_code = $1 AND id = $2`, [input.laCode, plan.id, closedOn]);
      await audit(tx, scope, 'UPDATE', plan);
      return this.reload(tx, input.laCode, plan.id);
    });
  }

  /** Every plan for the pupil, oldest first, with actions and reviews. */
  async plansForPupil(tx: EntityManager, laCode: string, pupilId: string): Promise<SupportPlanRecord[]> {
    if (!ID.test(pupilId)) return [];
    return readPlans(tx, laCode, 'p.pupil_id = $2', [pupilId]);
  }

  async planById(tx: EntityManager, laCode: string, planId: string): Promise<SupportPlanRecord | undefined> {
    if (!ID.test(planId)) return undefined;
    const [plan] = await readPlans(tx, laCode, 'p.id = $2', [planId]);
    return plan;
  }

  private async reload(tx: EntityManager, laCode: string, id: string): Promise<SupportPlanRecord> {
    const [plan] = await readPlans(tx, laCode, 'p.id = $2', [id]);
    return plan;
  }
}

/** Every change to a plan is audited in its own transaction. */
async function audit(tx: EntityManager, scope: Scope, action: AuditEntry['action'], plan: { laCode: string; id: string; pupilId: string }): Promise<void> {
  await writeAudit(tx, scope, [{ laCode: plan.laCode, action, entity: 'SupportPlan', entityId: plan.id, pupilId: plan.pupilId }]);
}

/** domain §11, §17.2: the Virtual School works with children with a social worker, so it plans only for them. */
async function requireVirtualSchoolChild(tx: EntityManager, scope: Scope, laCode: string, pupilId: string): Promise<void> {
  if (scope.role !== 'VIRTUAL_SCHOOL') return;
  const sql = new SqlParams();
  const la = sql.add(laCode);
  const id = sql.add(pupilId);
  const visible = pupilVisibleTo(scope, { laCode: 'p.la_code', pupilId: 'p.id' }, sql, todayInEngland());
  const rows = (await tx.query(`SELECT 1 FROM pupil p WHERE p.la_code = ${la} AND p.id = ${id}::bigint AND ${visible}`, sql.values)) as unknown[];
  if (rows.length === 0) {
    throw new Refusal('NOT_PERMITTED', 'The Virtual School plans only for children with a social worker (in need, on a protection plan, looked after or previously looked after).', {
      pupilId,
    });
  }
}

function requireOpen(plan: SupportPlanRecord): void {
  if (plan.status === 'CLOSED') throw new Refusal('PLAN_CLOSED', `The plan closed on ${plan.endsOn}; start a new plan instead.`, { endsOn: plan.endsOn });
}

async function requirePupil(tx: EntityManager, laCode: string, pupilId: string): Promise<void> {
  const found = ID.test(pupilId) ? ((await tx.query(`SELECT 1 FROM pupil WHERE la_code = $1 AND id = $2`, [laCode, pupilId])) as unknown[]) : [];
  if (found.length === 0) throw new Refusal('UNKNOWN_PUPIL', `LA ${laCode} holds no pupil with id ${pupilId}.`, { laCode, pupilId });
}

async function requireOnRoll(tx: EntityManager, laCode: string, pupilId: string, urn: number, on: LocalDate): Promise<void> {
  const rows = (await tx.query(
    `SELECT 1 FROM enrolment WHERE la_code = $1 AND pupil_id = $2 AND urn = $3 AND admitted_on <= $4 AND (left_on IS NULL OR left_on >= $4)`,
    [laCode, pupilId, urn, on],
  )) as unknown[];
  if (rows.length === 0) throw new Refusal('PUPIL_NOT_ON_ROLL', `Pupil ${pupilId} is not on the roll of school ${urn} on ${on}.`, { pupilId, urn, on });
}

async function lockPlan(tx: EntityManager, scope: Scope, laCode: string, planId: string): Promise<SupportPlanRecord> {
  const [plan] = ID.test(planId) ? await readPlans(tx, laCode, 'p.id = $2', [planId], true) : [];
  if (!plan) throw new Refusal('UNKNOWN_PLAN', `LA ${laCode} holds no support plan with id ${planId}.`, { laCode, planId });
  mayAct(scope, laCode, plan.urn);
  await requireVirtualSchoolChild(tx, scope, laCode, plan.pupilId);
  return plan;
}

async function readPlans(tx: EntityManager, laCode: string, condition: string, params: readonly unknown[], lock = false): Promise<SupportPlanRecord[]> {
  const plans = (await tx.query(
    `SELECT ${PLAN_COLUMNS} FROM support_plan p WHERE p.la_code = $1 AND ${condition} ORDER BY p.starts_on, p.id${lock ? ' FOR UPDATE' : ''}`,
    [laCode, ...params],
  )) as PlanRow[];
  if (plans.length === 0) return [];
  const ids = plans.map((p) => p.id);
  const actions = (await tx.query(
    `SELECT ${ACTION_COLUMNS} FROM support_plan_action a WHERE a.la_code = $1 AND a.plan_id = ANY($2::bigint[]) ORDER BY a.id`,
    [laCode, ids],
  )) as ActionRow[];
  const reviews = (await tx.query(
    `SELECT ${REVIEW_COLUMNS} FROM support_plan_review r WHERE r.la_code = $1 AND r.plan_id = ANY($2::bigint[]) ORDER BY r.reviewed_on, r.id`,
    [laCode, ids],
  )) as ReviewRow[];
  return plans.map((p) => ({
    ...toPlanSummary(p),
    actions: actions.filter((a) => a.plan_id === p.id).map(toPlanAction),
    reviews: reviews.filter((r) => r.plan_id === p.id).map(toPlanReview),
  }));
}
