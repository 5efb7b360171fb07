import { ParentingOrder, ParentingOrderEvent, ParentingOrderTerms, parentingOrderTransition } from '@rollcall/rules';
import { StepContext, StepOutcome, allowedOrRefuse, detailsAfter, recordOf } from './step-context';

async function hadParentingOrderBefore(ctx: StepContext<'PARENTING_ORDER'>): Promise<boolean> {
  const { tx, intervention: o } = ctx;
  const rows = (await tx.query(
    `SELECT EXISTS (
       SELECT 1 FROM intervention i JOIN intervention_parent ip ON ip.la_code = i.la_code AND ip.intervention_id = i.id
        WHERE i.la_code = $1 AND i.kind = 'PARENTING_ORDER' AND i.id <> $2 AND ip.parent_id = $3 AND i.details ? 'madeOn'
          AND i.details->>'madeOn' < $4) AS found`,
    [o.laCode, o.id, o.details.parentId, ctx.occurredOn],
  )) as { found: boolean }[];
  return rows[0].found;
}

// domain §8; Crime and Disorder Act 1998 s8: making, breaching and ending a parenting order, decided by `parentingOrderTransition`
export async function parentingOrderStep(ctx: StepContext<'PARENTING_ORDER'>): Promise<StepOutcome> {
  const { intervention, occurredOn: on, data } = ctx;
  const order = recordOf<ParentingOrder>(intervention);
  const event: ParentingOrderEvent =
    ctx.action === 'MAKE'
      ? { type: 'MAKE', on, terms: data['terms'] as ParentingOrderTerms, previousParentingOrder: await hadParentingOrderBefore(ctx) }
      : ({ type: ctx.action, on } as ParentingOrderEvent);
  const { next, detail } = allowedOrRefuse(parentingOrderTransition(order, event));
  return { state: next.state, details: detailsAfter(intervention.details, next), detail };
}
