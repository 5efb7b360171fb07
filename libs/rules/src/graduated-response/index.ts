export * from './attendance-policy';
export * from './validate-attendance-policy';
export * from './sefton-default-policy';
export * from './knowsley-policy';
export * from './northumberland-policy';
export * from './classify-attendance';
export * from './actions-due';
export * from './policy-in-force';
