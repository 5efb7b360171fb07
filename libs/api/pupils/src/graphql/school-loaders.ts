import { RequestContext, scopeOf } from '@rollcall/api-core';
import { CalendarKey, SchoolDirectoryService, checkAcademicYear } from '../school-directory.service';
import { SchoolCalendarRecord, SchoolRecord } from '../school-record';

/** A school's calendar for an academic year, through the request's DataLoader (one batch for a whole page of schools). */
export function loadCalendar(ctx: RequestContext, schools: SchoolDirectoryService, urn: number, academicYear: number): Promise<SchoolCalendarRecord> {
  checkAcademicYear(academicYear);
  const scope = scopeOf(ctx);
  return ctx.loaders
    .get<CalendarKey, SchoolCalendarRecord>('pupils.schoolCalendar', (keys) => schools.calendars(scope, keys), {
      cacheKeyFn: (k) => `${k.urn}:${k.academicYear}`,
    })
    .load({ urn, academicYear });
}

/** The school a record names, through the request's DataLoader. */
export async function loadSchool(ctx: RequestContext, schools: SchoolDirectoryService, urn: number): Promise<SchoolRecord | null> {
  const scope = scopeOf(ctx);
  const loader = ctx.loaders.get<number, SchoolRecord | undefined>('pupils.school', (urns) => schools.schoolsNamedBy(scope, urns), {
    cacheKeyFn: (urn) => String(urn),
  });
  return (await loader.load(urn)) ?? null;
}
