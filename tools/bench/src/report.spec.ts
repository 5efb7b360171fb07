import { formatReport } from './report';
import { BenchResult } from './run-bench';

const result = (overrides: { ratio?: number; p95?: number; scan?: number; secondHalf?: number } = {}): BenchResult => ({
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
  postgresVersion: 'PostgreSQL 17.10',
});

describe('the benchmark report', () => {
  it('gives every figure with its target and verdict, and the machine', () => {
    const report = formatReport(result(), '2 × CPU', '2026-12-04');
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
    const report = formatReport(result({ ratio: 0.2, p95: 300, scan: 12, secondHalf: 400 }), 'm', 'd');
    expect(report).toMatch(/ingest as a ratio to raw COPY \| 0\.20 \| ≥ 0\.5 \| MISSES target \|/);
    expect(report).toMatch(/LA year-to-date summary .* MISSES target \|/);
    expect(report).toMatch(/nightly scan.* MISSES target \|/);
    expect(report).toMatch(/ingest memory: live .* MISSES target \|/);
    expect(report).toContain('The ingest ratio is short of 0.5');
    expect(report).toContain("The product's LA dashboard (libs/api/dashboards) sums every pupil's week summaries");
    expect(formatReport(result({ ratio: 0.6 }), 'm', 'd')).not.toContain('The ingest ratio is short');
  });
});
