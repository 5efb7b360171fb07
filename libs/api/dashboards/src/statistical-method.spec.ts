import { academicYearOfPeriod, countedUnder } from './statistical-method';

const counts = (present: number, authorised: number, unauthorised: number, notPossible = 0) => ({
  possible: present + authorised + unauthorised,
  present,
  approvedEducationalActivity: 0,
  authorised,
  unauthorised,
  notPossible,
});

describe('countedUnder', () => {
  const all = counts(80, 10, 10);
  const summer2 = counts(0, 10, 10);

  it('drops the summer 2 half term for a pupil aged 15 on 31 August under the DfE method, and keeps it for one aged 14', () => {
    expect(countedUnder('DFE', 2024, { dateOfBirth: '2009-08-31', boarder: false, all, summer2 })).toEqual({
      treatment: 'COUNTED_SUMMER_2_DROPPED',
      counts: counts(80, 0, 0),
    });
    expect(countedUnder('DFE', 2024, { dateOfBirth: '2009-09-01', boarder: false, all, summer2 })).toEqual({ treatment: 'COUNTED', counts: all });
    expect(countedUnder('ROLLCALL', 2024, { dateOfBirth: '2009-08-31', boarder: false, all, summer2 })).toEqual({ treatment: 'COUNTED', counts: all });
  });

  it('leaves out 4-year-olds, pupils over 15 and boarders under the DfE method only, whatever their sessions', () => {
    const none = counts(0, 0, 0, 4);
    const of = (dateOfBirth: string, boarder = false) => countedUnder('DFE', 2024, { dateOfBirth, boarder, all: none, summer2: none }).treatment;
    expect(of('2020-03-15')).toBe('AGED_4');
    expect(of('2021-03-15')).toBe('AGED_UNDER_4');
    expect(of('2008-08-31')).toBe('AGED_OVER_15');
    expect(of('2015-01-01', true)).toBe('BOARDER');
    expect(countedUnder('ROLLCALL', 2024, { dateOfBirth: '2020-03-15', boarder: true, all, summer2 })).toEqual({ treatment: 'COUNTED', counts: all });
  });

  it('counts nothing for an enrolment with no possible session, under either method', () => {
    const closed = counts(0, 0, 0, 6);
    expect(countedUnder('ROLLCALL', 2024, { dateOfBirth: '2015-01-01', boarder: false, all: closed, summer2: closed })).toEqual({ treatment: 'NOT_COUNTED', counts: null });
    expect(countedUnder('DFE', 2024, { dateOfBirth: '2015-01-01', boarder: false, all: closed, summer2: closed })).toEqual({ treatment: 'NOT_COUNTED', counts: null });
    // A 15-year-old whose only possible sessions were in summer 2.
    expect(countedUnder('DFE', 2024, { dateOfBirth: '2009-06-01', boarder: false, all: summer2, summer2 })).toEqual({ treatment: 'NOT_COUNTED', counts: null });
  });
});

describe('academicYearOfPeriod', () => {
  it('needs a period within one academic year for the DfE method', () => {
    expect(academicYearOfPeriod('2025-09-01', '2026-08-31')).toBe(2025);
    expect(academicYearOfPeriod('2025-08-31', '2025-09-01')).toBeUndefined();
  });
});
