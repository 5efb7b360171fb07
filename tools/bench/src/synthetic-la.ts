import { Readable } from 'node:stream';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';
import { AttendanceCode, Mark, SchoolCalendar, SessionRef, sessionsBetween, termDatesFor, typicalSchoolCalendar, upnCheckLetter } from '@rollcall/rules';

/** The benchmark's LA: plain synthetic pupils and a full school year of marks, generated from a seed. */
export interface SyntheticLa {
  readonly laCode: string;
  readonly academicYear: number;
  readonly calendar: SchoolCalendar;
  readonly sessions: readonly SessionRef[];
  readonly schools: readonly SyntheticSchool[];
}

export interface SyntheticSchool {
  readonly urn: number;
  readonly laestab: number;
  readonly pupils: readonly SyntheticPupil[];
}

export interface SyntheticPupil {
  readonly upn: string;
  readonly dateOfBirth: string;
  /** Chance of missing any one session; a few pupils miss far more (persistent and severe absence). */
  readonly absenceRate: number;
  readonly seed: number;
}

const ABSENCE_CODES: readonly (readonly [AttendanceCode, number])[] = [
  ['I', 0.45], ['M', 0.08], ['C', 0.05], ['O', 0.12], ['G', 0.1], ['U', 0.05], ['N', 0.02], ['E', 0.02], ['R', 0.01],
  ['B', 0.04], ['V', 0.03], ['C2', 0.03],
];

function pickAbsenceCode(u: number): AttendanceCode {
  let acc = 0;
  for (const [code, weight] of ABSENCE_CODES) {
    acc += weight;
    if (u < acc) return code;
  }
  return 'O';
}

export function syntheticLa(options: { pupils: number; schools: number; academicYear: number; laCode?: string; seed?: number }): SyntheticLa {
  const laCode = options.laCode ?? '888';
  const rng: RandomGenerator = xoroshiro128plus(options.seed ?? 1);
  const calendar = typicalSchoolCalendar(options.academicYear);
  const dates = termDatesFor(options.academicYear);
  const yearStart = dates.halfTerms[0]?.start ?? `${options.academicYear}-09-01`;
  const yearEnd = dates.halfTerms[dates.halfTerms.length - 1]?.end ?? `${options.academicYear + 1}-07-20`;
  const sessions = sessionsBetween(calendar, yearStart, yearEnd);
  const schools: SyntheticSchool[] = [];
  let serial = 0;
  for (let s = 0; s < options.schools; s++) {
    const urn = 900000 + s;
    const count = Math.floor(options.pupils / options.schools) + (s < options.pupils % options.schools ? 1 : 0);
    const pupils: SyntheticPupil[] = [];
    for (let p = 0; p < count; p++, serial++) {
      const body = `${laCode}${String(4000 + s).padStart(4, '0')}${String(options.academicYear % 100).padStart(2, '0')}${String(p).padStart(3, '0')}`;
      const u = uniformFloat64(rng);
      // Most pupils miss a few per cent; about one in five are persistently and one in fifty severely absent.
      const absenceRate = u < 0.02 ? 0.5 + uniformFloat64(rng) * 0.3 : u < 0.2 ? 0.1 + uniformFloat64(rng) * 0.15 : uniformFloat64(rng) * 0.08;
      const age = 5 + (serial % 11);
      pupils.push({
        upn: `${upnCheckLetter(body)}${body}`.slice(0, 13),
        dateOfBirth: `${options.academicYear - age}-0${1 + (serial % 9)}-1${serial % 9}`,
        absenceRate,
        seed: serial + 1,
      });
    }
    schools.push({ urn, laestab: Number(`${laCode}${4000 + s}`), pupils });
  }
  return { laCode, academicYear: options.academicYear, calendar, sessions, schools };
}

/** One pupil's marks for the whole year, the same every time for the same pupil. */
export function pupilMarks(la: SyntheticLa, pupil: SyntheticPupil): Mark[] {
  const rng = xoroshiro128plus(pupil.seed);
  return la.sessions.map((s) => {
    const absent = uniformFloat64(rng) < pupil.absenceRate;
    const code: AttendanceCode = absent ? pickAbsenceCode(uniformFloat64(rng)) : s.session === 'AM' ? '/' : '\\';
    return { date: s.date, session: s.session, code };
  });
}

/** A school's register for the year as the CSV the importer takes (header `upn,date,session,code,minutes_late`). */
export function schoolCsv(la: SyntheticLa, school: SyntheticSchool): Readable {
  function* lines(): Generator<string> {
    yield 'upn,date,session,code,minutes_late\n';
    for (const pupil of school.pupils) {
      let chunk = '';
      for (const mark of pupilMarks(la, pupil)) chunk += `${pupil.upn},${mark.date},${mark.session},${mark.code},\n`;
      yield chunk;
    }
  }
  return Readable.from(lines());
}

/** The school calendar every benchmark school is given: the year's half terms, with its INSET days closed. */
export function schoolCalendarInput(academicYear: number) {
  const dates = termDatesFor(academicYear);
  return {
    halfTerms: dates.halfTerms.map((h) => ({ academicYear, name: h.name, startsOn: h.start, endsOn: h.end })),
    closures: (dates.insetDays ?? []).map((d) => ({ startsOn: d, endsOn: d, kind: 'INSET' as const, sessions: 'BOTH' as const })),
  };
}

/** The first day of the academic year's first half term: when the benchmark's pupils are admitted. */
export function firstDayOf(academicYear: number): string {
  return termDatesFor(academicYear).halfTerms[0]?.start ?? `${academicYear}-09-01`;
}
