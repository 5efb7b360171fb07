import { AuditEntry, GraphQLModule } from '@rollcall/api-core';
import { DataSource } from 'typeorm';
import { InterventionDirectory } from '../intervention-directory.service';
import { InterventionService } from '../intervention.service';
import { AttendanceContractResolver } from './attendance-contract.resolver';
import { EducationSupervisionOrderResolver } from './education-supervision-order.resolver';
import { InterventionResolver } from './intervention.resolver';
import { INTERVENTION_TYPE_NAMES } from './intervention.type';
import type { InterventionView } from './intervention.type';
import { NoticeToImproveResolver } from './notice-to-improve.resolver';
import { ParentingOrderResolver } from './parenting-order.resolver';
import { PenaltyNoticeResolver } from './penalty-notice.resolver';
import { ProsecutionResolver } from './prosecution.resolver';
import { SchoolAttendanceOrderResolver } from './school-attendance-order.resolver';

function interventionRead(value: unknown): AuditEntry {
  const i = value as InterventionView;
  return { laCode: i.laCode, action: 'READ', entity: INTERVENTION_TYPE_NAMES[i.kind], entityId: i.id, pupilId: i.pupilId };
}

/** This context's part of the GraphQL schema: its resolvers, built with their services, and its audited types. */
export function interventionsGraphQL(dataSource: DataSource): GraphQLModule {
  const service = new InterventionService(dataSource);
  return {
    resolvers: [
      new InterventionResolver(new InterventionDirectory(dataSource), dataSource),
      new NoticeToImproveResolver(service),
      new PenaltyNoticeResolver(service),
      new AttendanceContractResolver(service),
      new EducationSupervisionOrderResolver(service),
      new ProsecutionResolver(service),
      new ParentingOrderResolver(service),
      new SchoolAttendanceOrderResolver(service),
    ],
    audited: new Map([['Intervention', interventionRead], ...Object.values(INTERVENTION_TYPE_NAMES).map((name) => [name, interventionRead] as const)]),
  };
}
