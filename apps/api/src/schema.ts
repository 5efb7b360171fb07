import 'reflect-metadata';
import { GraphQLSchema } from 'graphql';
import { AuditedTypes, GraphQLModule, RequestContext, auditReadsIn, authChecker } from '@rollcall/api-core';
import { dashboardsGraphQL } from '@rollcall/api-dashboards';
import { SessionService, identityGraphQL } from '@rollcall/api-identity';
import { interventionsGraphQL } from '@rollcall/api-interventions';
import { meetingsGraphQL } from '@rollcall/api-meetings';
import { parentRequestsGraphQL } from '@rollcall/api-parent-requests';
import { plansGraphQL } from '@rollcall/api-plans';
import { pupilsGraphQL } from '@rollcall/api-pupils';
import { registersGraphQL } from '@rollcall/api-registers';
import { returnsGraphQL } from '@rollcall/api-returns';
import { buildSchema, ClassType, NonEmptyArray } from 'type-graphql';
import { DataSource } from 'typeorm';
import { HealthResolver } from './health/health.resolver';
import { HealthService } from './health/health.service';

/** The services the HTTP layer itself uses (health checks, sessions for the request context). */
export interface ApiServices {
  readonly dataSource: DataSource;
  readonly health: HealthService;
  readonly sessions: SessionService;
}

export function createServices(dataSource: DataSource): ApiServices {
  return { dataSource, health: new HealthService(dataSource), sessions: new SessionService(dataSource) };
}

/** Every bounded context's part of the schema (the composition root: the one place they are wired). */
export function graphQLModules(services: ApiServices): GraphQLModule[] {
  const { dataSource } = services;
  return [
    { resolvers: [new HealthResolver(services.health)] },
    identityGraphQL(dataSource),
    pupilsGraphQL(dataSource),
    registersGraphQL(dataSource),
    dashboardsGraphQL(dataSource),
    plansGraphQL(dataSource),
    interventionsGraphQL(dataSource),
    returnsGraphQL(dataSource),
    meetingsGraphQL(dataSource),
    parentRequestsGraphQL(dataSource),
  ];
}

export async function buildRollcallSchema(services: ApiServices): Promise<GraphQLSchema> {
  const modules = graphQLModules(services);
  // type-graphql asks this registry for each resolver class's instance.
  const registry = new Map<ClassType, object>(modules.flatMap((m) => m.resolvers.map((r) => [r.constructor as ClassType, r] as const)));
  const audited: AuditedTypes = new Map(modules.flatMap((m) => [...(m.audited ?? new Map())]));
  const schema = await buildSchema({
    resolvers: [...registry.keys()] as unknown as NonEmptyArray<ClassType>,
    container: {
      get: (resolverClass: ClassType) => {
        const instance = registry.get(resolverClass);
        if (!instance) throw new Error(`${resolverClass.name} is not in any GraphQL module (apps/api/src/schema.ts)`);
        return instance;
      },
    },
    authChecker,
    authMode: 'error',
    validate: false,
  });
  return auditReadsIn(schema, audited);
}

export type { RequestContext };
