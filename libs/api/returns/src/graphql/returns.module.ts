import { AuditEntry, GraphQLModule } from '@rollcall/api-core';
import { DataSource } from 'typeorm';
import { StatutoryReturnDirectory } from '../statutory-return-directory.service';
import type { StatutoryReturnPupilRow, StatutoryReturnSummary } from '../statutory-return-directory.service';
import { StatutoryReturnService } from '../statutory-return.service';
import { StatutoryReturnPupilResolver, StatutoryReturnResolver } from './statutory-return.resolver';

function returnRead(value: unknown): AuditEntry {
  const r = value as StatutoryReturnSummary;
  return { laCode: r.laCode, action: 'READ', entity: 'StatutoryReturn', entityId: r.id };
}

function returnPupilRead(value: unknown): AuditEntry {
  const p = value as StatutoryReturnPupilRow;
  return { laCode: p.laCode, action: 'READ', entity: 'StatutoryReturnPupil', entityId: p.returnId, pupilId: p.pupilId };
}

/** This context's part of the GraphQL schema: its resolvers, built with their services, and its audited types. */
export function returnsGraphQL(dataSource: DataSource): GraphQLModule {
  return {
    resolvers: [
      new StatutoryReturnResolver(new StatutoryReturnService(dataSource), new StatutoryReturnDirectory(dataSource)),
      new StatutoryReturnPupilResolver(dataSource),
    ],
    audited: new Map([
      ['StatutoryReturn', returnRead],
      ['StatutoryReturnPupil', returnPupilRead],
    ]),
  };
}
