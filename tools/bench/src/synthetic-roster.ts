import { Scope } from '@rollcall/api-core';
import { PupilInput, RosterService } from '@rollcall/api-pupils';
import { firstDayOf, schoolCalendarInput } from './synthetic-la';

export interface SyntheticSchoolRoll {
  readonly urn: number;
  readonly laestab: number;
  readonly name: string;
  /** Each pupil but where they live and when they were admitted: the benchmark's LA, and the year's first day. */
  readonly pupils: readonly Omit<PupilInput, 'homeLaCode' | 'admittedOn'>[];
}

/**
 * A synthetic LA's schools and pupils, loaded through the product's `RosterService` as an LA would: each school a
 * community primary on the benchmark's calendar, every pupil living in the LA and on roll from the year's first day.
 */
export async function loadSyntheticRoster(
  roster: RosterService,
  scope: Scope,
  la: { readonly laCode: string; readonly academicYear: number },
  schools: readonly SyntheticSchoolRoll[],
): Promise<void> {
  await roster.upsertLocalAuthority(scope, { laCode: la.laCode, name: 'Benchmark LA (synthetic)' });
  const calendar = schoolCalendarInput(la.academicYear);
  const admittedOn = firstDayOf(la.academicYear);
  for (const school of schools) {
    await roster.upsertSchool(scope, { urn: school.urn, laCode: la.laCode, laestab: school.laestab, name: school.name, type: 'COMMUNITY', phase: 'PRIMARY', calendar });
    await roster.upsertPupils(
      scope,
      la.laCode,
      school.urn,
      school.pupils.map((p) => ({ ...p, homeLaCode: la.laCode, admittedOn })),
    );
  }
}
