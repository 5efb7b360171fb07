import { DEFAULT_OPTIONS, parseBenchOptions } from './bench-options';

describe('the benchmark command line', () => {
  it('runs everything at full size by default, with 5 minutes of register submissions at 50 connections', () => {
    expect(parseBenchOptions([])).toEqual(DEFAULT_OPTIONS);
    expect(DEFAULT_OPTIONS).toMatchObject({ parts: ['ingest', 'api'], pupils: 40_000, connections: 50, submitSeconds: 300, write: true });
  });

  it('takes a quick run: one part, fewer pupils, shorter submissions, nothing written', () => {
    expect(parseBenchOptions(['--only', 'api', '--pupils', '4000', '--submit-seconds', '20', '--no-write'])).toEqual({
      ...DEFAULT_OPTIONS,
      parts: ['api'],
      pupils: 4000,
      submitSeconds: 20,
      write: false,
    });
    expect(parseBenchOptions(['--only', 'ingest', '--profile', '--query-seconds', '10']).parts).toEqual(['ingest']);
    expect(parseBenchOptions(['--profile']).profile).toBe(true);
  });

  it('refuses what it does not understand, naming it', () => {
    expect(() => parseBenchOptions(['--only', 'dashboards'])).toThrow('--only takes ingest or api, not "dashboards"');
    expect(() => parseBenchOptions(['--submit-seconds', 'five'])).toThrow('--submit-seconds takes a whole number above 0, not "five"');
    expect(() => parseBenchOptions(['--pupils'])).toThrow('--pupils takes a whole number above 0, not ""');
    expect(() => parseBenchOptions(['--fast'])).toThrow('Unknown option "--fast"');
  });
});
