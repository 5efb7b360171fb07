import { interventionSchoolTypeOf } from './intervention-school-type-of';

describe('interventionSchoolTypeOf', () => {
  it('puts maintained schools, academies and free schools, PRUs and independent schools where the intervention rules expect', () => {
    expect(['COMMUNITY', 'FOUNDATION', 'VOLUNTARY_AIDED', 'VOLUNTARY_CONTROLLED'].map((t) => interventionSchoolTypeOf(t as 'COMMUNITY'))).toEqual([
      'MAINTAINED',
      'MAINTAINED',
      'MAINTAINED',
      'MAINTAINED',
    ]);
    expect(interventionSchoolTypeOf('FREE_SCHOOL')).toBe('ACADEMY');
    expect(interventionSchoolTypeOf('PRU')).toBe('PUPIL_REFERRAL_UNIT');
    expect(interventionSchoolTypeOf('INDEPENDENT')).toBe('INDEPENDENT');
    expect(interventionSchoolTypeOf('NON_MAINTAINED_SPECIAL')).toBe('NON_MAINTAINED_SPECIAL');
  });
});
