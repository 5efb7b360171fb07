import { Refusal, Scope } from '@rollcall/api-core';
import { LocalDate, PenaltyNotice, Prosecution, ProsecutionEvent, ProsecutionEvidenceItem, prosecutionTransition } from '@rollcall/rules';
import { EntityManager } from 'typeorm';
import { InterventionOf } from './intervention-record';
import { readInterventions } from './intervention-store';
import { StepContext, StepOutcome, allowedOrRefuse, detailsAfter, recordOf } from './step-context';

type LayEvent = Extract<ProsecutionEvent, { type: 'LAY_INFORMATION' }>;

/** Who is laying the information, from the actor's role. */
function prosecutorOf(scope: Scope): LayEvent['prosecutor'] {
  if (scope.role === 'LA_OFFICER' || scope.role === 'LA_ADMIN' || scope.role === 'SYSTEM') return 'LOCAL_AUTHORITY';
  return scope.role === 'SCHOOL_STAFF' ? 'SCHOOL' : 'OTHER';
}

async function penaltyNoticeFor(
  tx: EntityManager,
  prosecution: InterventionOf<'PROSECUTION'>,
  penaltyNoticeId: string,
): Promise<Pick<PenaltyNotice, 'state' | 'terms'>> {
  const [notice] = await readInterventions(tx, prosecution.laCode, `i.id = $2 AND i.kind = 'PENALTY_NOTICE' AND i.pupil_id = $3`, [
    penaltyNoticeId,
    prosecution.pupilId,
  ]);
  if (!notice || notice.kind !== 'PENALTY_NOTICE' || !notice.parentIds.includes(prosecution.details.parentId)) {
    throw new Refusal('UNKNOWN_INTERVENTION', `There is no penalty notice ${penaltyNoticeId} to this parent for this child.`, { penaltyNoticeId });
  }
  return notice.details.terms ? { state: notice.state, terms: notice.details.terms } : { state: notice.state };
}

async function earliestEsoConsideration(tx: EntityManager, p: InterventionOf<'PROSECUTION'>): Promise<LocalDate | undefined> {
  const rows = (await tx.query(
    `SELECT min(details->>'consideredOn') AS considered_on FROM intervention WHERE la_code = $1 AND pupil_id = $2 AND kind = 'EDUCATION_SUPERVISION_ORDER'`,
    [p.laCode, p.pupilId],
  )) as { considered_on: LocalDate | null }[];
  return rows[0].considered_on ?? undefined;
}

async function exists(tx: EntityManager, sql: string, params: readonly unknown[]): Promise<boolean> {
  return ((await tx.query(`SELECT EXISTS (${sql}) AS found`, [...params])) as { found: boolean }[])[0].found;
}

async function layEvent(ctx: StepContext<'PROSECUTION'>): Promise<LayEvent> {
  const { tx, intervention: p, occurredOn: on, data } = ctx;
  const penaltyNoticeId = (data['penaltyNoticeId'] as string | undefined) ?? p.details.penaltyNoticeId;
  const esoConsideredOn = await earliestEsoConsideration(tx, p);
  return {
    type: 'LAY_INFORMATION',
    on,
    prosecutor: prosecutorOf(ctx.scope),
    ...(esoConsideredOn === undefined ? {} : { esoConsideredOn }),
    ...(penaltyNoticeId === undefined ? {} : { penaltyNotice: await penaltyNoticeFor(tx, p, penaltyNoticeId) }),
    noticeToImproveIssued: await exists(
      tx,
      `SELECT 1 FROM intervention i JOIN intervention_parent ip ON ip.la_code = i.la_code AND ip.intervention_id = i.id
        WHERE i.la_code = $1 AND i.pupil_id = $2 AND i.kind = 'NOTICE_TO_IMPROVE' AND ip.parent_id = $3 AND i.opened_on <= $4`,
      [p.laCode, p.pupilId, p.details.parentId, on],
    ),
    schoolAttendanceOrderInForce: await exists(
      tx,
      `SELECT 1 FROM intervention WHERE la_code = $1 AND pupil_id = $2 AND kind = 'SCHOOL_ATTENDANCE_ORDER' AND state = 'IN_FORCE'`,
      [p.laCode, p.pupilId],
    ),
    evidence: data['evidence'] as ProsecutionEvidenceItem[],
  };
}

// domain §8; EA 1996 ss443–447, MCA 1980 s127: laying the information, ESO directions, verdict and withdrawal, decided by `prosecutionTransition`
export async function prosecutionStep(ctx: StepContext<'PROSECUTION'>): Promise<StepOutcome> {
  const { intervention, occurredOn: on, data } = ctx;
  const prosecution = recordOf<Prosecution>(intervention);
  const event = ctx.action === 'LAY_INFORMATION' ? await layEvent(ctx) : ({ ...data, type: ctx.action, on } as ProsecutionEvent);
  const { next, detail } = allowedOrRefuse(prosecutionTransition(prosecution, event));
  const penaltyNoticeId = data['penaltyNoticeId'] as string | undefined;
  const details = detailsAfter(intervention.details, next);
  return { state: next.state, details: penaltyNoticeId ? { ...details, penaltyNoticeId } : details, detail };
}
