import { DELETION_GROUNDS, deletionGround } from './deletion-grounds';

describe('DELETION_GROUNDS', () => {
  it('lists grounds (a)–(e) and (i) with confirmed letters and the further grounds without', () => {
    expect(DELETION_GROUNDS.filter((g) => g.letterConfirmed).map((g) => g.regulation)).toEqual([
      'reg 9(1)(a)',
      'reg 9(1)(b)',
      'reg 9(1)(c)',
      'reg 9(1)(d)',
      'reg 9(1)(e)',
      'reg 9(1)(i)',
    ]);
    expect(DELETION_GROUNDS).toHaveLength(14);
    expect(DELETION_GROUNDS.every((g) => g.requires.length > 0)).toBe(true);
  });

  it('the 20-school-day ground requires G/N/O absence, no belief of sickness, and failed school and LA enquiries', () => {
    expect(deletionGround('CONTINUOUS_ABSENCE_20_SCHOOL_DAYS').requires).toEqual([
      'Continuously absent for at least 20 school days',
      'Every session in that period coded G, N or O',
      'No reasonable grounds to believe the absence is because of sickness or an unavoidable cause',
      'Both the school and the LA have failed to locate the pupil after reasonable enquiries',
    ]);
  });

  it('home education needs written notice and the LA told', () => {
    expect(deletionGround('HOME_EDUCATION_NOTIFIED_IN_WRITING')).toMatchObject({ informLa: true, letterConfirmed: false });
  });
});
