import { AuditEntry, GraphQLModule } from '@rollcall/api-core';
import { DataSource } from 'typeorm';
import { AttendanceCodeDirectory } from '../attendance-code-directory';
import { ClassRegisterService, RegisterEntryRecord } from '../class-register.service';
import { MarkRecordingService } from '../mark-recording.service';
import { RegisterFileImportService } from '../register-file-import.service';
import { RegisterUploadService, RegisterUploadSigner } from '../register-upload';
import { MarkRecordingResolver } from './mark-recording.resolver';
import { RegisterImportResolver } from './register-import.resolver';
import { AttendanceCodeResolver, RegisterEntryResolver, RegisterResolver } from './register.resolver';

export interface RegistersGraphQLOptions {
  /** The secret upload URLs are signed with; it must be the one `registerUploadRouter` is given (default: this process's own). */
  readonly uploadSecret?: Buffer | string;
}

function entryRead(value: unknown): AuditEntry {
  const entry = value as RegisterEntryRecord;
  return { laCode: entry.laCode, action: 'READ', entity: 'AttendanceMark', entityId: `${entry.enrolmentId}:${entry.date}:${entry.session}`, pupilId: entry.pupilId };
}

/** Registers: reading a session's register, taking and amending marks, importing register files; and the audited types. */
export function registersGraphQL(dataSource: DataSource, options: RegistersGraphQLOptions = {}): GraphQLModule {
  const registers = new ClassRegisterService(dataSource);
  return {
    resolvers: [
      new RegisterResolver(registers),
      new RegisterEntryResolver(registers),
      new AttendanceCodeResolver(new AttendanceCodeDirectory()),
      new MarkRecordingResolver(new MarkRecordingService(dataSource)),
      new RegisterImportResolver(
        RegisterFileImportService.create(dataSource),
        new RegisterUploadService(dataSource, options.uploadSecret === undefined ? undefined : new RegisterUploadSigner(options.uploadSecret)),
      ),
    ],
    audited: new Map([['RegisterEntry', entryRead]]),
  };
}
