import { GraphQLFieldResolver, GraphQLSchema, defaultFieldResolver, getNamedType, isObjectType } from 'graphql';
import { EntityManager } from 'typeorm';
import { Scope } from '../scope';
import { AuditEntry } from './audit-trail';
import { RequestContext } from './request-context';

/** Writes audit entries inside the caller's transaction (so a change and its audit stand or fall together). */
export async function writeAudit(tx: EntityManager, scope: Scope, entries: readonly AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const why = JSON.stringify({ role: scope.role, laCode: scope.laCode ?? null, urns: scope.urns ?? [], parentIds: scope.parentIds ?? [] });
  await tx.query(
    `INSERT INTO audit_event (la_code, actor, action, entity, entity_id, pupil_id, scope, request_id)
     SELECT e.la_code, $1, e.action, e.entity, e.entity_id, e.pupil_id::bigint, $2::jsonb, $3
       FROM unnest($4::text[], $5::text[], $6::text[], $7::text[], $8::text[]) AS e(la_code, action, entity, entity_id, pupil_id)`,
    [
      scope.actor.label,
      why,
      scope.requestId ?? null,
      entries.map((e) => e.laCode),
      entries.map((e) => e.action),
      entries.map((e) => e.entity),
      entries.map((e) => e.entityId ?? null),
      entries.map((e) => e.pupilId ?? null),
    ],
  );
}

/** How to read the audit entry off a resolved object of a GraphQL type holding a child's record. */
export type AuditedTypes = ReadonlyMap<string, (value: unknown) => AuditEntry | undefined>;

/**
 * Notes every object of an audited type that reaches the response as read, whatever resolver returned it: each field
 * whose type is an audited one (or a list of it) gets its resolver wrapped. Only those fields: a global middleware
 * would turn every field of every object into a promise. The request's entries are written before the response is
 * sent (the audit plugin). Returns the same schema.
 */
export function auditReadsIn(schema: GraphQLSchema, audited: AuditedTypes): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const entryOf = audited.get(getNamedType(field.type).name);
      if (!entryOf) continue;
      const resolve: GraphQLFieldResolver<unknown, RequestContext> = field.resolve ?? defaultFieldResolver;
      const note = (context: RequestContext, result: unknown): unknown => {
        if (result !== null && result !== undefined) {
          for (const value of Array.isArray(result) ? result : [result]) {
            const entry = entryOf(value);
            if (entry) context.audit.note(entry);
          }
        }
        return result;
      };
      field.resolve = (source, args, context: RequestContext, info) => {
        const result: unknown = resolve(source, args, context, info);
        return isPromise(result) ? result.then((value) => note(context, value)) : note(context, result);
      };
    }
  }
  return schema;
}

function isPromise(value: unknown): value is Promise<unknown> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

/** What a bounded context adds to the schema: its resolvers, built with their services, and its audited types. */
export interface GraphQLModule {
  readonly resolvers: readonly object[];
  readonly audited?: AuditedTypes;
}
