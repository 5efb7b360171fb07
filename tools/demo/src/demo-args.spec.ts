import { parseDemoArgs } from './demo-args';

describe('parseDemoArgs', () => {
  it('defaults to 12,000 pupils, seed 1 and the real today', () => {
    expect(parseDemoArgs([])).toEqual({ pupils: 12_000, seed: 1, ifEmpty: false, reset: false, help: false });
  });

  it('reads every option, in either form', () => {
    expect(parseDemoArgs(['--pupils', '300', '--seed=7', '--today', '2026-11-23', '--if-empty'])).toEqual({
      pupils: 300,
      seed: 7,
      today: '2026-11-23',
      ifEmpty: true,
      reset: false,
      help: false,
    });
    expect(parseDemoArgs(['--reset']).reset).toBe(true);
    expect(parseDemoArgs(['--help']).help).toBe(true);
  });

  it('says what to fix', () => {
    expect(() => parseDemoArgs(['--pupils', 'lots'])).toThrow('--pupils needs a whole number of at least 1, not "lots"');
    expect(() => parseDemoArgs(['--pupils'])).toThrow('--pupils needs a whole number');
    expect(() => parseDemoArgs(['--today', '23/11/2026'])).toThrow('--today needs a date in the form YYYY-MM-DD');
    expect(() => parseDemoArgs(['--fast'])).toThrow('Unknown option "--fast"');
    expect(() => parseDemoArgs(['--if-empty', '--reset'])).toThrow('cannot be used together');
  });
});
