import { Access, PageArgs, connectionOf, pageSizeOf, scopeOf } from '@rollcall/api-core';
import type { ConnectionShape, RequestContext } from '@rollcall/api-core';
import { Arg, Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { AuditEventDirectoryService } from '../audit-event-directory.service';
import type { AuditEventRecord } from '../audit-event-directory.service';
import { AuditEventFilter } from './audit-event.input';
import { AuditEventConnection } from './audit-event.type';

@Resolver()
export class AuditEventResolver {
  constructor(private readonly directory: AuditEventDirectoryService) {}

  @Authorized(...Access.LA_ADMIN)
  @Query(() => AuditEventConnection, { description: "The LA's audit trail, newest first: every read of a child's record and every change." })
  async auditEvents(
    @Args() page: PageArgs,
    @Arg('filter', () => AuditEventFilter, { nullable: true }) filter: AuditEventFilter | null,
    @Ctx() ctx: RequestContext,
  ): Promise<ConnectionShape<AuditEventRecord>> {
    const first = pageSizeOf(page);
    const wanted = {
      pupilId: filter?.pupilId ?? undefined,
      actor: filter?.actor ?? undefined,
      from: filter?.from ?? undefined,
      to: filter?.to ?? undefined,
    };
    return connectionOf(await this.directory.list(scopeOf(ctx), wanted, { first, after: page.after }));
  }
}
