export * from './session.resolver';
export * from './session.type';
export * from './identity.module';
