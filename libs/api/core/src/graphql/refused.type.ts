import { ClassType, Field, Int, ObjectType, createUnionType } from 'type-graphql';
import { Refusal } from '../refusal';

@ObjectType({ description: 'One thing to fix in what was sent.' })
export class Problem {
  @Field(() => String, { nullable: true, description: 'The input field (or file column) it concerns.' })
  field!: string | null;

  @Field(() => Int, { nullable: true, description: 'The row of a file or list, counting from 1.' })
  row!: number | null;

  @Field()
  message!: string;
}

/**
 * Why the server said no, as data the client can switch on: a stable `code` and a message a person can act
 * on. Mutations return `XResult = X | Refused` (or a more specific refusal type), never a bare error string.
 */
@ObjectType({ description: 'The request was refused: nothing was changed. `code` is stable; `message` says what to do.' })
export class Refused {
  @Field()
  code!: string;

  @Field()
  message!: string;

  @Field(() => String, { nullable: true, description: 'The input field the refusal is about, when there is one.' })
  field!: string | null;

  @Field(() => [Problem], { description: 'Every problem found, when there were several (e.g. rows of a file).' })
  problems!: Problem[];
}

/** The GraphQL refusal for a service's `Refusal`. */
export function refusedFrom(refusal: Refusal): Refused {
  const detail = (refusal.detail ?? {}) as { field?: unknown; problems?: unknown };
  const problems = Array.isArray(detail.problems)
    ? detail.problems.map((p: { field?: unknown; row?: unknown; message?: unknown; reason?: unknown }) => ({
        field: typeof p.field === 'string' ? p.field : null,
        row: typeof p.row === 'number' ? p.row : null,
        message: typeof p.message === 'string' ? p.message : String(p.reason ?? 'Problem'),
      }))
    : [];
  return Object.assign(new Refused(), {
    code: refusal.code,
    message: refusal.message,
    field: typeof detail.field === 'string' ? detail.field : null,
    problems,
  });
}

/** Runs a service call, returning its result or, when it refuses, the typed refusal. */
export async function orRefused<T>(work: () => Promise<T>): Promise<T | Refused> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof Refusal) return refusedFrom(error);
    throw error;
  }
}

/** `name = Success | Refused`, resolved by the refusal's class (services return plain objects on success). */
export function resultUnion<T extends object>(name: string, Success: ClassType<T>, description?: string) {
  return createUnionType({
    name,
    description: description ?? `Either the ${Success.name} or why it was refused.`,
    types: () => [Success, Refused] as const,
    resolveType: (value) => (value instanceof Refused ? Refused : Success),
  });
}
