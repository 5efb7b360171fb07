import { Refusal } from '../refusal';
import { enumOf } from './enum-of';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ObjectType, registerEnumType } from 'type-graphql';

/** What every typed refusal carries: the reason to switch on, every reason that applied, what to do, and the rule's figures. */
export interface TypedRefusal<R extends string> {
  reason: R;
  reasons: R[];
  message: string;
  field: string | null;
  detail: Record<string, unknown> | null;
}

/**
 * A context-specific refusal type with an enum of reasons (docs/0007), e.g. `PenaltyNoticeRefused { reason:
 * PenaltyNoticeRefusedReason … }`, whose reasons are those the rules library (and the service around it) gives, so a
 * client can switch on them.
 */
export function typedRefusal<R extends string>(name: string, reasons: readonly R[], description: string) {
  const ReasonEnum = enumOf(reasons);
  registerEnumType(ReasonEnum, { name: `${name}Reason`, description: `Why a ${name.replace(/Refused$/, '')} step was refused.` });

  @ObjectType(name, { description })
  class Refused implements TypedRefusal<R> {
    @Field(() => ReasonEnum, { description: 'The first reason (stable: switch on it).' })
    reason!: R;

    @Field(() => [ReasonEnum], { description: 'Every reason that applied, when the rule checked several.' })
    reasons!: R[];

    @Field({ description: 'What a person can do about it.' })
    message!: string;

    @Field(() => String, { nullable: true, description: 'The input field the refusal is about, when there is one.' })
    field!: string | null;

    @Field(() => GraphQLJSONObject, { nullable: true, description: "The rule's figures (e.g. the date the limit lifts, the sessions counted)." })
    detail!: Record<string, unknown> | null;
  }

  const known = new Set<string>(reasons);
  /** The typed refusal for a service's `Refusal`, or undefined when its code is not one of this kind's reasons. */
  const from = (refusal: Refusal): Refused | undefined => {
    if (!known.has(refusal.code)) return undefined;
    const detail = refusal.detail !== null && typeof refusal.detail === 'object' && !Array.isArray(refusal.detail) ? (refusal.detail as Record<string, unknown>) : null;
    const listed = Array.isArray(detail?.['reasons']) ? (detail['reasons'] as unknown[]).filter((r): r is R => typeof r === 'string' && known.has(r)) : [];
    const field = typeof detail?.['field'] === 'string' ? (detail['field'] as string).replace(/^data\./, '') : null;
    return Object.assign(new Refused(), {
      reason: refusal.code as R,
      reasons: listed.length > 0 ? listed : [refusal.code as R],
      message: refusal.message,
      field,
      detail,
    });
  };

  /** Runs a service call: its result, or this kind's typed refusal (any other refusal is raised as an error). */
  const orRefused = async <T>(work: () => Promise<T>): Promise<T | Refused> => {
    try {
      return await work();
    } catch (error) {
      if (error instanceof Refusal) {
        const typed = from(error);
        if (typed) return typed;
      }
      throw error;
    }
  };

  return { Refused, ReasonEnum, from, orRefused };
}
