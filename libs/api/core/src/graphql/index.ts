// type-graphql's decorators need the metadata polyfill before any decorated class loads.
import 'reflect-metadata';
export * from './access';
export * from './audit';
export * from './audit-trail';
export * from './connection';
export * from './local-date';
export * from './refused.type';
export * from './request-context';
export * from './request-loaders';
export * from './enum-of';
export * from './la-code-of';
export * from './typed-refusal';
export * from './without-nulls';
