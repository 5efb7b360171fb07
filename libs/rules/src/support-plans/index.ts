export * from './support-plan-dates-check';
