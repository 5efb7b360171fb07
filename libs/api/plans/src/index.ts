export * from './support-plan-record';
export * from './support-plan.service';
export * from './graphql/plans.module';
