import { systemActor } from '../actor';
import { Refusal } from '../refusal';
import { enumOf } from './enum-of';
import { laCodeOf } from './la-code-of';
import { withoutNulls } from './without-nulls';

const actor = systemActor('test');

describe('GraphQL input helpers', () => {
  it('drops the nulls a client may send for optional fields, keeping falsy values', () => {
    expect(withoutNulls({ a: null, b: 0, c: false, d: '', e: 'x' })).toEqual({ b: 0, c: false, d: '', e: 'x' });
  });

  it('takes the LA given, else the caller’s own, and refuses when there is neither', () => {
    expect(laCodeOf({ actor, role: 'LA_OFFICER', laCode: '928' }, '929')).toBe('929');
    expect(laCodeOf({ actor, role: 'LA_OFFICER', laCode: '928' }, null)).toBe('928');
    expect(() => laCodeOf({ actor, role: 'SYSTEM' }, undefined)).toThrow(Refusal);
  });

  it('makes a GraphQL enum object from a list of values', () => {
    expect(enumOf(['AM', 'PM'] as const)).toEqual({ AM: 'AM', PM: 'PM' });
  });
});
