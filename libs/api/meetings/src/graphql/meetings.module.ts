import { AuditEntry, GraphQLModule } from '@rollcall/api-core';
import { DataSource } from 'typeorm';
import { TargetingSupportMeetingDirectory } from '../targeting-support-meeting-directory.service';
import type { MeetingActionRow } from '../targeting-support-meeting-directory.service';
import { TargetingSupportMeetingService } from '../targeting-support-meeting.service';
import { TargetingSupportMeetingActionResolver, TargetingSupportMeetingResolver } from './targeting-support-meeting.resolver';

/** An action about a named child is part of that child's record. */
function actionRead(value: unknown): AuditEntry | undefined {
  const a = value as MeetingActionRow;
  return a.pupilId === null ? undefined : { laCode: a.laCode, action: 'READ', entity: 'TargetingSupportMeetingAction', entityId: a.id, pupilId: a.pupilId };
}

/** This context's part of the GraphQL schema: its resolvers, built with their services, and its audited types. */
export function meetingsGraphQL(dataSource: DataSource): GraphQLModule {
  return {
    resolvers: [
      new TargetingSupportMeetingResolver(new TargetingSupportMeetingService(dataSource), new TargetingSupportMeetingDirectory(dataSource)),
      new TargetingSupportMeetingActionResolver(dataSource),
    ],
    audited: new Map([['TargetingSupportMeetingAction', actionRead]]),
  };
}
