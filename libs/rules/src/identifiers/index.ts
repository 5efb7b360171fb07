export * from './la-codes';
export * from './upn-check-letter';
export * from './validate-upn';
export * from './validate-uln';
