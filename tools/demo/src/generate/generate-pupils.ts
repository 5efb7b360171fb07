import {
  LocalDate,
  SchoolYearDates,
  addDays,
  daysBetween,
  localDate,
  maxDate,
  minDate,
  ncYearGroup,
  schoolDaysBetween,
  termDatesFor,
  typicalSchoolCalendar,
  upnCheckLetter,
} from '@rollcall/rules';
import { attendanceProfile, ABSENCE_MODEL } from './attendance-profile';
import { DEMO_EMAIL_DOMAIN, DEMO_LA, LOCALITIES, Locality, NEIGHBOUR_LA, localityNamed } from './demo-areas';
import {
  AttendanceProfile,
  DemoCharacteristic,
  DemoEnrolment,
  DemoHoliday,
  DemoHousehold,
  DemoParent,
  DemoPupil,
  DemoPupilParent,
  DemoSchool,
  DemoSocialWorker,
} from './demo-types';
import {
  ADULT_MEN_NAMES,
  ADULT_WOMEN_NAMES,
  BOYS_NAMES,
  GIRLS_NAMES,
  GRANDPARENT_NAMES,
  SOCIAL_WORKER_NAMES,
  SURNAMES,
} from './names';
import { Random } from './random';
import { Faith } from './religious-festivals';
import { streetsOf } from './streets';

export interface GeneratePupilsOptions {
  readonly random: Random;
  readonly schools: readonly DemoSchool[];
  readonly pupils: number;
  readonly academicYear: number;
  readonly today: LocalDate;
}

export interface GeneratedPopulation {
  readonly households: DemoHousehold[];
  readonly pupils: DemoPupil[];
}

type HouseholdKind = DemoHousehold['kind'];
type CareLevel = 'NONE' | 'EARLY_HELP' | 'CHILD_IN_NEED' | 'CHILD_PROTECTION';

/** Secondary schools each locality's families mostly choose, with weights. */
const SECONDARY_CHOICES: Readonly<Record<string, readonly (readonly [string, number])[]>> = {
  'Northmoor Central': [['Northmoor Academy', 0.8], ['Millbank High School', 0.1], ['Beckside Community College', 0.1]],
  Millbank: [['Millbank High School', 0.75], ['Northmoor Academy', 0.15], ['Farrowfield Academy', 0.1]],
  Beckside: [['Beckside Community College', 0.7], ['Northmoor Academy', 0.2], ['Saltmoor High School', 0.1]],
  Hallbridge: [['Hallbridge High School', 0.75], ['Eastmere West Academy', 0.13], ['Oakden School', 0.12]],
  Caldwick: [['Hallbridge High School', 0.45], ['Oakden School', 0.42], ['Eastmere West Academy', 0.13]],
  Farrowfield: [['Farrowfield Academy', 0.8], ['Millbank High School', 0.1], ['Saltmoor High School', 0.1]],
  Oakden: [['Oakden School', 0.85], ['Pennine Free School', 0.15]],
  Saltmoor: [['Saltmoor High School', 0.8], ['Beckside Community College', 0.1], ['Farrowfield Academy', 0.1]],
  'Hepton Vale': [['Pennine Free School', 0.7], ['Oakden School', 0.3]],
  'Kirkby Ings': [['Oakden School', 0.5], ['Pennine Free School', 0.5]],
  'Eastmere West': [['Eastmere West Academy', 0.82], ['Hallbridge High School', 0.18]],
};

/** Share of families who live over the border in Eastmere West and have a child at one of the demo schools. */
const EASTMERE_HOUSEHOLD_SHARE = 0.065;

const HOUSEHOLD_KINDS: readonly (readonly [HouseholdKind, number])[] = [
  ['TWO_PARENTS', 0.6],
  ['SINGLE_PARENT', 0.25],
  ['SEPARATED', 0.1],
  ['KINSHIP', 0.012],
  ['ADOPTIVE', 0.004],
  ['FOSTER', 0.0105],
];

const PREFERRED_NAMES: Readonly<Record<string, string>> = {
  Alexander: 'Alex',
  Benjamin: 'Ben',
  Theodore: 'Teddy',
  Thomas: 'Tom',
  Samuel: 'Sam',
  Isabella: 'Bella',
  Matilda: 'Tilly',
  Florence: 'Flo',
  Elizabeth: 'Beth',
  Joshua: 'Josh',
  Frederick: 'Freddie',
  Daniel: 'Dan',
};

function email(forename: string, surname: string, householdNumber: number): string {
  const clean = (s: string) => s.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '');
  return `${clean(forename)}.${clean(surname)}.${householdNumber}@parents.${DEMO_EMAIL_DOMAIN}`;
}

/** Ofcom's numbers reserved for drama: 07700 900000–900999 (mobile) and 01632 960000–960999 (geographic). */
function mobileNumber(random: Random): string {
  return `07700 900${String(random.int(0, 999)).padStart(3, '0')}`;
}

function officeNumber(random: Random): string {
  return `01632 960${String(random.int(0, 999)).padStart(3, '0')}`;
}

/** A random day from `from` to `to` (both included); `from` when the range is empty. */
function dayBetween(random: Random, from: LocalDate, to: LocalDate): LocalDate {
  const span = daysBetween(from, to);
  return span <= 0 ? from : addDays(from, random.int(0, span));
}

const termDatesCache = new Map<number, SchoolYearDates>();

/** The typical term dates of a year, worked out once (they are asked for per pupil). */
function typicalTermDates(year: number): SchoolYearDates {
  let dates = termDatesCache.get(year);
  if (!dates) {
    dates = termDatesFor(year);
    termDatesCache.set(year, dates);
  }
  return dates;
}

function firstDayOfYear(year: number): LocalDate {
  return typicalTermDates(year).halfTerms[0].start;
}

interface UpnAllocator {
  allocate(laCode: string, estab: number, yearOfAllocation: number): string;
}

// domain §15.1: a UPN is check letter + LA code + establishment number + year of allocation + serial
function upnAllocator(): UpnAllocator {
  const serials = new Map<string, number>();
  return {
    allocate(laCode, estab, yearOfAllocation) {
      let e = estab;
      for (;;) {
        const key = `${laCode}${String(e).padStart(4, '0')}${String(yearOfAllocation % 100).padStart(2, '0')}`;
        const serial = (serials.get(key) ?? 0) + 1;
        if (serial <= 999) {
          serials.set(key, serial);
          const body = `${key}${String(serial).padStart(3, '0')}`;
          return `${upnCheckLetter(body)}${body}`;
        }
        e = (e + 37) % 10000;
      }
    },
  };
}

interface HouseholdFacts {
  readonly key: string;
  readonly number: number;
  readonly kind: HouseholdKind;
  readonly locality: Locality;
  readonly homeLaCode: string;
  readonly surname: string;
  readonly parents: DemoParent[];
  readonly parentLinks: (childSurname: string) => DemoPupilParent[];
  readonly address: { readonly line1: string; readonly postcode: string };
  readonly care: CareLevel;
  readonly fsm: boolean;
  readonly catholic: boolean;
  readonly faith?: Faith;
  readonly mobile: boolean;
  readonly independent: boolean;
  readonly factor: number;
  readonly socialWorker?: DemoSocialWorker;
  readonly lookedAfterBy?: string;
  readonly previouslyLookedAfter: boolean;
  readonly holiday?: DemoHoliday;
}

// domain §17.2, §17.3; Working together (2024) ch. 1: an area's children, families, schools and the cohorts LAs report
export function generatePupils(options: GeneratePupilsOptions): GeneratedPopulation {
  const { random, schools, academicYear, today } = options;
  const byName = new Map(schools.map((s) => [s.name, s]));
  const school = (name: string): DemoSchool => {
    const found = byName.get(name);
    if (!found) throw new Error(`No school called ${name}`);
    return found;
  };
  const primaries = schools.filter((s) => s.phase === 'PRIMARY');
  const primariesIn = (locality: string) => primaries.filter((s) => s.locality === locality);
  const special = schools.find((s) => s.type === 'SPECIAL');
  const pru = schools.find((s) => s.type === 'PRU');
  const independent = schools.find((s) => s.type === 'INDEPENDENT');
  const catholicSecondary = schools.find((s) => s.phase === 'SECONDARY' && s.faith === 'RC');
  if (!special || !pru || !independent || !catholicSecondary) throw new Error('The demo area needs every kind of school');
  const homeLocalities = LOCALITIES.filter((l) => l.laCode === DEMO_LA.laCode);
  const localityWeights = homeLocalities.map(
    (l) => [l, primariesIn(l.name).reduce((sum, s) => sum + s.pupilsPerYear, 0)] as const,
  );
  const eastmere = localityNamed('Eastmere West');
  const borderPrimaries = primaries.filter((s) => localityNamed(s.locality).border);
  const upns = upnAllocator();
  const yearStart = firstDayOfYear(academicYear);
  const typicalCalendar = typicalSchoolCalendar(academicYear);
  const socialWorkers = SOCIAL_WORKER_NAMES.map((name, i) => ({
    name,
    team: i % 4 === 0 ? "Children in Care Team" : i % 4 === 1 ? 'Assessment and Intervention (North)' : i % 4 === 2 ? 'Assessment and Intervention (South)' : 'Child Protection and Court Team',
  }));

  const households: DemoHousehold[] = [];
  const pupils: DemoPupil[] = [];

  const makeAdult = (h: Random, sex: 'F' | 'M', surname: string, number: number, line1: string, postcode: string, town: string, key: string, grand = false): DemoParent => {
    const forename = grand ? h.pick(GRANDPARENT_NAMES) : h.pick(sex === 'F' ? ADULT_WOMEN_NAMES : ADULT_MEN_NAMES);
    return { key, forename, surname, email: email(forename, surname, number), phone: mobileNumber(h), addressLine1: line1, town, postcode };
  };

  const holidayFor = (h: Random, fsm: boolean): DemoHoliday | undefined => {
    if (!h.chance(fsm ? 0.09 : 0.15)) return undefined;
    const dates = typicalTermDates(academicYear);
    const breaks = dates.halfTerms.slice(0, 5).map((ht, i) => ({ before: ht.end, after: dates.halfTerms[i + 1].start }));
    const chosen = h.pick(breaks);
    const days = h.weighted([[2, 0.15], [3, 0.3], [4, 0.25], [5, 0.2], [7, 0.1]] as const);
    const window = h.chance(0.6)
      ? schoolDaysBetween(typicalCalendar, addDays(chosen.before, -14), chosen.before).slice(-days)
      : schoolDaysBetween(typicalCalendar, chosen.after, addDays(chosen.after, 14)).slice(0, days);
    if (window.length === 0) return undefined;
    const from = window[0];
    const to = window[window.length - 1];
    const past = from <= today;
    const request: DemoHoliday['request'] = past
      ? h.weighted([['NONE', 0.52], ['REFUSED', 0.4], ['GRANTED', 0.08]] as const)
      : h.weighted([['PENDING', 0.5], ['REFUSED', 0.3], ['NONE', 0.2]] as const);
    const reason =
      request === 'GRANTED'
        ? h.pick(['Funeral of a close relative abroad', 'Family wedding abroad (exceptional circumstances)', "Parent's return from military deployment"])
        : h.pick(['Family holiday: flights are cheaper in term time', 'Visiting family overseas', 'Family holiday booked before the new term dates were published', 'Holiday with grandparents']);
    return { from, to, request, reason };
  };

  const makeHousehold = (number: number): HouseholdFacts => {
    const h = random.fork(`household:${number}`);
    const key = `H${String(number).padStart(5, '0')}`;
    let kind = h.weighted(HOUSEHOLD_KINDS);
    let lookedAfterBy: string | undefined;
    let locality: Locality;
    if (kind === 'FOSTER') {
      const placement = h.weighted([['HOME', 0.8], ['PLACED_IN', 0.12], ['PLACED_OUT', 0.08]] as const);
      lookedAfterBy = placement === 'PLACED_IN' ? NEIGHBOUR_LA.laCode : DEMO_LA.laCode;
      locality = placement === 'PLACED_OUT' ? eastmere : h.weighted(localityWeights);
    } else {
      locality = h.chance(EASTMERE_HOUSEHOLD_SHARE) ? eastmere : h.weighted(localityWeights);
    }
    if (locality === eastmere && kind !== 'FOSTER' && kind !== 'TWO_PARENTS' && kind !== 'SINGLE_PARENT') kind = 'TWO_PARENTS';
    const homeLaCode = locality.laCode;
    const d = locality.deprivation;
    const surname = h.weighted(SURNAMES);
    const street = h.pick(streetsOf(locality));
    const line1 = `${h.int(1, 180)} ${street.name}`;
    const town = locality.town;
    const parents: DemoParent[] = [];
    const pkey = (i: number) => `${key}-${i}`;
    let parentLinks: (childSurname: string) => DemoPupilParent[];
    const otherSurname = h.weighted(SURNAMES);
    let previouslyLookedAfter = false;
    switch (kind) {
      case 'TWO_PARENTS': {
        const mother = makeAdult(h, 'F', surname, number, line1, street.postcode, town, pkey(1));
        const father = makeAdult(h, 'M', surname, number, line1, street.postcode, town, pkey(2));
        parents.push(mother, father);
        const first = h.chance(0.7) ? 1 : 2;
        parentLinks = () => [
          { parentKey: mother.key, relationship: 'Mother', parentalResponsibility: true, livesWith: true, contactPriority: first === 1 ? 1 : 2 },
          { parentKey: father.key, relationship: 'Father', parentalResponsibility: true, livesWith: true, contactPriority: first === 1 ? 2 : 1 },
        ];
        break;
      }
      case 'SINGLE_PARENT': {
        const mum = h.chance(0.88);
        const parent = makeAdult(h, mum ? 'F' : 'M', h.chance(0.6) ? surname : otherSurname, number, line1, street.postcode, town, pkey(1));
        parents.push(parent);
        parentLinks = () => [
          { parentKey: parent.key, relationship: mum ? 'Mother' : 'Father', parentalResponsibility: true, livesWith: true, contactPriority: 1 },
        ];
        break;
      }
      case 'SEPARATED': {
        const mother = makeAdult(h, 'F', h.chance(0.5) ? surname : otherSurname, number, line1, street.postcode, town, pkey(1));
        const otherStreet = h.pick(streetsOf(locality));
        const father = makeAdult(h, 'M', surname, number, `${h.int(1, 120)} ${otherStreet.name}`, otherStreet.postcode, town, pkey(2));
        parents.push(mother, father);
        const stepfather = h.chance(0.3) ? makeAdult(h, 'M', otherSurname, number, line1, street.postcode, town, pkey(3)) : undefined;
        if (stepfather) parents.push(stepfather);
        parentLinks = () => [
          { parentKey: mother.key, relationship: 'Mother', parentalResponsibility: true, livesWith: true, contactPriority: 1 },
          { parentKey: father.key, relationship: 'Father', parentalResponsibility: true, livesWith: false, contactPriority: 2 },
          ...(stepfather
            ? [{ parentKey: stepfather.key, relationship: 'Stepfather', parentalResponsibility: false, livesWith: true, contactPriority: 3 }]
            : []),
        ];
        break;
      }
      case 'KINSHIP': {
        // Half the kinship carers hold a special guardianship order (parental responsibility; the child was looked after before).
        const sgo = h.chance(0.5);
        previouslyLookedAfter = sgo;
        const gran = makeAdult(h, 'F', otherSurname, number, line1, street.postcode, town, pkey(1), true);
        const mother = makeAdult(h, 'F', surname, number, `${h.int(1, 120)} ${h.pick(streetsOf(locality)).name}`, street.postcode, town, pkey(2));
        parents.push(gran, mother);
        parentLinks = () => [
          { parentKey: gran.key, relationship: sgo ? 'Grandmother (special guardian)' : 'Grandmother (kinship carer)', parentalResponsibility: sgo, livesWith: true, contactPriority: 1 },
          { parentKey: mother.key, relationship: 'Mother', parentalResponsibility: true, livesWith: false, contactPriority: 2 },
        ];
        break;
      }
      case 'ADOPTIVE': {
        previouslyLookedAfter = true;
        const a = makeAdult(h, 'F', surname, number, line1, street.postcode, town, pkey(1));
        const b = makeAdult(h, h.chance(0.85) ? 'M' : 'F', surname, number, line1, street.postcode, town, pkey(2));
        parents.push(a, b);
        parentLinks = () => [
          { parentKey: a.key, relationship: 'Adoptive parent', parentalResponsibility: true, livesWith: true, contactPriority: 1 },
          { parentKey: b.key, relationship: 'Adoptive parent', parentalResponsibility: true, livesWith: true, contactPriority: 2 },
        ];
        break;
      }
      case 'FOSTER': {
        const carer = makeAdult(h, 'F', otherSurname, number, line1, street.postcode, town, pkey(1));
        const second = h.chance(0.6) ? makeAdult(h, 'M', otherSurname, number, line1, street.postcode, town, pkey(2)) : undefined;
        const birthMother = makeAdult(h, 'F', surname, number, `${h.int(1, 120)} ${h.pick(streetsOf(h.weighted(localityWeights))).name}`, street.postcode, town, pkey(3));
        parents.push(carer, ...(second ? [second] : []), birthMother);
        parentLinks = () => [
          { parentKey: carer.key, relationship: 'Foster carer', parentalResponsibility: false, livesWith: true, contactPriority: 1 },
          ...(second
            ? [{ parentKey: second.key, relationship: 'Foster carer', parentalResponsibility: false, livesWith: true, contactPriority: 2 }]
            : []),
          { parentKey: birthMother.key, relationship: 'Birth mother', parentalResponsibility: true, livesWith: false, contactPriority: 3 },
        ];
        break;
      }
    }
    const kindRisk: Readonly<Record<HouseholdKind, number>> = {
      TWO_PARENTS: 0.75,
      SINGLE_PARENT: 1.75,
      SEPARATED: 1.3,
      KINSHIP: 1.5,
      ADOPTIVE: 0.8,
      FOSTER: 0,
    };
    const fsm = kind !== 'FOSTER' && h.chance(Math.min(0.9, (0.03 + 0.4 * d) * kindRisk[kind]));
    const careRisk = (0.4 + d) * (fsm ? 1.8 : 0.7) * (kind === 'SINGLE_PARENT' ? 1.3 : 1);
    const care: CareLevel =
      kind === 'FOSTER' || kind === 'ADOPTIVE'
        ? 'NONE'
        : h.weighted([
            ['CHILD_PROTECTION', 0.0056 * careRisk],
            ['CHILD_IN_NEED', 0.031 * careRisk],
            ['EARLY_HELP', 0.022 * careRisk],
            ['NONE', 1],
          ] as const);
    const needsWorker = care === 'CHILD_IN_NEED' || care === 'CHILD_PROTECTION' || kind === 'FOSTER';
    let socialWorker: DemoSocialWorker | undefined;
    if (needsWorker) {
      const fromEastmere = lookedAfterBy === NEIGHBOUR_LA.laCode;
      const pool = socialWorkers.filter((w) => (kind === 'FOSTER') === (w.team === 'Children in Care Team'));
      const worker = h.pick(pool.length ? pool : socialWorkers);
      const [first, last] = worker.name.split(' ');
      const domain = fromEastmere ? 'eastmere.example' : DEMO_EMAIL_DOMAIN;
      socialWorker = {
        name: worker.name,
        email: `${first.toLowerCase()}.${last.toLowerCase()}@childrens-services.${domain}`,
        phone: officeNumber(h),
        team: fromEastmere ? 'Eastmere Children in Care Team' : `Northmoor ${worker.team}`,
        startsOn: dayBetween(h, addDays(today, -540), addDays(today, -20)),
      };
    }
    const faith = h.weighted([
      ['MUSLIM', 0.05 * (d + 0.5)],
      ['HINDU', 0.01],
      ['SIKH', 0.007],
      ['JEWISH', 0.003],
      ['NONE', 0.95],
    ] as const);
    const observed = faith !== 'NONE' && h.chance(0.6) ? faith : undefined;
    const independentChance = fsm || locality === eastmere || kind === 'FOSTER' ? 0 : 0.04 * (1.2 - d);
    return {
      key,
      number,
      kind,
      locality,
      homeLaCode,
      surname,
      parents,
      parentLinks,
      address: { line1, postcode: street.postcode },
      care,
      fsm,
      catholic: h.chance(0.08),
      ...(observed ? { faith: observed } : {}),
      mobile: kind === 'TWO_PARENTS' && h.chance(0.003),
      independent: h.chance(independentChance),
      factor: Math.exp(h.normal(0, ABSENCE_MODEL.householdSd) - ABSENCE_MODEL.householdSd ** 2 / 2),
      ...(socialWorker ? { socialWorker } : {}),
      ...(lookedAfterBy ? { lookedAfterBy } : {}),
      previouslyLookedAfter,
      ...(kind !== 'FOSTER' ? { holiday: holidayFor(h, fsm) } : {}),
    };
  };

  const childYears = (h: Random, kind: HouseholdKind): number[] => {
    const count =
      kind === 'FOSTER'
        ? h.weighted([[1, 0.7], [2, 0.3]] as const)
        : h.weighted([[1, 0.47], [2, 0.37], [3, 0.12], [4, 0.04]] as const);
    const years = [h.int(0, 11)];
    while (years.length < count) {
      const last = years[years.length - 1];
      const gap = h.chance(0.03) ? 0 : h.weighted([[1, 0.2], [2, 0.35], [3, 0.3], [4, 0.15]] as const);
      const up = last + gap;
      const down = last - gap;
      const next = h.chance(0.5) ? (up <= 11 ? up : down) : down >= 0 ? down : up;
      if (next < 0 || next > 11) break;
      years.push(next);
    }
    return years;
  };

  const homeEducationLeavingDate = (c: Random, ncYear: number, admitted: LocalDate): LocalDate | undefined => {
    const lastYear = ncYear >= 8 && c.chance(0.6);
    const from = lastYear ? localDate(academicYear, 2, 1) : addDays(yearStart, 15);
    const to = lastYear ? localDate(academicYear, 7, 10) : addDays(today, -10);
    if (to <= from) return undefined;
    const day = dayBetween(c, from, to);
    return day > admitted ? day : undefined;
  };

  let householdNumber = 0;
  while (pupils.length < options.pupils) {
    householdNumber += 1;
    const hh = makeHousehold(householdNumber);
    const h = random.fork(`children:${householdNumber}`);
    const eastmereFamily = hh.locality === eastmere;
    const years = childYears(h, hh.kind);
    const householdPrimary = eastmereFamily
      ? h.pick(borderPrimaries)
      : hh.catholic && h.chance(0.7) && primariesIn(hh.locality.name).some((s) => s.faith === 'RC')
        ? primariesIn(hh.locality.name).find((s) => s.faith === 'RC') ?? h.pick(primaries)
        : h.chance(0.86)
          ? h.weighted(primariesIn(hh.locality.name).map((s) => [s, s.pupilsPerYear] as const))
          : h.weighted(primaries.map((s) => [s, s.pupilsPerYear] as const));
    const householdSecondary =
      hh.catholic && h.chance(0.7) ? catholicSecondary : school(h.weighted(SECONDARY_CHOICES[hh.locality.name]));
    // Most Eastmere families' younger children go to school in Eastmere (not part of the demo).
    const eastmerePrimaryHere = eastmereFamily && h.chance(0.15);
    const pupilKeys: string[] = [];
    for (const [index, ncYear] of years.entries()) {
      if (pupils.length >= options.pupils) break;
      if (eastmereFamily && ncYear < 7 && !eastmerePrimaryHere && hh.kind !== 'FOSTER') continue;
      const c = random.fork(`pupil:${householdNumber}:${index}`);
      const sex: 'F' | 'M' = c.chance(0.51) ? 'M' : 'F';
      const bornFrom = localDate(academicYear - 5 - ncYear, 9, 1);
      const dateOfBirth = dayBetween(c, bornFrom, localDate(academicYear - 4 - ncYear, 8, 31));
      const forename = c.pick(sex === 'F' ? GIRLS_NAMES : BOYS_NAMES);
      const childSurname = hh.kind === 'SINGLE_PARENT' && c.chance(0.4) ? hh.parents[0].surname : hh.surname;
      const specialSchool = c.chance(sex === 'M' ? 0.019 : 0.009);
      const ehcp = specialSchool || c.chance(sex === 'M' ? 0.037 : 0.018);
      const senSupport = !ehcp && c.chance((sex === 'M' ? 0.155 : 0.095) * (hh.fsm ? 1.35 : 0.9) * (hh.care !== 'NONE' || hh.kind === 'FOSTER' ? 1.4 : 1));
      const lookedAfter = hh.kind === 'FOSTER';
      const youngCarer = ncYear >= 3 && c.chance(0.01 * (hh.kind === 'SINGLE_PARENT' ? 2.5 : 1) * (hh.fsm ? 1.8 : 1));
      const careRisk = hh.care === 'CHILD_IN_NEED' || hh.care === 'CHILD_PROTECTION' || lookedAfter ? 3 : 1;
      const youthJustice = ncYear >= 6 && c.chance(0.0026 * (sex === 'M' ? 1.6 : 0.4) * careRisk * (hh.fsm ? 2 : 1) * (ncYear >= 9 ? 2 : 1));
      const pruChance = ncYear >= 7 ? 0.0045 * (sex === 'M' ? 1.5 : 0.5) * careRisk * (youthJustice ? 3 : 1) : ncYear >= 5 ? 0.0008 : 0;
      const crossBorderSecondary = ncYear >= 7 && householdSecondary.laCode !== DEMO_LA.laCode;
      const atPru = !specialSchool && !hh.independent && !crossBorderSecondary && c.chance(pruChance);
      const dualAtPru = atPru && c.chance(0.6);

      let main: DemoSchool;
      if (specialSchool) main = special;
      else if (hh.independent) main = independent;
      else if (atPru && !dualAtPru) main = pru;
      else if (ncYear <= 6) main = householdPrimary;
      else main = householdSecondary;

      const enrolled = (s: DemoSchool): number => {
        if (s === special || s === independent) return c.int(Math.max(0, ncYear - 6), ncYear);
        if (s.phase === 'PRIMARY') return 0;
        if (s === pru) return ncYear;
        return 7;
      };
      const entryYear = academicYear - (ncYear - enrolled(main));
      const joinedInYear = c.chance(0.06);
      const firstDay = firstDayOfYear(entryYear);
      const admittedOn = joinedInYear
        ? entryYear === academicYear
          ? dayBetween(c, addDays(firstDay, 10), addDays(today, -3))
          : dayBetween(c, addDays(firstDay, 10), localDate(entryYear + 1, 7, 10))
        : firstDay;
      const mainAdmitted = admittedOn > today ? firstDay : admittedOn;
      // A few secondary pupils have left for elective home education (last school year or this one).
      const homeEducated = main.phase === 'SECONDARY' && main.laCode === DEMO_LA.laCode && !dualAtPru && c.chance(0.0025);
      const leftOn = homeEducated ? homeEducationLeavingDate(c, ncYear, mainAdmitted) : undefined;
      const enrolments: DemoEnrolment[] = [
        { urn: main.urn, admittedOn: mainAdmitted, registration: dualAtPru ? 'DUAL_MAIN' : 'MAIN', ...(leftOn ? { leftOn } : {}) },
      ];
      let elsewhereDays: AttendanceProfile['elsewhereDays'];
      if (dualAtPru) {
        const pruFrom = dayBetween(c, addDays(yearStart, -120), addDays(today, -15));
        const from = maxDate(pruFrom, mainAdmitted);
        enrolments.push({ urn: pru.urn, admittedOn: from, registration: 'DUAL_SUBSIDIARY' });
        const start = c.int(1, 3);
        elsewhereDays = { weekdays: [start, start + 1, start + 2], code: 'D', from };
      } else if (main.phase === 'SECONDARY' && !leftOn && c.chance(0.0015 * careRisk)) {
        elsewhereDays = { weekdays: [2, 4], code: 'K', from: maxDate(mainAdmitted, dayBetween(c, yearStart, addDays(today, -10))) };
      }

      // domain §15.1: the UPN comes from the school that first admitted the child (its LA code and establishment number).
      const allocatingEstab = main.laCode === DEMO_LA.laCode ? (main === special || main === independent || main.phase === 'PRIMARY' ? main.estab : householdPrimary.estab) : 2000 + c.int(1, 40);
      const upn = upns.allocate(main.laCode, allocatingEstab, academicYear - ncYear);

      const reception = localDate(academicYear - ncYear, 9, 1);
      const since = (monthsBack: number, notBefore: LocalDate = reception): LocalDate =>
        dayBetween(c, maxDate(notBefore, addDays(today, -monthsBack * 30)), addDays(today, -10));
      const characteristics: DemoCharacteristic[] = [];
      if (hh.fsm) characteristics.push({ characteristic: 'FSM', startsOn: since(48) });
      if (ehcp) characteristics.push({ characteristic: 'EHCP', startsOn: since(60) });
      if (senSupport) characteristics.push({ characteristic: 'SEN_SUPPORT', startsOn: since(48) });
      if (hh.care === 'EARLY_HELP') characteristics.push({ characteristic: 'EARLY_HELP', startsOn: since(14) });
      if (hh.care === 'CHILD_IN_NEED' || hh.care === 'CHILD_PROTECTION') {
        if (c.chance(0.4)) {
          const ehStart = since(36);
          const ehEnd = minDate(addDays(ehStart, c.int(60, 240)), addDays(today, -30));
          if (ehEnd >= ehStart) characteristics.push({ characteristic: 'EARLY_HELP', startsOn: ehStart, endsOn: ehEnd });
        }
        characteristics.push({ characteristic: hh.care, startsOn: hh.socialWorker?.startsOn ?? since(18) });
      }
      if (lookedAfter) {
        characteristics.push({ characteristic: 'LOOKED_AFTER', startsOn: since(60), responsibleLaCode: hh.lookedAfterBy ?? DEMO_LA.laCode });
      }
      if (hh.previouslyLookedAfter) characteristics.push({ characteristic: 'PREVIOUSLY_LOOKED_AFTER', startsOn: since(72, dateOfBirth) });
      if (youngCarer) characteristics.push({ characteristic: 'YOUNG_CARER', startsOn: since(24) });
      if (youthJustice) characteristics.push({ characteristic: 'YOUTH_JUSTICE', startsOn: since(12) });

      const secondaryPupil = ncYear >= 7;
      const pttChance = (secondaryPupil ? 0.004 : 0.0008) * (ehcp || senSupport ? 3 : 1) * (atPru ? 0 : 1);
      let partTimeTimetable: { from: LocalDate; to: LocalDate } | undefined;
      if (!leftOn && c.chance(pttChance) && today > addDays(yearStart, 14)) {
        const from = dayBetween(c, maxDate(yearStart, mainAdmitted), addDays(today, -7));
        partTimeTimetable = { from, to: addDays(from, 41) };
      }

      const profile = attendanceProfile(
        c,
        {
          ncYear,
          fsm: hh.fsm,
          senSupport,
          ehcp,
          specialSchool,
          childInNeed: hh.care === 'CHILD_IN_NEED',
          childProtection: hh.care === 'CHILD_PROTECTION',
          lookedAfter,
          earlyHelp: hh.care === 'EARLY_HELP',
          youngCarer,
          youthJustice,
          independentSchool: main === independent,
          pru: atPru,
          householdFactor: hh.factor,
        },
        {
          ...(hh.faith ? { observedFaith: hh.faith } : {}),
          mobile: hh.mobile,
          ...(hh.holiday && main !== special ? { holiday: hh.holiday } : {}),
          ...(partTimeTimetable ? { partTimeTimetable } : {}),
          ...(elsewhereDays ? { elsewhereDays } : {}),
        },
      );

      const preferred = PREFERRED_NAMES[forename];
      const key = `${hh.key}-${index + 1}`;
      pupilKeys.push(key);
      const computedYear = ncYearGroup(dateOfBirth, academicYear);
      if (computedYear !== ncYear) throw new Error(`Year group mismatch for ${dateOfBirth}: ${computedYear} ≠ ${ncYear}`);
      pupils.push({
        key,
        householdKey: hh.key,
        upn,
        forename,
        surname: childSurname,
        ...(preferred && c.chance(0.6) ? { preferredName: preferred } : {}),
        dateOfBirth,
        sex,
        ncYear,
        addressLine1: hh.address.line1,
        town: hh.locality.town,
        postcode: hh.address.postcode,
        homeLaCode: hh.homeLaCode,
        laCode: main.laCode,
        enrolments,
        parents: hh.parentLinks(childSurname),
        characteristics,
        ...(hh.socialWorker ? { socialWorker: hh.socialWorker } : {}),
        profile,
      });
    }
    if (pupilKeys.length > 0) {
      households.push({
        key: hh.key,
        kind: hh.kind,
        locality: hh.locality.name,
        homeLaCode: hh.homeLaCode,
        parents: hh.parents,
        pupilKeys,
      });
    }
  }
  return { households, pupils };
}
