export * from './statutory-return-record';
export * from './statutory-return.service';
