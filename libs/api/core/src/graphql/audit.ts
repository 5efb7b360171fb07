import { GraphQLResolveInfo, getNamedType } from 'graphql';
import { MiddlewareFn } from 'type-graphql';
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
 * Global middleware: whatever resolver returned it, every object of an audited type that reaches the
 * response is noted as read. The request's entries are written before the response is sent.
 */
export function auditReads(audited: AuditedTypes): MiddlewareFn<RequestContext> {
  return async ({ context, info }, next) => {
    const result: unknown = await next();
    const entryOf = audited.get(namedTypeOf(info));
    if (entryOf && result !== null && result !== undefined) {
      for (const value of Array.isArray(result) ? result : [result]) {
        const entry = entryOf(value);
        if (entry) context.audit.note(entry);
      }
    }
    return result;
  };
}

function namedTypeOf(info: GraphQLResolveInfo): string {
  return getNamedType(info.returnType).name;
}

/** What a bounded context adds to the schema: its resolvers, built with their services, and its audited types. */
export interface GraphQLModule {
  readonly resolvers: readonly object[];
  readonly audited?: AuditedTypes;
}
