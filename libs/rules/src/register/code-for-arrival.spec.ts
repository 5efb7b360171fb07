import fc from 'fast-check';
import { Arrival, codeForArrival } from './code-for-arrival';

const morning: Omit<Arrival, 'arrivedAt'> = { session: 'AM', sessionStart: '08:45', registerClosesAt: '09:15' };

function at(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

describe('codeForArrival', () => {
  it('a pupil in class when the morning register starts is present (/), and in the afternoon (\\)', () => {
    expect(codeForArrival({ ...morning, arrivedAt: '08:40' })).toEqual({ outcome: 'ON_TIME', code: '/', replacesN: false });
    expect(codeForArrival({ session: 'PM', sessionStart: '13:15', registerClosesAt: '13:30', arrivedAt: '13:15' }).code).toBe('\\');
  });

  it('arriving after the start but before the register closes is L (present)', () => {
    expect(codeForArrival({ ...morning, arrivedAt: '09:00' })).toEqual({ outcome: 'LATE_BEFORE_REGISTER_CLOSED', code: 'L', replacesN: false });
  });

  it('arriving exactly at the close time is still L', () => {
    expect(codeForArrival({ ...morning, arrivedAt: '09:15' }).code).toBe('L');
  });

  it('arriving one minute after the register closes is U', () => {
    expect(codeForArrival({ ...morning, arrivedAt: '09:16' })).toEqual({ outcome: 'LATE_AFTER_REGISTER_CLOSED', code: 'U', replacesN: false });
  });

  it('a pupil coded N who turns up after the register closes is re-coded U', () => {
    expect(codeForArrival({ ...morning, arrivedAt: '10:30', currentCode: 'N' })).toEqual({
      outcome: 'LATE_AFTER_REGISTER_CLOSED',
      code: 'U',
      replacesN: true,
    });
  });

  it('late after close for a reason with its own code (e.g. a medical appointment) leaves the code to that reason', () => {
    expect(codeForArrival({ ...morning, arrivedAt: '10:30', hasOtherReason: true, currentCode: 'N' })).toEqual({
      outcome: 'LATE_AFTER_REGISTER_CLOSED_WITH_OTHER_REASON',
      replacesN: true,
    });
  });

  it('arriving after the session has ended is not U: the absence code stands', () => {
    expect(codeForArrival({ ...morning, sessionEnd: '12:00', arrivedAt: '12:30', currentCode: 'N' })).toEqual({
      outcome: 'ARRIVED_AFTER_SESSION_ENDED',
      replacesN: false,
    });
  });

  it('rejects a register that closes before the session starts', () => {
    expect(() => codeForArrival({ session: 'AM', sessionStart: '09:00', registerClosesAt: '08:50', arrivedAt: '09:10' })).toThrow(RangeError);
  });

  it('never codes a later arrival better than an earlier one (/ then L then U)', () => {
    const rank = { ON_TIME: 0, LATE_BEFORE_REGISTER_CLOSED: 1, LATE_AFTER_REGISTER_CLOSED: 2 } as Record<string, number>;
    fc.assert(
      fc.property(fc.integer({ min: 420, max: 720 }), fc.integer({ min: 420, max: 720 }), (a, b) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        return rank[codeForArrival({ ...morning, arrivedAt: at(early) }).outcome] <= rank[codeForArrival({ ...morning, arrivedAt: at(late) }).outcome];
      }),
    );
  });
});
