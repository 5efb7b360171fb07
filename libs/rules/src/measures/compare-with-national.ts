import { DfeHeadlineFigures } from './dfe-statistical-summary';
import { AbsenceBenchmark, NATIONAL_ABSENCE_FIGURES } from './national-absence-figures';

export interface NationalComparison {
  readonly national: AbsenceBenchmark;
  /** Local minus national, in percentage points (null where the local figure is null); positive = worse than national. */
  readonly differences: {
    readonly overallAbsenceRate: number | null;
    readonly authorisedAbsenceRate: number | null;
    readonly unauthorisedAbsenceRate: number | null;
    readonly persistentAbsenceRate: number | null;
    readonly severeAbsenceRate: number | null;
  };
}

const gap = (local: number | null, national: number) => (local === null ? null : local - national);

// domain §17.3: LA measures compared with national averages; undefined when no national figure is held for the year
export function compareWithNational(
  local: DfeHeadlineFigures,
  academicYear: number,
  benchmarks: readonly AbsenceBenchmark[] = NATIONAL_ABSENCE_FIGURES,
): NationalComparison | undefined {
  const national = benchmarks.find((b) => b.academicYear === academicYear);
  if (!national) return undefined;
  return {
    national,
    differences: {
      overallAbsenceRate: gap(local.overallAbsenceRate, national.overallAbsenceRate),
      authorisedAbsenceRate: gap(local.authorisedAbsenceRate, national.authorisedAbsenceRate),
      unauthorisedAbsenceRate: gap(local.unauthorisedAbsenceRate, national.unauthorisedAbsenceRate),
      persistentAbsenceRate: gap(local.persistentAbsenceRate, national.persistentAbsenceRate),
      severeAbsenceRate: gap(local.severeAbsenceRate, national.severeAbsenceRate),
    },
  };
}
