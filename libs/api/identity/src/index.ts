export * from './api-key-scopes';
export * from './identity.service';
export * from './password-policy';
