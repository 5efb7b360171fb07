export * from './attendance-contract-settings';
export * from './attendance-contract';
