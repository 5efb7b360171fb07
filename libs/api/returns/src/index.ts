export * from './statutory-return-record';
export * from './statutory-return.service';
export * from './statutory-return-directory.service';
export * from './graphql/returns.module';
