export * from './api-key-scopes';
export * from './identity.service';
export * from './password-policy';
export * from './session.service';
export * from './graphql';
export * from './api-key-directory.service';
export * from './audit-event-directory.service';
