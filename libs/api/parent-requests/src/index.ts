export * from './parent-request-record';
export * from './parent-request.service';
export * from './graphql/parent-requests.module';
