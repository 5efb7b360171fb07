export * from './local-date';
export * from './session';
export * from './decision';
