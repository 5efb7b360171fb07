export * from './access';
export * from './audit';
export * from './audit-trail';
export * from './connection';
export * from './local-date';
export * from './refused.type';
export * from './request-context';
export * from './request-loaders';
