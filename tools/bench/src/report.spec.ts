import type { ApiBenchResult } from './api-bench';
import { LoadFigures } from './load-figures';
import { API_QUERY_SHORTFALL, SUBMISSIONS_SHORTFALL, formatReport, submissionsVerified } from './report';
import type { IngestBenchResult } from './run-bench';

const result = (overrides: { ratio?: number; p95?: number; scan?: number; secondHalf?: number } = {}): IngestBenchResult => ({
  pupils: 40_000,
  marks: 15_200_000,
  rawCopy: { rows: 15_200_000, seconds: 20, rowsPerSecond: 760_000 },
  ingest: {
    marks: 15_200_000,
    seconds: 120,
    marksPerSecond: 126_667,
    ratioToRawCopy: overrides.ratio ?? 0.17,
    memory: { startRssMb: 130, peakRssMb: 161, endRssMb: 150, liveFirstHalfMb: 40, liveSecondHalfMb: overrides.secondHalf ?? 41, collected: true, samples: 1200 },
  },
  laSummary: { median: 12, p95: overrides.p95 ?? 20, runs: 50, schools: 60, fromWeeksMedian: 600, fromWeeksRuns: 5 },
  laDashboard: { median: 900, p95: 1000, runs: 5 },
  nightlyScan: {
    points: [
      { pupils: 10_000, seconds: 1, cpuSeconds: 1 },
      { pupils: 20_000, seconds: 2, cpuSeconds: 2 },
      { pupils: 40_000, seconds: 4, cpuSeconds: 4 },
    ],
    secondsPer40k: overrides.scan ?? 4,
    cpuSecondsPer40k: 4,
    r2: 1,
    repeats: 3,
  },
});

const figures = (overrides: Partial<LoadFigures> = {}): LoadFigures => ({
  seconds: 25,
  connections: 50,
  ok: 10_000,
  perSecond: 400,
  lowestSecond: 350,
  p50Ms: 110,
  p99Ms: 240,
  non2xx: 0,
  socketErrors: 0,
  graphQLErrors: 0,
  repeated: 0,
  firstErrors: [],
  ...overrides,
});

const api = (overrides: { product?: Partial<LoadFigures>; baseline?: Partial<LoadFigures>; ratio?: number; submissions?: Partial<LoadFigures>; marks?: number; written?: number } = {}): ApiBenchResult => ({
  schools: 60,
  pupils: 12_600,
  staff: 100,
  seededMarks: 126_000,
  nodeEnv: 'production',
  cookieAttributes: 'HttpOnly; Secure; SameSite=Strict',
  query: {
    operation: 'Register',
    hash: 'ab12',
    page: 30,
    classRegister: false,
    compared: 20,
    product: figures(overrides.product),
    baseline: figures({ perSecond: 800, p99Ms: 90, ...overrides.baseline }),
    ratio: overrides.ratio ?? 0.5,
  },
  submissions: {
    operation: 'RecordMarks',
    figures: figures({ seconds: 300, perSecond: 150, lowestSecond: 120, ok: 45_000, p99Ms: 900, ...overrides.submissions }),
    succeeded: 46_000,
    written: { submissions: overrides.written ?? 46_010, marks: overrides.marks ?? 46_010 * 30, partial: 0 },
    capacity: 150_000,
  },
  serverFaults: 0,
  processors: 2,
});

describe('the benchmark report', () => {
  it('gives every figure with its target and verdict, and the machine', () => {
    const report = formatReport({ ingest: result() }, '2 × CPU', '2026-12-04');
    expect(report).toContain('## Run of 2026-12-04: 40,000 pupils × a full school year (15,200,000 marks)');
    expect(report).toContain('Machine: 2 × CPU');
    expect(report).toContain('| ingest marks per second | 126,667 | ≥ 100,000 | meets target |');
    expect(report).toMatch(/LA year-to-date summary .* \| 12 \/ 20 ms \| p95 ≤ 250 ms \| meets target \|/);
    expect(report).toMatch(/the product's LA dashboard .* \| 900 \/ 1000 ms \| p95 ≤ 250 ms \| MISSES target \|/);
    expect(report).toMatch(/nightly scan.* \| 4\.0 s per 40,000 \(linear fit r² 1\.000\) \| ≤ 10 s, linear \| meets target \|/);
    expect(report).toContain('| ingest memory: resident at the start → peak → end | 130 → 161 → 150 MB | | |');
    expect(report).toMatch(/ingest memory: live after an import.*\(after a full collection\) \| 40 → 41 MB \| flat \(within 16 MB\) \| meets target \|/);
  });

  it('marks a missed target, and says why the ingest ratio falls short', () => {
    const report = formatReport({ ingest: result({ ratio: 0.2, p95: 300, scan: 12, secondHalf: 400 }) }, 'm', 'd');
    expect(report).toMatch(/ingest as a ratio to raw COPY \| 0\.20 \| ≥ 0\.5 \| MISSES target \|/);
    expect(report).toMatch(/LA year-to-date summary .* MISSES target \|/);
    expect(report).toMatch(/nightly scan.* MISSES target \|/);
    expect(report).toMatch(/ingest memory: live .* MISSES target \|/);
    expect(report).toContain('The ingest ratio is short of 0.5');
    expect(report).toContain("The product's LA dashboard (libs/api/dashboards) reads one year summary per pupil");
    expect(formatReport({ ingest: result({ ratio: 0.6 }) }, 'm', 'd')).not.toContain('The ingest ratio is short');
  });
});

describe('the API part of the report', () => {
  it('gives the register query through the full stack and bare, their ratio, and the sustained submissions with their check', () => {
    const report = formatReport({ ingest: result(), api: api() }, '2 × CPU', '2026-12-04');
    expect(report).toContain('## Run of 2026-12-04: 40,000 pupils × a full school year (15,200,000 marks), and the API');
    expect(report).toMatch(/the school portal's register query \(`Register` by its trusted-document hash.*the first 30 pupils of the school's register\).* 50 connections, 25 s in turns with the baseline \| 400 requests\/s, p50 110 ms, p99 240 ms, 0 errors \| \| \|/);
    expect(report).toMatch(/bare graphql-js over node:http .* \| 800 requests\/s, p50 110 ms, p99 90 ms, 0 errors \|/);
    expect(report).toContain('| register query as a ratio to the bare baseline (requests/s) | 0.50 | ≥ 0.5 | meets target |');
    expect(report).toMatch(/register submissions .* sustained for 300 s \| 150 a second \(slowest second 120\), p50 110 ms, p99 900 ms \| ≥ 100 a second \| meets target \|/);
    expect(report).toContain('| submission errors: HTTP / connection / GraphQL errors or refusals | 0 / 0 / 0 | none | meets target |');
    expect(report).toMatch(/marks the submissions wrote.* \| 1,380,300 for 46,010 submissions \(46,000 seen to succeed.*\) \| 30 each \| meets target \|/);
    expect(report).toContain('cookie: HttpOnly; Secure; SameSite=Strict');
    expect(report).not.toContain(API_QUERY_SHORTFALL);
  });

  it('heads an API-only run with the API, and marks each missed target', () => {
    const report = formatReport(
      { api: api({ ratio: 0.3, submissions: { perSecond: 80, graphQLErrors: 2, repeated: 5 }, marks: 100 }) },
      'm',
      '2026-12-04',
    );
    expect(report).toContain('## Run of 2026-12-04: the API (12,600 pupils in 60 schools)');
    expect(report).not.toContain('ingest');
    expect(report).toMatch(/ratio to the bare baseline .* \| 0\.30 \| ≥ 0\.5 \| MISSES target \|/);
    expect(report).toMatch(/register submissions .* \| 80 a second .* MISSES target \|/);
    expect(report).toMatch(/submission errors: .*\(and 5 repeats: the plan ran out of registers\) \| 0 \/ 0 \/ 2 \| none \| MISSES target \|/);
    expect(report).toMatch(/marks the submissions wrote.* MISSES target \|/);
    expect(report).toContain(API_QUERY_SHORTFALL);
    expect(report).toContain(SUBMISSIONS_SHORTFALL);
  });

  it('gives processor time a request, and the ceiling it puts on submissions, where it was read', () => {
    const cpu = (server: number, postgres: number) => ({ cpuMsPerRequest: { server, postgres, client: 1 } });
    const report = formatReport({ api: api({ ratio: 0.4, product: cpu(8, 22), baseline: cpu(3, 9), submissions: { perSecond: 40, ...cpu(8, 32) } }) }, 'm', 'd');
    expect(report).toMatch(/processor time a register query costs.* \| 8\.0 \+ 22\.0 = 30\.0 ms; 3\.0 \+ 9\.0 = 12\.0 ms \(ratio 0\.40\) \| \| \|/);
    expect(report).toContain('a register query cost the product 30.0 ms and the baseline 12.0 ms (a ratio of 0.40)');
    expect(report).toContain('| processor time a submission costs, the server\'s process + PostgreSQL\'s backends | 8.0 + 32.0 = 40.0 ms | | |');
    expect(report).toContain("Each cost 40.0 ms of processor time (the server's process and PostgreSQL's), so the machine's 2 processors could take at most 50 a second");
  });

  it('counts a query that met its ratio with errors as a miss', () => {
    expect(formatReport({ api: api({ ratio: 0.9, product: { non2xx: 3 } }) }, 'm', 'd')).toMatch(/ratio to the bare baseline .* \| 0\.90 \| ≥ 0\.5 \| MISSES target \|/);
  });
});

describe('checking the submissions against the database', () => {
  it('holds when there are 30 marks for each submission and every success the client saw, give or take those in flight', () => {
    expect(submissionsVerified(api(), 30)).toBe(true);
    expect(submissionsVerified(api({ written: 46_000, marks: 46_000 * 30 }), 30)).toBe(true);
  });

  it('fails on a missing mark, a success the database does not hold, or more in flight than there were connections', () => {
    expect(submissionsVerified(api({ marks: 46_010 * 30 - 1 }), 30)).toBe(false);
    expect(submissionsVerified(api({ written: 45_999, marks: 45_999 * 30 }), 30)).toBe(false);
    expect(submissionsVerified(api({ written: 46_101, marks: 46_101 * 30 }), 30)).toBe(false);
  });
});
