import { ATTENDANCE_CODES } from './attendance-code';
import { attendanceCodeInfo, CODE_SET_2024, CODE_SET_2024_EFFECTIVE_FROM } from './code-set-2024';
import { categoryOf, isPossibleSession } from './statistical-category';

describe('CODE_SET_2024', () => {
  it('took effect on 19 August 2024', () => {
    expect(CODE_SET_2024_EFFECTIVE_FROM).toBe('2024-08-19');
  });

  it('describes every 2024 code once, in register order', () => {
    expect(CODE_SET_2024.map((info) => info.code)).toEqual([...ATTENDANCE_CODES]);
  });

  it('gives every code a meaning, an explanation for parents and a source', () => {
    for (const info of CODE_SET_2024) {
      expect(info.meaning.length).toBeGreaterThan(5);
      expect(info.parentExplanation.length).toBeGreaterThan(5);
      expect(info.parentExplanation).not.toMatch(/\.$/);
      expect(info.source).toMatch(/^domain §1\.2/);
      expect(info.category).toBe(categoryOf(info.code));
      expect(info.possibleSession).toBe(isPossibleSession(info.code));
    }
  });

  it('explains code G to a parent as a holiday the school did not agree', () => {
    expect(attendanceCodeInfo('G').parentExplanation).toBe('Absent for a holiday that the school did not agree');
    expect(attendanceCodeInfo('G').category).toBe('UNAUTHORISED_ABSENCE');
  });

  it('shows Y4 as a session that does not count because the school closed unexpectedly', () => {
    const info = attendanceCodeInfo('Y4');
    expect(info.possibleSession).toBe(false);
    expect(info.parentExplanation).toMatch(/closed unexpectedly/);
  });
});
