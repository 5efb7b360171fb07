import { compareWithNational } from './compare-with-national';
import { DfeHeadlineFigures } from './dfe-statistical-summary';
import { NATIONAL_ABSENCE_FIGURES } from './national-absence-figures';

const sefton2023: DfeHeadlineFigures = {
  enrolments: 1000,
  possibleSessions: 100000,
  authorisedAbsenceSessions: 5200,
  unauthorisedAbsenceSessions: 2600,
  overallAbsenceSessions: 7800,
  overallAbsenceRate: 7.8,
  authorisedAbsenceRate: 5.2,
  unauthorisedAbsenceRate: 2.6,
  persistentAbsentees: 226,
  persistentAbsenceRate: 22.6,
  severeAbsentees: 19,
  severeAbsenceRate: 1.9,
};

describe('NATIONAL_ABSENCE_FIGURES', () => {
  it('holds the England figures for 2022/23 and 2023/24', () => {
    expect(NATIONAL_ABSENCE_FIGURES.find((f) => f.academicYear === 2023)).toMatchObject({
      area: 'England',
      overallAbsenceRate: 7.1,
      authorisedAbsenceRate: 4.7,
      unauthorisedAbsenceRate: 2.5,
      persistentAbsenceRate: 20.3,
      severeAbsenceRate: 1.7,
    });
    expect(NATIONAL_ABSENCE_FIGURES.find((f) => f.academicYear === 2022)).toMatchObject({
      overallAbsenceRate: 7.4,
      authorisedAbsenceRate: 5.0,
      unauthorisedAbsenceRate: 2.4,
      persistentAbsenceRate: 21.3,
      severeAbsenceRate: 2.0,
    });
  });
});

describe('compareWithNational', () => {
  it('shows Sefton 2023/24 was 0.7 points above England on overall absence and 2.3 on persistent absence', () => {
    const comparison = compareWithNational(sefton2023, 2023);
    expect(comparison?.national.area).toBe('England');
    expect(comparison?.differences.overallAbsenceRate).toBeCloseTo(0.7, 9);
    expect(comparison?.differences.persistentAbsenceRate).toBeCloseTo(2.3, 9);
    expect(comparison?.differences.severeAbsenceRate).toBeCloseTo(0.2, 9);
  });

  it('gives null differences where there are no local figures, and nothing for a year without national figures', () => {
    const empty = { ...sefton2023, overallAbsenceRate: null, persistentAbsenceRate: null };
    expect(compareWithNational(empty, 2022)?.differences).toMatchObject({ overallAbsenceRate: null, persistentAbsenceRate: null });
    expect(compareWithNational(sefton2023, 2019)).toBeUndefined();
  });
});
