import { Public } from '@rollcall/api-core';
import { Query, Resolver } from 'type-graphql';
import { HealthService } from './health.service';
import { Health } from './health.type';

@Resolver(() => Health)
export class HealthResolver {
  constructor(private readonly service: HealthService) {}

  @Public()
  @Query(() => Health, { description: 'Whether the API and its database are working. Open to everyone.' })
  health(): Promise<Health> {
    return this.service.check();
  }
}
