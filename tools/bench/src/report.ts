import { FLAT_MEMORY_TOLERANCE_MB, isFlat } from './memory-sampler';
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
  const { ingest, rawCopy, laSummary, laDashboard, nightlyScan } = result;
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
    `| ingest memory: resident at the start → peak → end | ${ingest.memory.startRssMb} → ${ingest.memory.peakRssMb} → ${ingest.memory.endRssMb} MB | | |`,
    `| ingest memory: live after an import, most in the first half → in the second half of the schools${ingest.memory.collected ? ' (after a full collection)' : ''} | ${ingest.memory.liveFirstHalfMb} → ${ingest.memory.liveSecondHalfMb} MB | flat (within ${FLAT_MEMORY_TOLERANCE_MB} MB) | ${pass(isFlat(ingest.memory))} |`,
    `| LA year-to-date summary (${laSummary.schools} schools, from the year summaries), median / p95 over ${laSummary.runs} runs | ${laSummary.median.toFixed(0)} / ${laSummary.p95.toFixed(0)} ms | p95 ≤ ${TARGETS.laSummaryP95Ms} ms | ${pass(laSummary.p95 <= TARGETS.laSummaryP95Ms)} |`,
    `| the same figures summed from the week summaries, median over ${laSummary.fromWeeksRuns} runs (for comparison) | ${laSummary.fromWeeksMedian.toFixed(0)} ms | | |`,
    `| the product's LA dashboard (\`AttendanceDashboardService.laDashboard\`: year to date, every breakdown, read from the week summaries), median / p95 over ${laDashboard.runs} runs | ${laDashboard.median.toFixed(0)} / ${laDashboard.p95.toFixed(0)} ms | p95 ≤ ${TARGETS.laSummaryP95Ms} ms | ${pass(laDashboard.p95 <= TARGETS.laSummaryP95Ms)} |`,
    `| nightly scan, every rule for every pupil (median of ${nightlyScan.repeats} runs each): ${nightlyScan.points.map((p) => `${p.pupils.toLocaleString('en-GB')} → ${p.seconds.toFixed(2)} s`).join(', ')} | ${nightlyScan.secondsPer40k.toFixed(1)} s per 40,000 (linear fit r² ${nightlyScan.r2.toFixed(3)}) | ≤ ${TARGETS.nightlyScanSecondsFor40k} s, linear | ${pass(nightlyScan.secondsPer40k <= TARGETS.nightlyScanSecondsFor40k && nightlyScan.r2 > 0.98)} |`,
    `| the same in processor time (the work itself, whatever else the machine was running): ${nightlyScan.points.map((p) => `${p.pupils.toLocaleString('en-GB')} → ${p.cpuSeconds.toFixed(2)} s`).join(', ')} | ${nightlyScan.cpuSecondsPer40k.toFixed(1)} s per 40,000 | | |`,
    '',
    ...notes(result),
  ].join('\n');
}

/** Why a target was missed, for the targets whose shortfall has a known, standing cause (tools/bench/README.md). */
function notes(result: BenchResult): string[] {
  const lines: string[] = [];
  if (result.ingest.ratioToRawCopy < TARGETS.ingestRatio) {
    lines.push(
      `The ingest ratio is short of ${TARGETS.ingestRatio}: the raw COPY writes each row once, as it comes, into a heap with no index, ` +
        'while the product also checks it, stages it, inserts it into the partitioned `attendance_mark` and its primary key ' +
        '(one index entry and WAL record per mark) and writes the week and year summaries in the same transaction. The insert ' +
        'into `attendance_mark` alone costs more per mark than the whole raw COPY (see tools/bench/README.md).',
      '',
    );
  }
  if (result.laDashboard.p95 > TARGETS.laSummaryP95Ms) {
    lines.push(
      "The product's LA dashboard (libs/api/dashboards) sums every pupil's week summaries for the period and breaks the " +
        'totals down in the service: one row per pupil per week, where the year summaries hold one per pupil per year. ' +
        `Read from those, the LA's year to date takes ${result.laSummary.p95.toFixed(0)} ms at p95 (the summary query above).`,
      '',
    );
  }
  return lines;
}
