export * from './actor';
export * from './in-transaction';
export * from './refusal';
export * from './scope';
export * from './la-settings';
export * from './graphql';
