import { GraphQLModule } from '@rollcall/api-core';
import { DataSource } from 'typeorm';
import { ApiKeyDirectoryService } from '../api-key-directory.service';
import { AuditEventDirectoryService } from '../audit-event-directory.service';
import { IdentityService } from '../identity.service';
import { SessionService } from '../session.service';
import { ApiKeyResolver } from './api-key.resolver';
import { AuditEventResolver } from './audit-event.resolver';
import { SessionResolver } from './session.resolver';
import { UserAdministrationResolver } from './user.resolver';

/** Sign-in, sign-out and the viewer; an LA administrator's users, role grants, API keys and audit trail. */
export function identityGraphQL(dataSource: DataSource): GraphQLModule {
  const identity = new IdentityService(dataSource);
  return {
    resolvers: [
      new SessionResolver(new SessionService(dataSource)),
      new UserAdministrationResolver(identity),
      new ApiKeyResolver(identity, new ApiKeyDirectoryService(dataSource)),
      new AuditEventResolver(new AuditEventDirectoryService(dataSource)),
    ],
  };
}
