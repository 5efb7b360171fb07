import { CODE_SET_2024_EFFECTIVE_FROM, LocalDate, academicYearOf, academicYearStart, assertLocalDate } from '@rollcall/rules';
import { DEMO_LA, DemoLocalAuthorityRef, NEIGHBOUR_LA } from './demo-areas';
import { DemoHousehold, DemoMark, DemoPupil, DemoSchool } from './demo-types';
import { generateSchoolMarks } from './generate-marks';
import { generatePupils } from './generate-pupils';
import { generateSchools } from './generate-schools';
import { Random } from './random';

export interface GenerateDemoOptions {
  readonly seed: number;
  readonly pupils: number;
  /** The day the demo is "as at": marks run from the start of its academic year to this day. */
  readonly today: LocalDate;
}

export interface DemoData {
  readonly seed: number;
  readonly today: LocalDate;
  /** The academic year containing `today` (2026 for 2026/27). */
  readonly academicYear: number;
  readonly localAuthorities: readonly DemoLocalAuthorityRef[];
  readonly schools: readonly DemoSchool[];
  readonly households: readonly DemoHousehold[];
  readonly pupils: readonly DemoPupil[];
}

export const DEFAULT_DEMO_PUPILS = 12_000;
export const DEFAULT_DEMO_SEED = 1;

/** The whole demo area as plain data: the same seed, size and day always give the same area. */
export function generateDemo(options: GenerateDemoOptions): DemoData {
  const today = assertLocalDate(options.today);
  if (!Number.isInteger(options.pupils) || options.pupils < 1) {
    throw new RangeError(`The demo needs a whole number of pupils of at least 1, not ${options.pupils}`);
  }
  if (!Number.isInteger(options.seed)) throw new RangeError(`The seed must be a whole number, not ${options.seed}`);
  const academicYear = academicYearOf(today);
  // domain §1.2–§1.3: the demo registers use the 2024 code set, so its first school year is 2024/25
  if (academicYearStart(academicYear) < CODE_SET_2024_EFFECTIVE_FROM) {
    throw new RangeError(`The demo uses the attendance codes in force from ${CODE_SET_2024_EFFECTIVE_FROM}: choose a day from 1 September 2024, not ${today}`);
  }
  const schools = generateSchools({ academicYear, today });
  const random = Random.fromSeed(options.seed);
  const { households, pupils } = generatePupils({ random, schools, pupils: options.pupils, academicYear, today });
  return {
    seed: options.seed,
    today,
    academicYear,
    localAuthorities: [DEMO_LA, NEIGHBOUR_LA],
    schools,
    households,
    pupils,
  };
}

/** The pupils with an enrolment at the school (main or dual). */
export function pupilsAt(demo: DemoData, urn: number): DemoPupil[] {
  return demo.pupils.filter((p) => p.enrolments.some((e) => e.urn === urn));
}

/** Every mark the school has entered this academic year up to `today`. */
export function marksForSchool(demo: DemoData, school: DemoSchool, pupils: readonly DemoPupil[] = pupilsAt(demo, school.urn)): DemoMark[] {
  return generateSchoolMarks({ seed: demo.seed, academicYear: demo.academicYear, today: demo.today, school, pupils });
}
