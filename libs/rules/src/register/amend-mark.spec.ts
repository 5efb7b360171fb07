import fc from 'fast-check';
import { ATTENDANCE_CODES, AttendanceCode } from '../codes';
import { MarkHistory, amendMark, currentEntry, originalEntry, startMarkHistory } from './amend-mark';

const original = startMarkHistory({ code: 'N', by: 'register:ms-khan', at: '2026-01-12T08:55:00Z' });

describe('amendMark', () => {
  it('replacing N with I keeps the original N, identified as the original', () => {
    const result = amendMark(original, { code: 'I', by: 'office:mr-jones', at: '2026-01-12T10:02:00Z', reason: 'Parent phoned: sickness bug' });
    if (!result.allowed) throw new Error(result.reason);
    expect(result.history).toEqual([
      { sequence: 1, kind: 'ORIGINAL', code: 'N', by: 'register:ms-khan', at: '2026-01-12T08:55:00Z' },
      { sequence: 2, kind: 'AMENDMENT', code: 'I', by: 'office:mr-jones', at: '2026-01-12T10:02:00Z', reason: 'Parent phoned: sickness bug' },
    ]);
    expect(originalEntry(result.history)?.code).toBe('N');
    expect(currentEntry(result.history)?.code).toBe('I');
  });

  it('does not change the history it was given', () => {
    const before = JSON.stringify(original);
    amendMark(original, { code: 'O', by: 'office', at: '2026-01-19T09:00:00Z', reason: 'No reason after 5 school days' });
    expect(JSON.stringify(original)).toBe(before);
    expect(Object.isFrozen(original)).toBe(true);
  });

  it('an amendment without a reason is refused', () => {
    expect(amendMark(original, { code: 'I', by: 'office', at: '2026-01-12T10:00:00Z', reason: '  ' })).toEqual({
      allowed: false,
      reason: 'REASON_REQUIRED',
    });
  });

  it('refuses an amendment with nobody named, an unchanged code, or an unknown code', () => {
    expect(amendMark(original, { code: 'I', by: '', at: '2026-01-12T10:00:00Z', reason: 'x' })).toMatchObject({ reason: 'AMENDED_BY_REQUIRED' });
    expect(amendMark(original, { code: 'N', by: 'office', at: '2026-01-12T10:00:00Z', reason: 'x' })).toEqual({
      allowed: false,
      reason: 'CODE_UNCHANGED',
      detail: { currentCode: 'N' },
    });
    expect(amendMark(original, { code: 'H' as AttendanceCode, by: 'office', at: '2026-01-12T10:00:00Z', reason: 'x' })).toMatchObject({
      reason: 'UNKNOWN_CODE',
    });
  });

  it('refuses an amendment timed before the entry it replaces, or with a bad timestamp', () => {
    expect(amendMark(original, { code: 'I', by: 'office', at: '2026-01-12T08:00:00Z', reason: 'x' })).toMatchObject({
      reason: 'RECORDED_BEFORE_PREVIOUS_ENTRY',
      detail: { previousAt: '2026-01-12T08:55:00Z' },
    });
    expect(amendMark(original, { code: 'I', by: 'office', at: 'yesterday', reason: 'x' })).toMatchObject({ reason: 'INVALID_TIMESTAMP' });
  });

  it('cannot amend a session with no entry', () => {
    expect(amendMark([], { code: 'I', by: 'office', at: '2026-01-12T10:00:00Z', reason: 'x' })).toEqual({ allowed: false, reason: 'NO_ORIGINAL_ENTRY' });
  });

  it('however many amendments are made, the original entry is never lost and every earlier entry is kept', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ATTENDANCE_CODES), { maxLength: 12 }), (codes) => {
        let history: MarkHistory = original;
        codes.forEach((code, i) => {
          const before = history;
          const result = amendMark(history, { code, by: 'office', at: `2026-01-${String(13 + i).padStart(2, '0')}T09:00:00Z`, reason: `change ${i}` });
          if (result.allowed) {
            history = result.history;
            if (history.slice(0, before.length).some((e, j) => e !== before[j])) throw new Error('an earlier entry changed');
          }
        });
        const first = originalEntry(history);
        return first?.kind === 'ORIGINAL' && first.code === 'N' && history.filter((e) => e.kind === 'ORIGINAL').length === 1;
      }),
    );
  });
});
