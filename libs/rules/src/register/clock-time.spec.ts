import fc from 'fast-check';
import { clockTimeToMinutes, isClockTime } from './clock-time';

describe('clock times', () => {
  it('reads 08:50 as 530 minutes after midnight', () => {
    expect(clockTimeToMinutes('08:50')).toBe(530);
    expect(clockTimeToMinutes('00:00')).toBe(0);
    expect(clockTimeToMinutes('23:59')).toBe(1439);
  });

  it('rejects times that are not HH:MM on the 24-hour clock', () => {
    for (const bad of ['8:50', '24:00', '12:60', '08:50:00', '']) expect(isClockTime(bad)).toBe(false);
    expect(() => clockTimeToMinutes('9am')).toThrow(RangeError);
  });

  it('round-trips every minute of the day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1439 }), (m) => {
        const text = `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
        return isClockTime(text) && clockTimeToMinutes(text) === m;
      }),
    );
  });
});
