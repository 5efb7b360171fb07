export * from './api-key-scopes';
export * from './identity.service';
export * from './password-policy';
export * from './session.service';
export * from './graphql';
