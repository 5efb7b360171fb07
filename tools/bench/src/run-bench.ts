import { performance } from 'node:perf_hooks';
import { systemActor, systemScope } from '@rollcall/api-core';
import { RegisterImportService } from '@rollcall/api-registers';
import { RosterService } from '@rollcall/api-pupils';
import { createDataSource, migrate } from '@rollcall/db';
import { AttendancePolicy, SEFTON_DEFAULT_POLICY, scanPupil, termDatesFor } from '@rollcall/rules';
import { MemorySampler } from './memory-sampler';
import { rawCopy } from './raw-copy';
import { linearFit, percentiles } from './stats';
import { SyntheticLa, pupilMarks, schoolCsv, syntheticLa } from './synthetic-la';

export interface BenchOptions {
  readonly databaseUrl: string;
  readonly pupils: number;
  readonly schools: number;
  readonly academicYear: number;
  readonly summaryRuns: number;
  readonly log: (line: string) => void;
}

export interface BenchResult {
  readonly pupils: number;
  readonly marks: number;
  readonly rawCopy: { rows: number; seconds: number; rowsPerSecond: number };
  readonly ingest: { marks: number; seconds: number; marksPerSecond: number; ratioToRawCopy: number; memory: ReturnType<MemorySampler['end']> };
  readonly laSummary: { median: number; p95: number; runs: number; schools: number };
  readonly nightlyScan: { points: { pupils: number; seconds: number }[]; secondsPer40k: number; r2: number };
  readonly postgresVersion: string;
}

/** The benchmark, end to end, on the database at `databaseUrl` (empty; it is migrated here). */
export async function runBench(options: BenchOptions): Promise<BenchResult> {
  const { log } = options;
  const la = syntheticLa({ pupils: options.pupils, schools: options.schools, academicYear: options.academicYear });
  const marksPerPupil = la.sessions.length;
  const dataSource = createDataSource({ url: options.databaseUrl, poolSize: 4, applicationName: 'rollcall-bench' });
  await dataSource.initialize();
  try {
    await migrate(dataSource);
    const [{ version }] = await dataSource.query(`SELECT current_setting('server_version') AS version`);
    const scope = systemScope(systemActor('bench'), la.laCode);

    log(`Setting up ${options.pupils} pupils in ${options.schools} schools (${marksPerPupil} sessions each)…`);
    await loadRoster(new RosterService(dataSource), scope, la);

    log('Baseline: raw COPY of the same CSV into a bare table…');
    const raw = await rawCopy(options.databaseUrl, la.schools.map((school) => () => schoolCsv(la, school)));
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
      if ((i + 1) % 10 === 0 || i === la.schools.length - 1) log(`  ${i + 1}/${la.schools.length} schools, ${imported} marks`);
    }
    const ingestSeconds = (performance.now() - started) / 1000;
    const memory = sampler.end();

    log('LA year-to-date summary query…');
    const laSummary = await timeLaSummary(dataSource, la, options.summaryRuns);

    log('Nightly scan: every rule for every pupil…');
    const nightlyScan = timeNightlyScan(la, SEFTON_DEFAULT_POLICY);

    return {
      pupils: options.pupils,
      marks: options.pupils * marksPerPupil,
      rawCopy: { ...raw, rowsPerSecond: raw.rows / raw.seconds },
      ingest: {
        marks: imported,
        seconds: ingestSeconds,
        marksPerSecond: imported / ingestSeconds,
        ratioToRawCopy: imported / ingestSeconds / (raw.rows / raw.seconds),
        memory,
      },
      laSummary,
      nightlyScan,
      postgresVersion: `PostgreSQL ${version}`,
    };
  } finally {
    await dataSource.destroy();
  }
}

async function loadRoster(roster: RosterService, scope: ReturnType<typeof systemScope>, la: SyntheticLa): Promise<void> {
  await roster.upsertLocalAuthority(scope, { laCode: la.laCode, name: 'Benchmark LA (synthetic)' });
  const dates = termDatesFor(la.academicYear);
  const calendar = {
    halfTerms: dates.halfTerms.map((h) => ({ academicYear: la.academicYear, name: h.name, startsOn: h.start, endsOn: h.end })),
    closures: (dates.insetDays ?? []).map((d) => ({ startsOn: d, endsOn: d, kind: 'INSET' as const, sessions: 'BOTH' as const })),
  };
  for (const school of la.schools) {
    await roster.upsertSchool(scope, {
      urn: school.urn,
      laCode: la.laCode,
      laestab: school.laestab,
      name: `Synthetic School ${school.urn}`,
      type: 'COMMUNITY',
      phase: 'PRIMARY',
      calendar,
    });
    await roster.upsertPupils(
      scope,
      la.laCode,
      school.urn,
      school.pupils.map((p, i) => ({
        upn: p.upn,
        forename: `Pupil${i}`,
        surname: `School${school.urn}`,
        dateOfBirth: p.dateOfBirth,
        sex: i % 2 ? 'F' : 'M',
        homeLaCode: la.laCode,
        admittedOn: dates.halfTerms[0]?.start ?? `${la.academicYear}-09-01`,
      })),
    );
  }
}

/** The dashboard's heaviest read: every school's year-to-date totals with PA and SA counts, from the summaries. */
export const LA_SUMMARY_SQL = `
  WITH per_enrolment AS (
    SELECT urn, enrolment_id, sum(possible) AS possible, sum(authorised) AS authorised, sum(unauthorised) AS unauthorised
    FROM pupil_week_summary
    WHERE la_code = $1 AND week_start >= $2
    GROUP BY urn, enrolment_id
  )
  SELECT urn,
         count(*) AS pupils,
         sum(possible) AS possible,
         sum(authorised) AS authorised,
         sum(unauthorised) AS unauthorised,
         count(*) FILTER (WHERE possible > 0 AND (authorised + unauthorised) * 10 >= possible) AS persistently_absent,
         count(*) FILTER (WHERE possible > 0 AND (authorised + unauthorised) * 2 >= possible) AS severely_absent
  FROM per_enrolment
  GROUP BY urn
  ORDER BY urn`;

async function timeLaSummary(dataSource: Awaited<ReturnType<typeof createDataSource>>, la: SyntheticLa, runs: number) {
  const yearStart = la.sessions[0]?.date ?? `${la.academicYear}-09-01`;
  const timings: number[] = [];
  let schools = 0;
  for (let i = 0; i < runs + 2; i++) {
    const started = performance.now();
    const rows = await dataSource.query(LA_SUMMARY_SQL, [la.laCode, yearStart]);
    if (i >= 2) timings.push(performance.now() - started);
    schools = rows.length;
  }
  return { ...percentiles(timings), runs, schools };
}

function timeNightlyScan(la: SyntheticLa, policy: AttendancePolicy) {
  const today = la.sessions[la.sessions.length - 1]?.date ?? `${la.academicYear + 1}-07-20`;
  const all = la.schools.flatMap((s) => s.pupils);
  const points: { pupils: number; seconds: number }[] = [];
  for (const fraction of [0.25, 0.5, 1]) {
    const pupils = all.slice(0, Math.max(1, Math.round(all.length * fraction)));
    let seconds = 0;
    for (const pupil of pupils) {
      const marks = pupilMarks(la, pupil);
      const started = performance.now();
      scanPupil({ pupilId: pupil.upn, fullName: pupil.upn, dateOfBirth: pupil.dateOfBirth, marks, calendar: la.calendar, policy, today });
      seconds += (performance.now() - started) / 1000;
    }
    points.push({ pupils: pupils.length, seconds });
  }
  const fit = linearFit(points.map((p) => ({ x: p.pupils, y: p.seconds })));
  return { points, secondsPer40k: fit.slope * 40_000 + fit.intercept, r2: fit.r2 };
}
