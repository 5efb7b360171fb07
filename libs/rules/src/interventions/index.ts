export type { InterventionTransition, TransitionNotAllowed } from './intervention-transition';
export * from './intervention-school-type';
export * from './penalty-notices';
export * from './notice-to-improve';
export * from './attendance-contracts';
export * from './education-supervision-orders';
export * from './prosecutions';
export * from './parenting-orders';
export * from './school-attendance-orders';
