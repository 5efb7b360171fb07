export * from './parent-request-record';
export * from './parent-request.service';
