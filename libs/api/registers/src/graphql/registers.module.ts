import { GraphQLModule } from '@rollcall/api-core';
import { DataSource } from 'typeorm';

/** This context's part of the GraphQL schema: its resolvers, built with their services, and its audited types. */
export function registersGraphQL(_dataSource: DataSource): GraphQLModule {
  return { resolvers: [] };
}
