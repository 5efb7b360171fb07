import { performance } from 'node:perf_hooks';
import { Scope, inTransaction, systemActor, systemScope } from '@rollcall/api-core';
import { AttendanceDashboardService } from '@rollcall/api-dashboards';
import { RegisterImportService } from '@rollcall/api-registers';
import { RosterService } from '@rollcall/api-pupils';
import { createDataSource } from '@rollcall/db';
import { SEFTON_DEFAULT_POLICY, academicYearEnd, academicYearStart, addDays } from '@rollcall/rules';
import { MemorySampler } from './memory-sampler';
import { rawCopy } from './raw-copy';
import { NightlyScanTiming, timeNightlyScan } from './nightly-scan-timing';
import { percentiles } from './stats';
import { SyntheticLa, schoolCsv } from './synthetic-la';
import { loadSyntheticRoster } from './synthetic-roster';

export interface IngestBenchOptions {
  /** The database's owner: the raw COPY baseline runs as it. */
  readonly ownerUrl: string;
  /** rollcall_app: the product runs as it, under row-level security (docs/0006). The database is migrated already. */
  readonly appUrl: string;
  readonly la: SyntheticLa;
  readonly summaryRuns: number;
  readonly log: (line: string) => void;
}

export interface IngestBenchResult {
  readonly pupils: number;
  readonly marks: number;
  readonly rawCopy: { rows: number; seconds: number; rowsPerSecond: number };
  readonly ingest: { marks: number; seconds: number; marksPerSecond: number; ratioToRawCopy: number; memory: ReturnType<MemorySampler['end']> };
  readonly laSummary: { median: number; p95: number; runs: number; schools: number; fromWeeksMedian: number; fromWeeksRuns: number };
  /** The product's LA dashboard for the year to date (every breakdown), for comparison with the summary query. */
  readonly laDashboard: { median: number; p95: number; runs: number };
  readonly nightlyScan: NightlyScanTiming;
}

/**
 * The data part, on the migrated database: the roster, the raw COPY baseline (as the owner), then the product as
 * rollcall_app under row-level security: the ingest, the LA summary and dashboard; and the nightly scan.
 */
export async function runIngestBench(options: IngestBenchOptions): Promise<IngestBenchResult> {
  const { log, la } = options;
  const marksPerPupil = la.sessions.length;
  const pupils = la.schools.reduce((sum, s) => sum + s.pupils.length, 0);
  const dataSource = createDataSource({ url: options.appUrl, poolSize: 4, applicationName: 'rollcall-bench' });
  await dataSource.initialize();
  try {
    const scope = systemScope(systemActor('bench'), la.laCode);

    log(`Setting up ${pupils} pupils in ${la.schools.length} schools (${marksPerPupil} sessions each)…`);
    await loadRoster(new RosterService(dataSource), scope, la);

    log('Baseline: raw COPY of the same CSV into a bare table…');
    const raw = await rawCopy(options.ownerUrl, la.schools.map((school) => () => schoolCsv(la, school)));
    log(`  ${raw.rows} rows in ${raw.seconds.toFixed(1)} s`);

    log("Product: each school's register file through RegisterImportService.importCsv…");
    const importer = new RegisterImportService(dataSource);
    const sampler = new MemorySampler().begin();
    const started = performance.now();
    let imported = 0;
    for (const [i, school] of la.schools.entries()) {
      const result = await importer.importCsv(scope, {
        laCode: la.laCode,
        urn: school.urn,
        idempotencyKey: `bench-${school.urn}-${la.academicYear}`,
        csv: schoolCsv(la, school),
      });
      imported += result.marks;
      sampler.settle();
      if ((i + 1) % 10 === 0 || i === la.schools.length - 1) log(`  ${i + 1}/${la.schools.length} schools, ${imported} marks`);
    }
    const ingestSeconds = (performance.now() - started) / 1000;
    const memory = sampler.end();

    log('LA year-to-date summary query…');
    const laSummary = await timeLaSummary(dataSource, la, options.summaryRuns);
    log("The product's LA dashboard for the year to date…");
    const laDashboard = await timeLaDashboard(dataSource, la);

    log('Nightly scan: every rule for every pupil…');
    const nightlyScan = timeNightlyScan(la, SEFTON_DEFAULT_POLICY);

    return {
      pupils,
      marks: pupils * marksPerPupil,
      rawCopy: { ...raw, rowsPerSecond: raw.rows / raw.seconds },
      ingest: {
        marks: imported,
        seconds: ingestSeconds,
        marksPerSecond: imported / ingestSeconds,
        ratioToRawCopy: imported / ingestSeconds / (raw.rows / raw.seconds),
        memory,
      },
      laSummary,
      laDashboard,
      nightlyScan,
    };
  } finally {
    await dataSource.destroy();
  }
}

async function loadRoster(roster: RosterService, scope: ReturnType<typeof systemScope>, la: SyntheticLa): Promise<void> {
  await loadSyntheticRoster(
    roster,
    scope,
    la,
    la.schools.map((school) => ({
      urn: school.urn,
      laestab: school.laestab,
      name: `Synthetic School ${school.urn}`,
      pupils: school.pupils.map((p, i) => ({
        upn: p.upn,
        forename: `Pupil${i}`,
        surname: `School${school.urn}`,
        dateOfBirth: p.dateOfBirth,
        sex: i % 2 ? ('F' as const) : ('M' as const),
      })),
    })),
  );
}

/**
 * The LA dashboard's heaviest read: every school's year-to-date totals with persistent and severe absence counts
 * (absence of 10 % and 50 % or more of the pupil's possible sessions), from the per-enrolment year summaries.
 */
export const LA_SUMMARY_SQL = `
  SELECT urn,
         count(*)::int AS pupils,
         sum(possible)::int AS possible,
         sum(authorised)::int AS authorised,
         sum(unauthorised)::int AS unauthorised,
         count(*) FILTER (WHERE possible > 0 AND (authorised + unauthorised) * 10 >= possible)::int AS persistently_absent,
         count(*) FILTER (WHERE possible > 0 AND (authorised + unauthorised) * 2 >= possible)::int AS severely_absent
  FROM pupil_year_summary
  WHERE la_code = $1 AND academic_year = $2
  GROUP BY urn
  ORDER BY urn`;

/**
 * The same figures summed from the week summaries (weeks whose Sunday falls in the year): what the year summaries
 * save. The benchmark checks both give the same answer and times this one a few times for comparison.
 */
export const LA_SUMMARY_FROM_WEEKS_SQL = `
  WITH per_enrolment AS (
    SELECT urn, enrolment_id, sum(possible) AS possible, sum(authorised) AS authorised, sum(unauthorised) AS unauthorised
    FROM pupil_week_summary
    WHERE la_code = $1 AND week_start BETWEEN $2 AND $3
    GROUP BY urn, enrolment_id
  )
  SELECT urn,
         count(*)::int AS pupils,
         sum(possible)::int AS possible,
         sum(authorised)::int AS authorised,
         sum(unauthorised)::int AS unauthorised,
         count(*) FILTER (WHERE possible > 0 AND (authorised + unauthorised) * 10 >= possible)::int AS persistently_absent,
         count(*) FILTER (WHERE possible > 0 AND (authorised + unauthorised) * 2 >= possible)::int AS severely_absent
  FROM per_enrolment
  GROUP BY urn
  ORDER BY urn`;

const WEEKS_QUERY_RUNS = 5;

/** An LA attendance officer of the benchmark's LA: what row-level security lets the LA's own queries see. */
const laOfficer = (la: SyntheticLa): Scope => ({ actor: systemActor('bench'), role: 'LA_OFFICER', laCode: la.laCode });

/** Each query as the product runs it: in a transaction with the LA officer's scope set (row-level security applies). */
async function timeLaSummary(dataSource: Awaited<ReturnType<typeof createDataSource>>, la: SyntheticLa, runs: number) {
  const timed = async (sql: string, params: unknown[], times: number) => {
    const timings: number[] = [];
    let rows: unknown[] = [];
    for (let i = 0; i < times + 2; i++) {
      const started = performance.now();
      rows = await inTransaction(dataSource, laOfficer(la), (tx) => tx.query(sql, params));
      if (i >= 2) timings.push(performance.now() - started);
    }
    return { rows, timings };
  };
  const fromYears = await timed(LA_SUMMARY_SQL, [la.laCode, la.academicYear], runs);
  const fromWeeks = await timed(
    LA_SUMMARY_FROM_WEEKS_SQL,
    [la.laCode, addDays(academicYearStart(la.academicYear), -6), addDays(academicYearEnd(la.academicYear), -6)],
    WEEKS_QUERY_RUNS,
  );
  if (JSON.stringify(fromYears.rows) !== JSON.stringify(fromWeeks.rows)) {
    throw new Error('The year summaries and the week summaries give different LA totals');
  }
  if (fromYears.rows.length !== la.schools.length) {
    throw new Error(`The LA officer sees ${fromYears.rows.length} of the LA's ${la.schools.length} schools in the year summaries`);
  }
  return {
    ...percentiles(fromYears.timings),
    runs,
    schools: fromYears.rows.length,
    fromWeeksMedian: percentiles(fromWeeks.timings).median,
    fromWeeksRuns: WEEKS_QUERY_RUNS,
  };
}

/** Enough runs for a p95 that is not simply the slowest one (with 5 it is). */
const DASHBOARD_RUNS = 20;

/** `AttendanceDashboardService.laDashboard` as an LA officer sees it: the year to date, every breakdown (after 1 warm-up run). */
async function timeLaDashboard(dataSource: Awaited<ReturnType<typeof createDataSource>>, la: SyntheticLa) {
  const service = new AttendanceDashboardService(dataSource);
  const officer = laOfficer(la);
  const request = { from: la.sessions[0]?.date ?? academicYearStart(la.academicYear), to: la.sessions[la.sessions.length - 1]?.date ?? academicYearEnd(la.academicYear), method: 'ROLLCALL' as const };
  const timings: number[] = [];
  for (let i = 0; i < DASHBOARD_RUNS + 1; i++) {
    const started = performance.now();
    await service.laDashboard(officer, request);
    if (i >= 1) timings.push(performance.now() - started);
  }
  return { ...percentiles(timings), runs: DASHBOARD_RUNS };
}
