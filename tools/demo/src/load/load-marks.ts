import { Scope } from '@rollcall/api-core';
import { RegisterImportService } from '@rollcall/api-registers';
import { DataSource } from 'typeorm';
import { PupilAttendance } from '../generate/generate-casework';
import { DemoData, marksForSchool, pupilsAt } from '../generate/generate-demo';
import { pupilAttendance } from '../generate/pupil-attendance';
import { LoadedEnrolments, enrolmentKey } from './load-roster';

/** What casework is chosen from: one enrolment's year-to-date attendance, with the ids the roster gave it. */
export interface EnrolmentAttendance extends PupilAttendance {
  readonly pupilId: string;
  readonly enrolmentId: string;
}

export interface LoadedMarks {
  readonly marks: number;
  readonly attendance: readonly EnrolmentAttendance[];
}

/** Schools imported at once: one generates its marks while the database writes the other's. */
const CONCURRENT_SCHOOLS = 2;

// domain §1.2, §4: each school's register for the year to date, in one import per school, summarised for casework
export async function loadMarks(
  dataSource: DataSource,
  scopeFor: (laCode: string) => Scope,
  demo: DemoData,
  loaded: LoadedEnrolments,
  log: (message: string) => void,
): Promise<LoadedMarks> {
  const registers = new RegisterImportService(dataSource);
  const attendance: EnrolmentAttendance[] = [];
  const queue = [...demo.schools];
  let total = 0;
  let done = 0;
  const yearStart = demo.schools[0].calendar.halfTerms.find((h) => h.academicYear === demo.academicYear)?.start ?? demo.today;

  const importSchool = async (): Promise<void> => {
    for (let school = queue.shift(); school; school = queue.shift()) {
      const pupils = pupilsAt(demo, school.urn);
      const marks = marksForSchool(demo, school, pupils);
      if (marks.length > 0) {
        await registers.importMarks(scopeFor(school.laCode), {
          laCode: school.laCode,
          urn: school.urn,
          idempotencyKey: `demo-${demo.seed}-${school.urn}-${demo.today}`,
          from: yearStart,
          to: demo.today,
          marks,
        });
      }
      total += marks.length;
      for (const a of pupilAttendance(pupils, school.urn, school.laCode, marks)) {
        const ids = loaded.get(enrolmentKey(a.pupil.upn, school.urn));
        if (ids) attendance.push({ ...a, pupilId: ids.pupilId, enrolmentId: ids.enrolmentId });
      }
      done += 1;
      log(`Loading marks: ${done}/${demo.schools.length} schools (${total.toLocaleString('en-GB')} marks)`);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENT_SCHOOLS }, importSchool));
  attendance.sort((a, b) => a.pupil.key.localeCompare(b.pupil.key) || a.urn - b.urn);
  return { marks: total, attendance };
}
