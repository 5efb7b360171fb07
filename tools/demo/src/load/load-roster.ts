import { Scope } from '@rollcall/api-core';
import { ParentInput, PupilInput, RosterService, SchoolInput } from '@rollcall/api-pupils';
import { DemoEnrolment, DemoParent, DemoPupil, DemoSchool } from '../generate/demo-types';
import { DemoData } from '../generate/generate-demo';

/** Where each pupil's records went: `${upn}@${urn}` → the ids the roster wrote. */
export type LoadedEnrolments = Map<string, { readonly pupilId: string; readonly enrolmentId: string; readonly laCode: string }>;

export const enrolmentKey = (upn: string, urn: number): string => `${upn}@${urn}`;

export function schoolInput(school: DemoSchool): SchoolInput {
  return {
    urn: school.urn,
    laCode: school.laCode,
    laestab: school.laestab,
    name: school.name,
    type: school.type,
    phase: school.phase,
    postcode: school.postcode,
    namedLaOfficer: school.namedLaOfficer,
    seniorAttendanceChampion: school.seniorAttendanceChampion,
    ...school.registerTimes,
    calendar: {
      halfTerms: school.calendar.halfTerms.map((h) => ({
        academicYear: h.academicYear,
        name: h.name,
        startsOn: h.start,
        endsOn: h.end,
      })),
      closures: school.calendar.closures.map((c) => ({
        startsOn: c.start,
        endsOn: c.end,
        kind: c.kind,
        sessions: c.sessions,
        ...(c.description ? { description: c.description } : {}),
      })),
    },
  };
}

export function pupilInput(pupil: DemoPupil, enrolment: DemoEnrolment, parents: ReadonlyMap<string, DemoParent>): PupilInput {
  const parentInputs: ParentInput[] = pupil.parents.map((link) => {
    const parent = parents.get(link.parentKey);
    if (!parent) throw new Error(`Pupil ${pupil.key} names an unknown parent ${link.parentKey}`);
    return {
      familyKey: pupil.householdKey,
      forename: parent.forename,
      surname: parent.surname,
      relationship: link.relationship,
      parentalResponsibility: link.parentalResponsibility,
      livesWith: link.livesWith,
      email: parent.email,
      phone: parent.phone,
      addressLine1: parent.addressLine1,
      town: parent.town,
      postcode: parent.postcode,
      contactPriority: link.contactPriority,
    };
  });
  return {
    upn: pupil.upn,
    forename: pupil.forename,
    surname: pupil.surname,
    ...(pupil.preferredName ? { preferredName: pupil.preferredName } : {}),
    dateOfBirth: pupil.dateOfBirth,
    sex: pupil.sex,
    addressLine1: pupil.addressLine1,
    town: pupil.town,
    postcode: pupil.postcode,
    homeLaCode: pupil.homeLaCode,
    ncYear: pupil.ncYear,
    admittedOn: enrolment.admittedOn,
    ...(enrolment.leftOn ? { leftOn: enrolment.leftOn } : {}),
    registration: enrolment.registration,
    characteristics: pupil.characteristics.map((c) => ({
      characteristic: c.characteristic,
      startsOn: c.startsOn,
      ...(c.endsOn ? { endsOn: c.endsOn } : {}),
      ...(c.responsibleLaCode ? { responsibleLaCode: c.responsibleLaCode } : {}),
    })),
    parents: parentInputs,
    ...(pupil.socialWorker
      ? {
          socialWorker: {
            name: pupil.socialWorker.name,
            email: pupil.socialWorker.email,
            phone: pupil.socialWorker.phone,
            team: pupil.socialWorker.team,
            startsOn: pupil.socialWorker.startsOn,
          },
        }
      : {}),
  };
}

/** Local authorities, schools with their calendars, then each school's roll: one roster call per school. */
export async function loadRoster(
  roster: RosterService,
  scopeFor: (laCode: string) => Scope,
  demo: DemoData,
  log: (message: string) => void,
): Promise<LoadedEnrolments> {
  for (const la of demo.localAuthorities) await roster.upsertLocalAuthority(scopeFor(la.laCode), la);
  for (const school of demo.schools) await roster.upsertSchool(scopeFor(school.laCode), schoolInput(school));
  log(`Loaded ${demo.localAuthorities.length} local authorities and ${demo.schools.length} schools with their calendars`);

  const parents = new Map(demo.households.flatMap((h) => h.parents.map((p) => [p.key, p] as const)));
  const bySchool = new Map<number, PupilInput[]>();
  for (const pupil of demo.pupils) {
    for (const enrolment of pupil.enrolments) {
      const list = bySchool.get(enrolment.urn) ?? [];
      list.push(pupilInput(pupil, enrolment, parents));
      bySchool.set(enrolment.urn, list);
    }
  }
  const loaded: LoadedEnrolments = new Map();
  let done = 0;
  // Main registrations first, so a dual-registered pupil's subsidiary school (the PRU) finds the pupil already there.
  const ordered = [...demo.schools].sort((a, b) => Number(a.type === 'PRU') - Number(b.type === 'PRU'));
  for (const school of ordered) {
    const pupils = bySchool.get(school.urn) ?? [];
    done += 1;
    if (pupils.length === 0) continue;
    const written = await roster.upsertPupils(scopeFor(school.laCode), school.laCode, school.urn, pupils);
    for (const [upn, ids] of written) loaded.set(enrolmentKey(upn, school.urn), { ...ids, laCode: school.laCode });
    if (done % 10 === 0 || done === ordered.length) log(`Loading pupils: ${done}/${ordered.length} schools`);
  }
  return loaded;
}
