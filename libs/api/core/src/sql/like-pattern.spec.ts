import fc from 'fast-check';
import { containsPattern, startsWithPattern } from './like-pattern';

describe('containsPattern', () => {
  it('matches the text anywhere, taking %, _ and \\ literally', () => {
    expect(containsPattern('ada')).toBe('%ada%');
    expect(containsPattern('50%_off\\')).toBe('%50\\%\\_off\\\\%');
  });

  it('leaves no wildcard unescaped, whatever the text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const inner = containsPattern(text).slice(1, -1);
        // Removing each escaped character leaves no LIKE metacharacter behind.
        expect(inner.replace(/\\[\\%_]/g, '')).not.toMatch(/[\\%_]/);
      }),
    );
  });
});

describe('startsWithPattern', () => {
  it('matches what starts with the text, taking %, _ and \\ literally', () => {
    expect(startsWithPattern('api-key:rk_ab')).toBe('api-key:rk\\_ab%');
    expect(startsWithPattern('100%')).toBe('100\\%%');
  });
});
