import { GraphQLModule } from '@rollcall/api-core';
import { DataSource } from 'typeorm';
import { SessionService } from '../session.service';
import { SessionResolver } from './session.resolver';

/** Sign-in, sign-out and the viewer; later API keys and users for LA administrators. */
export function identityGraphQL(dataSource: DataSource): GraphQLModule {
  return { resolvers: [new SessionResolver(new SessionService(dataSource))] };
}
