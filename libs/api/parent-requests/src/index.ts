export * from './parent-request-record';
export * from './parent-request.service';
export * from './parent-request-directory.service';
export * from './notification-directory.service';
export * from './graphql/parent-requests.module';
