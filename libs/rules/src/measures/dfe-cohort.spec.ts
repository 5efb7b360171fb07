import fc from 'fast-check';
import { LocalDate, addDays } from '../core';
import { DfeCohortTable, dfeCohortOf, dfeCohortTable } from './dfe-cohort';

/** The band of the table a date of birth falls in (bands are oldest first). */
function cohortInTable(table: DfeCohortTable, dateOfBirth: LocalDate, boarder: boolean) {
  if (boarder) return table.boarders;
  const band = table.byDateOfBirth.find((b) => (b.bornFrom === null || dateOfBirth >= b.bornFrom) && (b.bornTo === null || dateOfBirth <= b.bornTo));
  return band?.cohort;
}

describe('dfeCohortOf', () => {
  it('puts pupils aged 5 to 15 on 31 August at the start of the year in the headline cohort', () => {
    expect(dfeCohortOf({ dateOfBirth: '2019-08-31' }, 2024)).toEqual({ kind: 'HEADLINE', dropSummer2: false });
    expect(dfeCohortOf({ ageAtStartOfYear: 10 }, 2024)).toEqual({ kind: 'HEADLINE', dropSummer2: false });
  });

  it('drops the summer 2 half term for a pupil aged 15 on 31 August, and not for one who turns 15 the next day', () => {
    expect(dfeCohortOf({ dateOfBirth: '2009-08-31' }, 2024)).toEqual({ kind: 'HEADLINE', dropSummer2: true });
    expect(dfeCohortOf({ dateOfBirth: '2009-09-01' }, 2024)).toEqual({ kind: 'HEADLINE', dropSummer2: false });
  });

  it('reports 4-year-olds separately and leaves out younger and older pupils', () => {
    expect(dfeCohortOf({ dateOfBirth: '2020-03-15' }, 2024)).toEqual({ kind: 'FOUR_YEAR_OLDS' });
    expect(dfeCohortOf({ dateOfBirth: '2020-09-01' }, 2024)).toEqual({ kind: 'EXCLUDED', reason: 'AGED_UNDER_4' });
    expect(dfeCohortOf({ dateOfBirth: '2008-08-31' }, 2024)).toEqual({ kind: 'EXCLUDED', reason: 'AGED_OVER_15' });
  });

  it('leaves out boarders whatever their age, and pupils whose age is unknown', () => {
    expect(dfeCohortOf({ dateOfBirth: '2015-01-01', boarder: true }, 2024)).toEqual({ kind: 'EXCLUDED', reason: 'BOARDER' });
    expect(dfeCohortOf({ boarder: false }, 2024)).toEqual({ kind: 'EXCLUDED', reason: 'AGE_UNKNOWN' });
  });

  it('takes a given age over the date of birth', () => {
    expect(dfeCohortOf({ ageAtStartOfYear: 4, dateOfBirth: '2010-01-01' }, 2024)).toEqual({ kind: 'FOUR_YEAR_OLDS' });
  });
});

describe('dfeCohortTable', () => {
  it('gives the 2024/25 cohorts by date of birth', () => {
    expect(dfeCohortTable(2024)).toEqual({
      academicYear: 2024,
      boarders: { kind: 'EXCLUDED', reason: 'BOARDER' },
      byDateOfBirth: [
        { bornFrom: null, bornTo: '2008-08-31', cohort: { kind: 'EXCLUDED', reason: 'AGED_OVER_15' } },
        { bornFrom: '2008-09-01', bornTo: '2009-08-31', cohort: { kind: 'HEADLINE', dropSummer2: true } },
        { bornFrom: '2009-09-01', bornTo: '2019-08-31', cohort: { kind: 'HEADLINE', dropSummer2: false } },
        { bornFrom: '2019-09-01', bornTo: '2020-08-31', cohort: { kind: 'FOUR_YEAR_OLDS' } },
        { bornFrom: '2020-09-01', bornTo: null, cohort: { kind: 'EXCLUDED', reason: 'AGED_UNDER_4' } },
      ],
    });
  });

  it('puts every pupil in the cohort dfeCohortOf gives, for any year and date of birth (29 February included)', () => {
    const dateOfBirth = fc.integer({ min: 0, max: 40 * 366 }).map((d) => addDays('1995-01-01', d));
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2035 }), dateOfBirth, fc.boolean(), (year, born, boarder) => {
        expect(cohortInTable(dfeCohortTable(year), born, boarder)).toEqual(dfeCohortOf({ dateOfBirth: born, boarder }, year));
      }),
      { numRuns: 500 },
    );
    for (const born of ['2008-02-29', '2012-02-29', '2016-02-29', '2020-02-29']) {
      expect(cohortInTable(dfeCohortTable(2024), born, false)).toEqual(dfeCohortOf({ dateOfBirth: born }, 2024));
    }
  });

  it('has bands that follow on from each other, oldest first, from no lower bound to no upper bound', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2100 }), (year) => {
        const bands = dfeCohortTable(year).byDateOfBirth;
        expect(bands[0].bornFrom).toBeNull();
        expect(bands[bands.length - 1].bornTo).toBeNull();
        for (let i = 1; i < bands.length; i++) {
          const before = bands[i - 1].bornTo;
          expect(before).not.toBeNull();
          expect(bands[i].bornFrom).toBe(addDays(before ?? '', 1));
        }
      }),
      { numRuns: 50 },
    );
  });
});
