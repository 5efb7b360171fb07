import { absenceStatisticsAge } from './absence-statistics-age';

describe('absenceStatisticsAge', () => {
  it('takes the age on 31 August at the start of the academic year', () => {
    expect(absenceStatisticsAge('2009-08-31', 2024)).toBe(15);
    expect(absenceStatisticsAge('2009-09-01', 2024)).toBe(14);
    expect(absenceStatisticsAge('2020-03-15', 2024)).toBe(4);
  });
});
