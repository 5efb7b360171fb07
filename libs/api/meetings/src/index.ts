export * from './targeting-support-meeting-record';
export * from './targeting-support-meeting.service';
export * from './graphql/meetings.module';
