export * from './targeting-support-meeting-record';
export * from './targeting-support-meeting.service';
export * from './targeting-support-meeting-directory.service';
export * from './graphql/meetings.module';
