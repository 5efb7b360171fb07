import { Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../request-context';
import { Health } from './health.type';

@Resolver(() => Health)
export class HealthResolver {
  @Query(() => Health, { description: 'Whether the API and its database are working. Open to everyone.' })
  health(@Ctx() ctx: RequestContext): Promise<Health> {
    return ctx.services.health.check();
  }
}
