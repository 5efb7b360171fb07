import { LoadSample, errorsOf, loadFigures, processorMsPerRequest, throughputRatio } from './load-figures';

const sample = (overrides: Partial<LoadSample> = {}): LoadSample => ({
  seconds: 10,
  latencies: Array.from({ length: 100 }, (_, i) => i + 1),
  ok: 1000,
  repeated: 0,
  errors: 0,
  statuses: new Map([[200, 1000]]),
  socketErrors: 0,
  lowestSecond: 90,
  inFlightAtEnd: 0,
  firstErrors: [],
  ...overrides,
});

describe('the figures of a server under load', () => {
  it('gives what it answered a second, with the latencies of every run taken together', () => {
    const figures = loadFigures([sample(), sample({ seconds: 10, ok: 500, latencies: [1000, 2000], lowestSecond: 40 })], 50);
    expect(figures).toMatchObject({ seconds: 20, connections: 50, ok: 1500, perSecond: 75, lowestSecond: 40, p50Ms: 51, p99Ms: 1000 });
    expect(figures.cpuMsPerRequest).toBeUndefined();
  });

  it('tells HTTP errors from GraphQL errors in a 200, and counts connection errors apart', () => {
    const figures = loadFigures([sample({ ok: 90, errors: 10, statuses: new Map([[200, 97], [429, 3]]), socketErrors: 2, firstErrors: ['HTTP 429: slow down'] })], 50);
    expect(figures).toMatchObject({ non2xx: 3, graphQLErrors: 7, socketErrors: 2, firstErrors: ['HTTP 429: slow down'] });
    expect(errorsOf(figures)).toBe(12);
  });

  it('shares the processor time out over the requests done, those in flight as the clock stopped included', () => {
    const figures = loadFigures([sample({ ok: 90, statuses: new Map([[200, 90]]), inFlightAtEnd: 10, cpu: { server: 500, postgres: 1500, client: 100 } })], 10);
    expect(figures.cpuMsPerRequest).toEqual({ server: 5, postgres: 15, client: 1 });
    expect(figures.ok).toBe(90);
  });

  it('shares the processor time out over the responses, the server’s and PostgreSQL’s apart', () => {
    const figures = loadFigures([sample({ ok: 100, statuses: new Map([[200, 100]]), cpu: { server: 500, postgres: 1500, client: 100 } })], 50);
    expect(figures.cpuMsPerRequest).toEqual({ server: 5, postgres: 15, client: 1 });
    expect(processorMsPerRequest(figures)).toBe(20);
    const noPostgres = loadFigures([sample({ ok: 100, cpu: { server: 500, client: 100 } })], 50);
    expect(noPostgres.cpuMsPerRequest).toEqual({ server: 5, client: 1 });
    expect(processorMsPerRequest(noPostgres)).toBeUndefined();
  });

  it('gives the product’s throughput as a share of the baseline’s', () => {
    expect(throughputRatio(loadFigures([sample({ ok: 300 })], 50), loadFigures([sample({ ok: 1200 })], 50))).toBe(0.25);
    expect(throughputRatio(loadFigures([sample()], 50), loadFigures([sample({ ok: 0 })], 50))).toBe(0);
  });

  it('refuses to summarise no load at all', () => {
    expect(() => loadFigures([], 50)).toThrow('No load was run');
  });
});
