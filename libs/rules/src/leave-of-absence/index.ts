export * from './leave-of-absence-decision';
