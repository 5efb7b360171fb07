import { AuditEntry, GraphQLModule } from '@rollcall/api-core';
import { DataSource } from 'typeorm';
import { AttendanceDashboardService } from '../attendance-dashboard.service';
import { PupilAttendanceRecord, PupilAttendanceService } from '../pupil-attendance.service';
import { PupilNeedingActionRecord, PupilsNeedingActionService } from '../pupils-needing-action.service';
import { RegisterEntryAttendanceService, YearToDateRecord } from '../register-entry-attendance.service';
import { AttendanceDashboardResolver, PupilAttendanceResolver, PupilsNeedingActionResolver } from './dashboards.resolver';
import { RegisterEntryAttendanceResolver } from './register-entry-attendance.resolver';

function attendanceRead(value: unknown): AuditEntry {
  const a = value as PupilAttendanceRecord;
  return { laCode: a.laCode, action: 'READ', entity: 'PupilAttendance', entityId: a.pupilId, pupilId: a.pupilId };
}

function yearToDateRead(value: unknown): AuditEntry {
  const y = value as YearToDateRecord;
  return { laCode: y.laCode, action: 'READ', entity: 'PupilAttendance', entityId: y.pupilId, pupilId: y.pupilId };
}

function worklistRead(value: unknown): AuditEntry {
  const p = value as PupilNeedingActionRecord;
  return { laCode: p.laCode, action: 'READ', entity: 'PupilNeedingAction', entityId: p.pupilId, pupilId: p.pupilId };
}

/** Attendance summaries (a pupil's, each register entry's year to date), dashboards and worklists: resolvers built with their services, and the audited types. */
export function dashboardsGraphQL(dataSource: DataSource): GraphQLModule {
  return {
    resolvers: [
      new AttendanceDashboardResolver(new AttendanceDashboardService(dataSource)),
      new PupilAttendanceResolver(new PupilAttendanceService(dataSource)),
      new PupilsNeedingActionResolver(new PupilsNeedingActionService(dataSource)),
      new RegisterEntryAttendanceResolver(new RegisterEntryAttendanceService(dataSource)),
    ],
    audited: new Map([
      ['PupilAttendance', attendanceRead],
      ['PupilNeedingAction', worklistRead],
      ['RegisterEntryYearToDate', yearToDateRead],
    ]),
  };
}
