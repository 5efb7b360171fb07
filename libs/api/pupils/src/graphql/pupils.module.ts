import { AuditEntry, GraphQLModule } from '@rollcall/api-core';
import { DataSource } from 'typeorm';
import { ChildRecord, ChildrenOfParentService } from '../children-of-parent.service';
import { PupilDirectoryService } from '../pupil-directory.service';
import { PupilRecord } from '../pupil-record';
import { SchoolDirectoryService } from '../school-directory.service';
import { ChildOfParentResolver, ChildSchoolResolver } from './child-of-parent.resolver';
import { EnrolmentResolver, PupilResolver } from './pupil.resolver';
import { LocalAuthorityResolver, SchoolResolver } from './school.resolver';

function pupilRead(value: unknown): AuditEntry {
  const pupil = value as PupilRecord;
  return { laCode: pupil.laCode, action: 'READ', entity: 'Pupil', entityId: pupil.id, pupilId: pupil.id };
}

function childRead(value: unknown): AuditEntry {
  const child = value as ChildRecord;
  return { laCode: child.laCode, action: 'READ', entity: 'ChildOfParent', entityId: child.id, pupilId: child.id };
}

/** Local authorities, schools, pupils and a parent's children: resolvers built with their services, and the audited types. */
export function pupilsGraphQL(dataSource: DataSource): GraphQLModule {
  const schools = new SchoolDirectoryService(dataSource);
  return {
    resolvers: [
      new LocalAuthorityResolver(schools),
      new SchoolResolver(schools),
      new PupilResolver(new PupilDirectoryService(dataSource)),
      new EnrolmentResolver(schools),
      new ChildOfParentResolver(new ChildrenOfParentService(dataSource)),
      new ChildSchoolResolver(schools),
    ],
    audited: new Map([
      ['Pupil', pupilRead],
      ['ChildOfParent', childRead],
    ]),
  };
}
