export * from './app-role';
export * from './data-source';
export * from './database-server';
export * from './embedded-postgres';
export * from './entities';
export { MIGRATIONS } from './migrations';
