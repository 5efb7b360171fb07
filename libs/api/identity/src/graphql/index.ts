export * from './session.resolver';
export * from './session.type';
export * from './identity.module';
export { ApiKey, ApiKeyScopeEnum, CreatedApiKey } from './api-key.type';
export { AuditEvent } from './audit-event.type';
export { RoleGrant, User } from './user.type';
