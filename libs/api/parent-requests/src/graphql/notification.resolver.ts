import { Access, PageArgs, connectionOf, pageSizeOf, scopeOf, withoutNulls } from '@rollcall/api-core';
import type { ConnectionShape, RequestContext } from '@rollcall/api-core';
import { Arg, Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { NotificationDirectory } from '../notification-directory.service';
import type { NotificationRecord } from '../notification-directory.service';
import { Notification, NotificationConnection, NotificationFilter } from './notification.type';

/** The outbox, read-only: each caller sees what is addressed to them. */
@Resolver(() => Notification)
export class NotificationResolver {
  constructor(private readonly directory: NotificationDirectory) {}

  @Authorized(...Access.EVERY_ROLE)
  @Query(() => NotificationConnection, { description: 'Notifications for the caller (their schools, LA team, Virtual School or themselves), newest first.' })
  async notifications(
    @Args() page: PageArgs,
    @Arg('filter', () => NotificationFilter, { nullable: true }) filter: NotificationFilter | null,
    @Ctx() ctx: RequestContext,
  ): Promise<ConnectionShape<NotificationRecord>> {
    const first = pageSizeOf(page);
    return connectionOf(await this.directory.list(scopeOf(ctx), withoutNulls(filter ?? {}), { first, after: page.after }));
  }

  @FieldResolver(() => Boolean)
  pending(@Root() n: NotificationRecord): boolean {
    return n.sentAt === null;
  }
}
