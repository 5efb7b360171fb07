export * from './graphql/dashboards.module';
