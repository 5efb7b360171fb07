export * from './test-cluster';
export * from './test-database';
