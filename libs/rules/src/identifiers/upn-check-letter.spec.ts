import fc from 'fast-check';
import { UPN_CHECK_ALPHABET, upnCheckLetter } from './upn-check-letter';

describe('upnCheckLetter', () => {
  it('computes the check letters of the DfE worked examples', () => {
    expect(upnCheckLetter('801200001001')).toBe('H');
    expect(upnCheckLetter('80120000101A')).toBe('G');
    expect(upnCheckLetter('801200005001')).toBe('B');
  });

  it('accepts lower-case and padded input', () => {
    expect(upnCheckLetter(' 80120000101a ')).toBe('G');
  });

  it('refuses a body that is not 11 digits and a digit or allowed letter', () => {
    expect(() => upnCheckLetter('80120000100')).toThrow(RangeError);
    expect(() => upnCheckLetter('80120000100S')).toThrow(/not a UPN body/);
    expect(() => upnCheckLetter('8012000010A1')).toThrow(RangeError);
  });

  it('uses 23 letters and never I, O or S', () => {
    expect(UPN_CHECK_ALPHABET).toHaveLength(23);
    expect(UPN_CHECK_ALPHABET).not.toMatch(/[IOS]/);
  });

  it('always returns a letter of the alphabet', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{11}[0-9ABCDEFGHJKLMNPQRTUVWXYZ]$/), (body) => {
        expect(UPN_CHECK_ALPHABET).toContain(upnCheckLetter(body));
      }),
    );
  });
});
