export * from './school-attendance-offences';
export * from './prosecution-time-limit';
export * from './statutory-defences';
export * from './prosecution-evidence';
export * from './eso-direction-response-due-by';
export * from './prosecution';
