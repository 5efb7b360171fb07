export * from './keyset';
export * from './keyset-page';
export * from './like-pattern';
export * from './sql-params';
export * from './school-record-visible-to';
export * from './rows-of-records';
