import { BenchResult } from './run-bench';

export const TARGETS = {
  ingestRatio: 0.5,
  marksPerSecond: 100_000,
  laSummaryP95Ms: 250,
  nightlyScanSecondsFor40k: 10,
} as const;

const pass = (ok: boolean): string => (ok ? 'meets target' : 'MISSES target');

/** The figures as printed and as written to docs/benchmarks.md. */
export function formatReport(result: BenchResult, machine: string, date: string): string {
  const { ingest, rawCopy, laSummary, nightlyScan } = result;
  return [
    `## Run of ${date}: ${result.pupils.toLocaleString('en-GB')} pupils × a full school year (${result.marks.toLocaleString('en-GB')} marks)`,
    '',
    `Machine: ${machine}`,
    '',
    '| measure | result | target | |',
    '| --- | --- | --- | --- |',
    `| bulk ingest through the product (CSV import: validate, upsert, summaries) | ${Math.round(ingest.marksPerSecond).toLocaleString('en-GB')} marks/s (${ingest.seconds.toFixed(1)} s) | | |`,
    `| raw COPY of the same CSV into a bare table | ${Math.round(rawCopy.rowsPerSecond).toLocaleString('en-GB')} rows/s (${rawCopy.seconds.toFixed(1)} s) | | |`,
    `| ingest as a ratio to raw COPY | ${ingest.ratioToRawCopy.toFixed(2)} | ≥ ${TARGETS.ingestRatio} | ${pass(ingest.ratioToRawCopy >= TARGETS.ingestRatio)} |`,
    `| ingest marks per second | ${Math.round(ingest.marksPerSecond).toLocaleString('en-GB')} | ≥ ${TARGETS.marksPerSecond.toLocaleString('en-GB')} | ${pass(ingest.marksPerSecond >= TARGETS.marksPerSecond)} |`,
    `| ingest memory (resident, start → peak → end) | ${ingest.memory.startRssMb} → ${ingest.memory.peakRssMb} → ${ingest.memory.endRssMb} MB | flat | |`,
    `| LA year-to-date summary (${laSummary.schools} schools), median / p95 over ${laSummary.runs} runs | ${laSummary.median.toFixed(0)} / ${laSummary.p95.toFixed(0)} ms | p95 ≤ ${TARGETS.laSummaryP95Ms} ms | ${pass(laSummary.p95 <= TARGETS.laSummaryP95Ms)} |`,
    `| nightly scan, every rule for every pupil: ${nightlyScan.points.map((p) => `${p.pupils.toLocaleString('en-GB')} → ${p.seconds.toFixed(2)} s`).join(', ')} | ${nightlyScan.secondsPer40k.toFixed(1)} s per 40,000 (linear fit r² ${nightlyScan.r2.toFixed(3)}) | ≤ ${TARGETS.nightlyScanSecondsFor40k} s, linear | ${pass(nightlyScan.secondsPer40k <= TARGETS.nightlyScanSecondsFor40k && nightlyScan.r2 > 0.98)} |`,
    '',
  ].join('\n');
}
