export * from './statutory-return-record';
export * from './statutory-return.service';
export * from './graphql/returns.module';
