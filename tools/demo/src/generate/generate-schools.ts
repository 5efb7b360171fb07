import {
  LocalDate,
  SchoolYearDates,
  addDays,
  buildSchoolCalendar,
  isoWeekday,
  schoolDaysBetween,
  termDatesFor,
} from '@rollcall/rules';
import { LOCALITIES, POSTCODE_UNIT_LETTERS, localityNamed } from './demo-areas';
import { DemoSchool, SchoolPhase, SchoolType } from './demo-types';
import { LA_ATTENDANCE_OFFICERS, SCHOOL_STAFF_NAMES } from './names';
import { Random } from './random';

interface SchoolRow {
  readonly name: string;
  readonly locality: string;
  readonly type: SchoolType;
  readonly phase: SchoolPhase;
  readonly pupilsPerYear: number;
  readonly faith?: 'CE' | 'RC';
  readonly years?: readonly [number, number];
}

const P = 'PRIMARY' as const;

/** The fictional area's schools. Fixed, so the demo sign-ins and the README describe the same schools for every seed. */
const SCHOOL_ROWS: readonly SchoolRow[] = [
  { name: 'Northmoor Central Primary School', locality: 'Northmoor Central', type: 'COMMUNITY', phase: P, pupilsPerYear: 60 },
  { name: "St Peter's CofE Primary School", locality: 'Northmoor Central', type: 'VOLUNTARY_CONTROLLED', phase: P, pupilsPerYear: 30, faith: 'CE' },
  { name: 'Wharf Street Primary Academy', locality: 'Northmoor Central', type: 'ACADEMY', phase: P, pupilsPerYear: 60 },
  { name: 'Sacred Heart Catholic Primary School', locality: 'Northmoor Central', type: 'VOLUNTARY_AIDED', phase: P, pupilsPerYear: 30, faith: 'RC' },
  { name: 'Albert Road Community Primary School', locality: 'Northmoor Central', type: 'COMMUNITY', phase: P, pupilsPerYear: 45 },
  { name: 'Jubilee Primary Academy', locality: 'Northmoor Central', type: 'ACADEMY', phase: P, pupilsPerYear: 45 },
  { name: 'Millbank Primary School', locality: 'Millbank', type: 'COMMUNITY', phase: P, pupilsPerYear: 60 },
  { name: 'Canal Side Primary Academy', locality: 'Millbank', type: 'ACADEMY', phase: P, pupilsPerYear: 30 },
  { name: 'Spinners Lane Primary School', locality: 'Millbank', type: 'COMMUNITY', phase: P, pupilsPerYear: 30 },
  { name: 'Millbank Park Primary Free School', locality: 'Millbank', type: 'FREE_SCHOOL', phase: P, pupilsPerYear: 30 },
  { name: 'Holy Family Catholic Primary School', locality: 'Millbank', type: 'VOLUNTARY_AIDED', phase: P, pupilsPerYear: 30, faith: 'RC' },
  { name: 'Moorside Primary School', locality: 'Millbank', type: 'COMMUNITY', phase: P, pupilsPerYear: 45 },
  { name: 'Beckside Primary School', locality: 'Beckside', type: 'COMMUNITY', phase: P, pupilsPerYear: 45 },
  { name: "St Aidan's CofE Primary School", locality: 'Beckside', type: 'VOLUNTARY_AIDED', phase: P, pupilsPerYear: 30, faith: 'CE' },
  { name: 'Tenter Fields Primary Academy', locality: 'Beckside', type: 'ACADEMY', phase: P, pupilsPerYear: 60 },
  { name: 'Ashgrove Junior and Infant School', locality: 'Beckside', type: 'COMMUNITY', phase: P, pupilsPerYear: 30 },
  { name: 'Priory Primary Academy', locality: 'Beckside', type: 'ACADEMY', phase: P, pupilsPerYear: 30 },
  { name: 'Hallbridge Primary School', locality: 'Hallbridge', type: 'COMMUNITY', phase: P, pupilsPerYear: 60 },
  { name: "Hallbridge St Mary's CofE Primary School", locality: 'Hallbridge', type: 'VOLUNTARY_CONTROLLED', phase: P, pupilsPerYear: 30, faith: 'CE' },
  { name: 'Bridge End Primary Academy', locality: 'Hallbridge', type: 'ACADEMY', phase: P, pupilsPerYear: 30 },
  { name: 'Hollin Bank Primary School', locality: 'Hallbridge', type: 'FOUNDATION', phase: P, pupilsPerYear: 30 },
  { name: "St Joseph's Catholic Primary School", locality: 'Hallbridge', type: 'VOLUNTARY_AIDED', phase: P, pupilsPerYear: 15, faith: 'RC' },
  { name: 'All Saints CofE Primary School', locality: 'Hallbridge', type: 'VOLUNTARY_AIDED', phase: P, pupilsPerYear: 30, faith: 'CE' },
  { name: 'Caldwick Primary School', locality: 'Caldwick', type: 'COMMUNITY', phase: P, pupilsPerYear: 45 },
  { name: 'Caldwick Moor Primary Academy', locality: 'Caldwick', type: 'ACADEMY', phase: P, pupilsPerYear: 30 },
  { name: "St Oswald's CofE Primary School", locality: 'Caldwick', type: 'VOLUNTARY_CONTROLLED', phase: P, pupilsPerYear: 15, faith: 'CE' },
  { name: 'Laithe Croft Primary School', locality: 'Caldwick', type: 'FOUNDATION', phase: P, pupilsPerYear: 30 },
  { name: 'Farrowfield Primary School', locality: 'Farrowfield', type: 'COMMUNITY', phase: P, pupilsPerYear: 60 },
  { name: 'Farrowfield Park Primary Academy', locality: 'Farrowfield', type: 'ACADEMY', phase: P, pupilsPerYear: 45 },
  { name: 'Weavers Primary School', locality: 'Farrowfield', type: 'COMMUNITY', phase: P, pupilsPerYear: 30 },
  { name: "St Anne's Catholic Primary School", locality: 'Farrowfield', type: 'VOLUNTARY_AIDED', phase: P, pupilsPerYear: 30, faith: 'RC' },
  { name: 'Pennine Gate Primary Free School', locality: 'Farrowfield', type: 'FREE_SCHOOL', phase: P, pupilsPerYear: 30 },
  { name: 'Thornhill Lees Primary School', locality: 'Farrowfield', type: 'COMMUNITY', phase: P, pupilsPerYear: 30 },
  { name: 'Oakden Primary School', locality: 'Oakden', type: 'COMMUNITY', phase: P, pupilsPerYear: 45 },
  { name: "Oakden St John's CofE Primary School", locality: 'Oakden', type: 'VOLUNTARY_AIDED', phase: P, pupilsPerYear: 30, faith: 'CE' },
  { name: 'Grange Park Primary School', locality: 'Oakden', type: 'FOUNDATION', phase: P, pupilsPerYear: 30 },
  { name: 'Saltmoor Primary School', locality: 'Saltmoor', type: 'COMMUNITY', phase: P, pupilsPerYear: 45 },
  { name: 'Saltmoor Ings Primary Academy', locality: 'Saltmoor', type: 'ACADEMY', phase: P, pupilsPerYear: 30 },
  { name: 'Christ Church CofE Primary School', locality: 'Saltmoor', type: 'VOLUNTARY_CONTROLLED', phase: P, pupilsPerYear: 30, faith: 'CE' },
  { name: 'Windmill Hill Primary School', locality: 'Saltmoor', type: 'COMMUNITY', phase: P, pupilsPerYear: 30 },
  { name: 'Greenhill Primary School', locality: 'Saltmoor', type: 'COMMUNITY', phase: P, pupilsPerYear: 30 },
  { name: 'Hepton Primary School', locality: 'Hepton Vale', type: 'COMMUNITY', phase: P, pupilsPerYear: 30 },
  { name: 'Hepton Bridge CofE Primary School', locality: 'Hepton Vale', type: 'VOLUNTARY_CONTROLLED', phase: P, pupilsPerYear: 15, faith: 'CE' },
  { name: 'Upper Hepton Primary School', locality: 'Hepton Vale', type: 'COMMUNITY', phase: P, pupilsPerYear: 10 },
  { name: 'Scar Top Primary School', locality: 'Hepton Vale', type: 'COMMUNITY', phase: P, pupilsPerYear: 12 },
  { name: 'Kirkby Ings CofE Primary School', locality: 'Kirkby Ings', type: 'VOLUNTARY_CONTROLLED', phase: P, pupilsPerYear: 15, faith: 'CE' },
  { name: 'Carr Head Primary School', locality: 'Kirkby Ings', type: 'COMMUNITY', phase: P, pupilsPerYear: 12 },
  { name: 'Northmoor Academy', locality: 'Northmoor Central', type: 'ACADEMY', phase: 'SECONDARY', pupilsPerYear: 240 },
  { name: 'Millbank High School', locality: 'Millbank', type: 'COMMUNITY', phase: 'SECONDARY', pupilsPerYear: 180 },
  { name: 'Beckside Community College', locality: 'Beckside', type: 'COMMUNITY', phase: 'SECONDARY', pupilsPerYear: 150 },
  { name: "St Wilfrid's Catholic High School", locality: 'Beckside', type: 'VOLUNTARY_AIDED', phase: 'SECONDARY', pupilsPerYear: 120, faith: 'RC' },
  { name: 'Hallbridge High School', locality: 'Hallbridge', type: 'FOUNDATION', phase: 'SECONDARY', pupilsPerYear: 180 },
  { name: 'Farrowfield Academy', locality: 'Farrowfield', type: 'ACADEMY', phase: 'SECONDARY', pupilsPerYear: 180 },
  { name: 'Oakden School', locality: 'Oakden', type: 'ACADEMY', phase: 'SECONDARY', pupilsPerYear: 210 },
  { name: 'Saltmoor High School', locality: 'Saltmoor', type: 'ACADEMY', phase: 'SECONDARY', pupilsPerYear: 150 },
  { name: 'Pennine Free School', locality: 'Hepton Vale', type: 'FREE_SCHOOL', phase: 'SECONDARY', pupilsPerYear: 120 },
  { name: 'Greenfold School', locality: 'Beckside', type: 'SPECIAL', phase: 'SPECIAL', pupilsPerYear: 14, years: [0, 11] },
  { name: 'The Bridge Centre (Northmoor Pupil Referral Unit)', locality: 'Northmoor Central', type: 'PRU', phase: 'ALTERNATIVE_PROVISION', pupilsPerYear: 6, years: [5, 11] },
  { name: 'Kirkby Grange School', locality: 'Kirkby Ings', type: 'INDEPENDENT', phase: 'ALL_THROUGH', pupilsPerYear: 30, years: [0, 11] },
  { name: 'Eastmere West Academy', locality: 'Eastmere West', type: 'ACADEMY', phase: 'SECONDARY', pupilsPerYear: 150 },
];

/** DfE establishment-number ranges by kind of school (e.g. 2xxx community primary, 4xxx secondary, 7xxx special). */
function estabBase(row: SchoolRow): number {
  if (row.type === 'PRU') return 1100;
  if (row.type === 'INDEPENDENT') return 6000;
  if (row.type === 'SPECIAL') return 7000;
  if (row.phase === 'SECONDARY') return row.type === 'VOLUNTARY_AIDED' || row.type === 'FOUNDATION' ? 5400 : 4000;
  return row.type === 'VOLUNTARY_AIDED' || row.type === 'VOLUNTARY_CONTROLLED' ? 3000 : 2000;
}

export function postcodeIn(district: string, random: Random): string {
  return `${district} ${random.int(1, 9)}${random.pick([...POSTCODE_UNIT_LETTERS])}${random.pick([...POSTCODE_UNIT_LETTERS])}`;
}

const CHAMPION_ROLES: Readonly<Record<SchoolPhase, readonly string[]>> = {
  PRIMARY: ['Headteacher', 'Deputy Headteacher', 'Assistant Headteacher (Inclusion)'],
  SECONDARY: ['Deputy Headteacher (Pastoral)', 'Assistant Headteacher (Behaviour and Attendance)'],
  ALL_THROUGH: ['Deputy Head (Pastoral)'],
  SPECIAL: ['Deputy Headteacher'],
  ALTERNATIVE_PROVISION: ['Head of Centre'],
};

export interface GenerateSchoolsOptions {
  /** The current academic year (2026 for 2026/27); calendars cover it and the year before. */
  readonly academicYear: number;
  readonly today: LocalDate;
}

/** A school day in the window, or undefined when the window has none. */
function schoolDayIn(days: readonly LocalDate[], random: Random): LocalDate | undefined {
  return days.length ? random.pick(days) : undefined;
}

function termDates(row: SchoolRow, urn: number, options: GenerateSchoolsOptions, random: Random): SchoolYearDates[] {
  const years: SchoolYearDates[] = [];
  for (const year of [options.academicYear - 1, options.academicYear]) {
    const typical = termDatesFor(year);
    let insetDays = [...(typical.insetDays ?? [])];
    // Academies and independent schools set their own days: some move the summer INSET day to a Friday in spring.
    const ownDays = row.type === 'ACADEMY' || row.type === 'FREE_SCHOOL' || row.type === 'INDEPENDENT';
    if (ownDays && random.chance(0.5)) {
      const spring2 = typical.halfTerms.find((h) => h.name === 'SPRING_2');
      if (spring2) {
        const fridays = [0, 1, 2, 3].map((w) => addDays(spring2.start, 4 + 7 * w)).filter((d) => d <= spring2.end);
        insetDays = [...insetDays.slice(0, 3), random.pick(fridays), ...insetDays.slice(4)];
      }
    }
    const closures: NonNullable<SchoolYearDates['closures']>[number][] = [];
    if (year === options.academicYear) {
      const autumn2 = typical.halfTerms.find((h) => h.name === 'AUTUMN_2');
      // Two schools close for a day in the autumn (a planned whole-school closure, code #).
      if (autumn2 && (urn % 29 === 3 || urn % 29 === 17)) {
        const days = schoolDaysBetween(buildSchoolCalendar({ ...typical, insetDays }), autumn2.start, autumn2.end);
        const day = schoolDayIn(days.slice(5, 25), random);
        if (day) {
          closures.push({ start: day, kind: 'PLANNED_CLOSURE', description: 'Closed: building work on the heating system' });
        }
      }
      // One school had to close unexpectedly in the last few weeks (code Y4).
      if (urn % 29 === 11) {
        const calendar = buildSchoolCalendar({ ...typical, insetDays });
        const recent = schoolDaysBetween(calendar, addDays(options.today, -28), addDays(options.today, -7));
        const day = schoolDayIn(recent.filter((d) => isoWeekday(d) !== 1), random);
        if (day) closures.push({ start: day, kind: 'UNPLANNED_CLOSURE', description: 'Closed: burst water main, no water on site' });
      }
    }
    years.push({ ...typical, insetDays, closures });
  }
  return years;
}

// domain §14 and §17.2: each school has a calendar of 190 pupil days, a named LA officer and a Senior Attendance Champion
export function generateSchools(options: GenerateSchoolsOptions): DemoSchool[] {
  const random = Random.fromSeed(2026).fork('schools');
  const nextEstab = new Map<string, number>();
  const officers = new Map(LOCALITIES.map((l, i) => [l.name, LA_ATTENDANCE_OFFICERS[i % LA_ATTENDANCE_OFFICERS.length]]));
  return SCHOOL_ROWS.map((row, index) => {
    const own = random.fork(row.name);
    const locality = localityNamed(row.locality);
    const laCode = locality.laCode;
    const base = estabBase(row);
    const key = `${laCode}:${base}`;
    const estab = (nextEstab.get(key) ?? base) + 1 + own.int(0, 3);
    nextEstab.set(key, estab);
    const urn = Number(`${laCode}${String(101 + index).padStart(3, '0')}`);
    const years: readonly [number, number] =
      row.years ?? (row.phase === 'PRIMARY' ? [0, 6] : row.phase === 'SECONDARY' ? [7, 11] : [0, 11]);
    const dates = termDates(row, urn, options, own);
    const champion = `${own.pick(SCHOOL_STAFF_NAMES)}, ${own.pick(CHAMPION_ROLES[row.phase])}`;
    return {
      urn,
      laCode,
      estab,
      laestab: Number(laCode) * 10000 + estab,
      name: row.name,
      type: row.type,
      phase: row.phase,
      locality: row.locality,
      postcode: postcodeIn(locality.postcodeDistrict, own),
      namedLaOfficer: laCode === '928' ? (officers.get(row.locality) ?? LA_ATTENDANCE_OFFICERS[0]) : 'Ruth Ambler (Eastmere)',
      seniorAttendanceChampion: champion,
      ...(row.faith ? { faith: row.faith } : {}),
      lowestNcYear: years[0],
      highestNcYear: years[1],
      pupilsPerYear: row.pupilsPerYear,
      registerTimes:
        row.phase === 'PRIMARY'
          ? { registerOpens: '08:45', registerCloses: '09:05', pmRegisterOpens: '13:15', pmRegisterCloses: '13:35' }
          : { registerOpens: '08:40', registerCloses: '09:00', pmRegisterOpens: '13:20', pmRegisterCloses: '13:40' },
      termDates: dates,
      calendar: buildSchoolCalendar(dates),
    };
  });
}
