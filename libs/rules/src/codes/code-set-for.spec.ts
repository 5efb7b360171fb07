import fc from 'fast-check';
import { fromEpochDay, toEpochDay } from '../core';
import { codeSetFor } from './code-set-for';

describe('codeSetFor', () => {
  it('uses the 2024 set from 19 August 2024', () => {
    expect(codeSetFor('2024-08-19').id).toBe('CODE_SET_2024');
    expect(codeSetFor('2026-01-05').codes).toContain('Y4');
  });

  it('uses the pre-2024 set up to 18 August 2024', () => {
    const set = codeSetFor('2024-08-18');
    expect(set.id).toBe('CODE_SET_PRE_2024');
    expect(set.codes).toContain('H');
    expect(set.effectiveTo).toBe('2024-08-18');
  });

  it('changes set exactly once, on 19 August 2024', () => {
    const from = toEpochDay('2020-01-01');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3650 }), (offset) => {
        const date = fromEpochDay(from + offset);
        expect(codeSetFor(date).id).toBe(date >= '2024-08-19' ? 'CODE_SET_2024' : 'CODE_SET_PRE_2024');
      }),
    );
  });
});
