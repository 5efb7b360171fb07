export interface AbsenceBenchmark {
  readonly area: string;
  /** The year the academic year starts in: 2023 for 2023/24. */
  readonly academicYear: number;
  readonly overallAbsenceRate: number;
  readonly authorisedAbsenceRate: number;
  readonly unauthorisedAbsenceRate: number;
  /** Persistent absentees as a percentage of enrolments. */
  readonly persistentAbsenceRate: number;
  readonly severeAbsenceRate: number;
  readonly source: string;
}

// domain §17.3 benchmark table (Sefton strategy quoting DfE national statistics, all schools): England headline figures
export const NATIONAL_ABSENCE_FIGURES: readonly AbsenceBenchmark[] = [
  {
    area: 'England',
    academicYear: 2022,
    overallAbsenceRate: 7.4,
    authorisedAbsenceRate: 5.0,
    unauthorisedAbsenceRate: 2.4,
    persistentAbsenceRate: 21.3,
    severeAbsenceRate: 2.0,
    source: 'domain §17.3 (Sefton attendance strategy, England 2022/23)',
  },
  {
    area: 'England',
    academicYear: 2023,
    overallAbsenceRate: 7.1,
    authorisedAbsenceRate: 4.7,
    unauthorisedAbsenceRate: 2.5,
    persistentAbsenceRate: 20.3,
    severeAbsenceRate: 1.7,
    source: 'domain §17.3 (Sefton attendance strategy, England 2023/24)',
  },
];
