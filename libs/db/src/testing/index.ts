export * from './test-cluster';
export * from './test-database';
export * from './fixtures';
export * from './system-scope';
export * from './two-authorities';
