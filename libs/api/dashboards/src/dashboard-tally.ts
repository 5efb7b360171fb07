import { LocalDate, termDatesFor } from '@rollcall/rules';
import { FiguresTally } from './attendance-figures';
import { DashboardTreatment, StatisticalMethod } from './statistical-method';

/** The cohorts LAs report (domain §17.3), each from the characteristics held on any day of the period. */
export const COHORTS: readonly { readonly key: string; readonly label: string; readonly characteristics: readonly string[] }[] = [
  { key: 'FSM', label: 'Free school meals', characteristics: ['FSM'] },
  { key: 'SEN_SUPPORT', label: 'SEN support', characteristics: ['SEN_SUPPORT'] },
  { key: 'EHCP', label: 'Education, health and care plan', characteristics: ['EHCP'] },
  { key: 'CIN_CP', label: 'Child in need or on a child protection plan', characteristics: ['CHILD_IN_NEED', 'CHILD_PROTECTION'] },
  { key: 'LOOKED_AFTER', label: 'Looked after', characteristics: ['LOOKED_AFTER'] },
  { key: 'PREVIOUSLY_LOOKED_AFTER', label: 'Previously looked after', characteristics: ['PREVIOUSLY_LOOKED_AFTER'] },
  { key: 'EARLY_HELP', label: 'Early help', characteristics: ['EARLY_HELP'] },
  { key: 'YOUNG_CARER', label: 'Young carer', characteristics: ['YOUNG_CARER'] },
  { key: 'YOUTH_JUSTICE', label: 'Youth Justice Service', characteristics: ['YOUTH_JUSTICE'] },
];

export const PHASES: readonly { readonly key: string; readonly label: string }[] = [
  { key: 'NURSERY', label: 'Nursery' },
  { key: 'PRIMARY', label: 'Primary' },
  { key: 'SECONDARY', label: 'Secondary' },
  { key: 'ALL_THROUGH', label: 'All-through' },
  { key: 'SPECIAL', label: 'Special' },
  { key: 'ALTERNATIVE_PROVISION', label: 'Alternative provision' },
];

/** Year-group key of a pupil with no NC year recorded. */
export const UNKNOWN_YEAR_GROUP = 'UNKNOWN';

export interface DfeExclusionsRecord {
  readonly boarders: number;
  readonly agedUnder4: number;
  readonly aged4: number;
  readonly agedOver15: number;
  /** Pupils aged 15 whose summer 2 half term was dropped. */
  readonly summer2Dropped: number;
}

/** Which schools a dashboard covers. */
export interface Coverage {
  readonly laCode: string;
  /** One school's dashboard; null for the LA's. */
  readonly urn: number | null;
  readonly schoolName: string | null;
}

/** What both ways of reading a dashboard are given. */
export interface DashboardQuery {
  readonly coverage: Coverage;
  readonly method: StatisticalMethod;
  readonly academicYear: number;
  /** The Mondays of the first and last weeks read (summaries are by week, Monday to Sunday). */
  readonly weeksFrom: LocalDate;
  readonly weeksTo: LocalDate;
}

/** The figures of a dashboard, added up, before they are laid out. */
export interface DashboardTally {
  readonly all: FiguresTally;
  readonly byPhase: Map<string, FiguresTally>;
  readonly byYearGroup: Map<string, FiguresTally>;
  readonly byCohort: Map<string, FiguresTally>;
  readonly bySchool: Map<number, { readonly name: string; readonly phase: string; readonly tally: FiguresTally }>;
  readonly byWeek: readonly { readonly weekStart: LocalDate; readonly tally: FiguresTally }[];
  readonly excluded: DfeExclusionsRecord;
}

/** The tally of `key` in `map`, made empty when missing. */
export function tallyIn<K>(map: Map<K, FiguresTally>, key: K): FiguresTally {
  let tally = map.get(key);
  if (!tally) map.set(key, (tally = new FiguresTally()));
  return tally;
}

/** Counts of the enrolments left out, by treatment (those counted with summer 2 dropped included). */
export function exclusionsOf(count: (treatment: DashboardTreatment) => number): DfeExclusionsRecord {
  return {
    boarders: count('BOARDER'),
    agedUnder4: count('AGED_UNDER_4'),
    aged4: count('AGED_4'),
    agedOver15: count('AGED_OVER_15'),
    summer2Dropped: count('COUNTED_SUMMER_2_DROPPED'),
  };
}

/**
 * SQL: whether week `week` (a Monday column) falls in the summer 2 half term of its school (`halfTerm`, a left-joined
 * `school_half_term` row for the year, its name SUMMER_2), or when the school has none, in the usual one for the year
 * (`typical` gives the parameters of its first and last days). From the Monday of the week it starts in.
 */
export function summer2WeekSql(week: string, halfTerm: string, typical: { readonly start: string; readonly end: string }): string {
  const starts = `coalesce(${halfTerm}.starts_on, ${typical.start}::date)`;
  return `${week} BETWEEN (${starts} - (extract(isodow FROM ${starts})::int - 1)) AND coalesce(${halfTerm}.ends_on, ${typical.end}::date)`;
}

/** The usual summer 2 half term of the year, for schools that have not set theirs. */
export function typicalSummer2(academicYear: number): { readonly start: LocalDate; readonly end: LocalDate } | null {
  const half = termDatesFor(academicYear).halfTerms.find((h) => h.name === 'SUMMER_2');
  return half ? { start: half.start, end: half.end } : null;
}

/** SQL: the covered schools, on a `urn` column (`laParam` and `urnParam` are the parameters of the LA and the URN). */
export function coveredSchoolsSql(column: string, coverage: Coverage, laParam: string, urnParam: string | null): string {
  return coverage.urn === null || urnParam === null ? `${column} IN (SELECT urn FROM school WHERE la_code = ${laParam})` : `${column} = ${urnParam}`;
}
