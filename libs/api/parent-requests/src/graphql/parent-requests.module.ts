import { AuditEntry, GraphQLModule } from '@rollcall/api-core';
import { DataSource } from 'typeorm';
import { NotificationDirectory } from '../notification-directory.service';
import type { NotificationRecord } from '../notification-directory.service';
import { ParentRequestDirectory } from '../parent-request-directory.service';
import { ParentRequestService } from '../parent-request.service';
import { NotificationResolver } from './notification.resolver';
import { AbsenceReportPupilResolver, LeaveRequestPupilResolver, ParentRequestResolver } from './parent-request.resolver';

function requestRead(entity: string) {
  return (value: unknown): AuditEntry => {
    const r = value as { laCode: string; id: string; pupilId: string };
    return { laCode: r.laCode, action: 'READ', entity, entityId: r.id, pupilId: r.pupilId };
  };
}

/** A notification about a child is part of that child's record. */
function notificationRead(value: unknown): AuditEntry | undefined {
  const n = value as NotificationRecord;
  return n.pupilId === null ? undefined : { laCode: n.laCode, action: 'READ', entity: 'Notification', entityId: n.id, pupilId: n.pupilId };
}

/** This context's part of the GraphQL schema: its resolvers, built with their services, and its audited types. */
export function parentRequestsGraphQL(dataSource: DataSource): GraphQLModule {
  return {
    resolvers: [
      new ParentRequestResolver(new ParentRequestService(dataSource), new ParentRequestDirectory(dataSource)),
      new AbsenceReportPupilResolver(dataSource),
      new LeaveRequestPupilResolver(dataSource),
      new NotificationResolver(new NotificationDirectory(dataSource)),
    ],
    audited: new Map([
      ['AbsenceReport', requestRead('AbsenceReport')],
      ['LeaveRequest', requestRead('LeaveRequest')],
      ['Notification', notificationRead],
    ]),
  };
}
