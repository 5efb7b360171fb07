export * from './attendance-figures';
export * from './statistical-method';
export * from './pupil-attendance.service';
export * from './attendance-dashboard.service';
export * from './pupils-needing-action.service';
export * from './register-entry-attendance.service';
export * from './graphql/dashboards.module';
