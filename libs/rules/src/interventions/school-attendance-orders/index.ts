export * from './school-attendance-order-deadlines';
export * from './school-attendance-order';
