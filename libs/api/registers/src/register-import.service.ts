import { Refusal, Scope, inTransaction } from '@rollcall/api-core';
import { loadSchoolCalendar } from '@rollcall/api-pupils';
import { RegisterImportKind } from '@rollcall/db';
import { LocalDate, Session, isLocalDate } from '@rollcall/rules';
import { CsvError } from 'csv-parse';
import { Readable } from 'node:stream';
import { DataSource, EntityManager } from 'typeorm';
import { ContentHash } from './content-hash';
import { CsvRegisterRows, csvParseProblem } from './csv-register-rows';
import { upsertCtfPupils } from './ctf-pupils';
import { CtfRegisterRows, ctfMarkField } from './ctf-register-rows';
import { ProblemCollector, importRejected } from './import-problem';
import { ImportStopped } from './import-stopped';
import { DateRangeGuard, MarkFieldNames, MarkRowChecker } from './mark-row-checker';
import { MARK_SOURCE, MarkSource } from './mark-source';
import { SchoolSessions } from './school-sessions';
import { SchoolRoll } from './school-roll';
import { mayWriteRegister } from './register-school';
import { ProblemFields, applyStagedMarks, findDuplicateSessions, findEnrolmentProblems, matchStagedEnrolments } from './staged-marks';
import { CopyTextBuffer, StagingStats, copyIntoStaging, createStagingTable } from './staging-table';

/** Which register an import is for, and the sender's key for it (8–200 characters, unique within the LA). */
export interface RegisterImportTarget {
  readonly laCode: string;
  readonly urn: number;
  /** The same key with the same content is applied once; with other content it is refused. */
  readonly idempotencyKey: string;
}

/** One mark as an MIS sends it. */
export interface MarkInput {
  readonly upn: string;
  readonly date: LocalDate;
  readonly session: Session;
  readonly code: string;
  /** With code L or U only. */
  readonly minutesLate?: number;
}

export interface MarksImportInput extends RegisterImportTarget {
  /** The range the push covers, inclusive: every mark must fall in it (nothing outside it is touched). */
  readonly from: LocalDate;
  readonly to: LocalDate;
  /** An array, or any (async) iterable, so a generator can stream millions of marks without holding them. */
  readonly marks: Iterable<MarkInput> | AsyncIterable<MarkInput>;
}

export interface CsvImportInput extends RegisterImportTarget {
  /** A register CSV file, UTF-8 (README: columns `upn,date,session,code,minutes_late`). */
  readonly csv: Readable;
}

export interface CtfImportInput extends RegisterImportTarget {
  /** A DfE Common Transfer File exported by this school (domain §15.2). */
  readonly xml: Readable;
}

/** What an import did; a repeat with the same key and content returns the first import's result, `repeated: true`. */
export interface RegisterImportResult {
  readonly importId: string;
  readonly kind: RegisterImportKind;
  readonly urn: number;
  /** Marks the submission carried, all checked and applied (a mark already held with the same code is left as it is). */
  readonly marks: number;
  /** Pupils with marks in the submission (for a CTF: pupils in the file). */
  readonly pupils: number;
  readonly importedAt: string;
  readonly importedBy: string;
  readonly repeated: boolean;
}

interface SchoolRow {
  la_code: string;
  laestab: number;
}

interface ImportRow {
  id: string;
  kind: RegisterImportKind;
  urn: number;
  content_sha256: string;
  marks: number;
  pupils: number;
  imported_at: Date;
  imported_by: string;
}

interface StageContext {
  readonly tx: EntityManager;
  readonly laCode: string;
  readonly urn: number;
  readonly school: SchoolRow;
  readonly checker: MarkRowChecker;
  readonly sessions: SchoolSessions;
  readonly problems: ProblemCollector;
  readonly stats: StagingStats;
}

interface Staged {
  readonly sha256: string;
  /** Set when the submission says how many pupils it carries (a CTF). */
  readonly pupils?: number;
  /** False when the submission's pupils could not be stored, so matching marks to enrolments would mislead. */
  readonly pupilsStored?: boolean;
}

/** One kind of submission: how to hash it and how to stream it into the staging table. */
interface ImportJob {
  readonly kind: RegisterImportKind;
  readonly source: MarkSource;
  readonly fields: ProblemFields;
  readonly range?: DateRangeGuard;
  /** False when the submission brings its own pupils, so its marks are matched to enrolments after they are written. */
  readonly matchWhileStreaming: boolean;
  hashOnly(): Promise<string>;
  stage(context: StageContext): Promise<Staged>;
}

const PENDING_SHA256 = '0'.repeat(64);
const HASH_CHUNK_CHARS = 64 * 1024;
const MARK_FIELDS: MarkFieldNames = { upn: 'upn', date: 'date', session: 'session', code: 'code', minutesLate: 'minutesLate' };
const MARKS_PROBLEM_FIELDS: ProblemFields = { name: 'mark', upn: 'upn', date: 'date', session: 'session', position: () => 'session' };
const CSV_PROBLEM_FIELDS: ProblemFields = { name: 'line', upn: 'upn', date: 'date', session: 'session', position: () => 'session' };
const CTF_PROBLEM_FIELDS: ProblemFields = {
  name: 'pupil',
  upn: 'UPN',
  date: 'AttendanceMarks',
  session: 'AttendanceMarks',
  position: ctfMarkField,
};

/**
 * Register ingestion, shared by the API, the demo generator and the benchmark: an MIS push, a CSV file or a CTF,
 * each streamed into a staging table with COPY, checked per row while streaming and in bulk with SQL, and applied
 * in one transaction with the week summaries it changes. A bad row refuses the whole submission; a repeat of the
 * same idempotency key and content is applied once.
 */
export class RegisterImportService {
  constructor(private readonly dataSource: DataSource) {}

  /** An MIS push: marks for one school and date range. */
  async importMarks(scope: Scope, input: MarksImportInput): Promise<RegisterImportResult> {
    if (!isLocalDate(input.from ?? '') || !isLocalDate(input.to ?? '') || input.to < input.from) {
      throw new Refusal(
        'INVALID_DATE_RANGE',
        `The range "${input.from}" to "${input.to}" must be two dates (YYYY-MM-DD), the first no later than the second.`,
        { from: input.from, to: input.to },
      );
    }
    const newHash = () => new ContentHash('MARKS', input.urn, input.from, input.to);
    return this.run(scope, input, {
      kind: 'MARKS',
      source: MARK_SOURCE.MIS_PUSH,
      fields: MARKS_PROBLEM_FIELDS,
      range: { from: input.from, to: input.to },
      matchWhileStreaming: true,
      hashOnly: async () => {
        const hash = newHash();
        for await (const text of marksAsCopyText(input.marks, hash)) void text;
        return hash.hex();
      },
      stage: async ({ tx, checker, stats }) => {
        const hash = newHash();
        await copyIntoStaging(tx, Readable.from(marksAsCopyText(input.marks, hash, { checker, stats })), []);
        return { sha256: hash.hex() };
      },
    });
  }

  /** A register CSV file (README: "CSV register files"). */
  async importCsv(scope: Scope, input: CsvImportInput): Promise<RegisterImportResult> {
    const hash = new ContentHash('CSV', input.urn);
    return this.run(scope, input, {
      kind: 'CSV',
      source: MARK_SOURCE.CSV,
      fields: CSV_PROBLEM_FIELDS,
      matchWhileStreaming: true,
      hashOnly: () => hash.drain(input.csv),
      stage: async ({ tx, checker, problems, stats }) => {
        try {
          await copyIntoStaging(tx, input.csv, [hash.tap(), new CsvRegisterRows(checker, problems, stats)]);
        } catch (error) {
          if (error instanceof CsvError) csvParseProblem(error, problems);
          else if (!(error instanceof ImportStopped)) throw error;
          throw importRejected(problems);
        }
        return { sha256: hash.hex() };
      },
    });
  }

  /** A DfE Common Transfer File exported by the school: its pupils and their attendance here (README: "CTF files"). */
  async importCtf(scope: Scope, input: CtfImportInput): Promise<RegisterImportResult> {
    const hash = new ContentHash('CTF', input.urn);
    return this.run(scope, input, {
      kind: 'CTF',
      source: MARK_SOURCE.CTF,
      fields: CTF_PROBLEM_FIELDS,
      matchWhileStreaming: false,
      hashOnly: () => hash.drain(input.xml),
      stage: async ({ tx, laCode, urn, school, checker, sessions, problems, stats }) => {
        const rows = new CtfRegisterRows(school.laestab, checker, sessions, problems, stats);
        try {
          await copyIntoStaging(tx, input.xml, [hash.tap(), rows]);
        } catch (error) {
          if (!(error instanceof ImportStopped)) throw error;
          throw importRejected(problems);
        }
        const pupilsStored = await upsertCtfPupils(tx, laCode, urn, rows.pupils, problems);
        return { sha256: hash.hex(), pupils: rows.pupils.length, pupilsStored };
      },
    });
  }

  private async run(scope: Scope, target: RegisterImportTarget, job: ImportJob): Promise<RegisterImportResult> {
    const { laCode, urn, idempotencyKey } = target;
    mayWriteRegister(scope, { laCode, urn });
    if (typeof idempotencyKey !== 'string' || idempotencyKey.length < 8 || idempotencyKey.length > 200) {
      throw new Refusal('INVALID_IDEMPOTENCY_KEY', 'The idempotency key must be 8 to 200 characters long.', { field: 'idempotencyKey' });
    }
    return inTransaction(this.dataSource, scope, async (tx) => {
      // Bulk work: no JIT compilation (its start-up cost outweighs it here) and room for the sorts and hashes in memory.
      await tx.query(`SELECT set_config('jit', 'off', true), set_config('work_mem', '64MB', true)`);
      const school = await schoolFor(tx, laCode, urn);
      // One import at a time per school, so concurrent submissions for the same register apply in turn.
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext('rollcall.register_import'), $1)`, [urn]);
      const claimed = (await tx.query(
        `INSERT INTO register_import (la_code, idempotency_key, kind, urn, content_sha256, imported_by)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (la_code, urn, idempotency_key) DO NOTHING
         RETURNING id::text AS id, kind, urn, content_sha256, marks, pupils, imported_at, imported_by`,
        [laCode, idempotencyKey, job.kind, urn, PENDING_SHA256, scope.actor.label],
      )) as ImportRow[];
      if (claimed.length === 0) return repeatOf(tx, laCode, urn, idempotencyKey, await job.hashOnly());

      const problems = new ProblemCollector();
      const stats = new StagingStats();
      const sessions = new SchoolSessions(await loadSchoolCalendar(tx, urn));
      const roll = job.matchWhileStreaming ? await SchoolRoll.load(tx, laCode, urn) : undefined;
      const checker = new MarkRowChecker(sessions, problems, job.range, roll);
      await createStagingTable(tx);
      const staged = await job.stage({ tx, laCode, urn, school, checker, sessions, problems, stats });
      if (!job.matchWhileStreaming && staged.pupilsStored && stats.marks > 0) {
        const unmatched = await matchStagedEnrolments(tx, laCode, urn);
        if (unmatched > 0) await findEnrolmentProblems(tx, laCode, urn, problems, job.fields);
      }
      if (problems.any) {
        if (stats.marks > 0) await findDuplicateSessions(tx, problems, job.fields);
        throw importRejected(problems);
      }
      if (stats.firstDate !== undefined && stats.lastDate !== undefined) {
        const write = { importId: claimed[0].id, source: job.source, recordedBy: scope.actor.label };
        const applied = await applyStagedMarks(tx, laCode, { from: stats.firstDate, to: stats.lastDate }, write, problems, job.fields);
        if (!applied) throw importRejected(problems);
      }
      const pupils = staged.pupils ?? stats.pupils;
      await tx.query(`UPDATE register_import SET content_sha256 = $3, marks = $4, pupils = $5 WHERE la_code = $1 AND id = $2`, [
        laCode,
        claimed[0].id,
        staged.sha256,
        stats.marks,
        pupils,
      ]);
      return toResult({ ...claimed[0], marks: stats.marks, pupils }, false);
    });
  }
}

/** The MIS push as COPY text, checked row by row; hashes every mark (checked or not) on the way. */
async function* marksAsCopyText(
  marks: Iterable<MarkInput> | AsyncIterable<MarkInput>,
  hash: ContentHash,
  staging?: { readonly checker: MarkRowChecker; readonly stats: StagingStats },
): AsyncGenerator<string> {
  const buffer = new CopyTextBuffer(staging?.stats ?? new StagingStats());
  let hashText = '';
  let row = 0;
  for await (const mark of marks) {
    row += 1;
    const m = (typeof mark === 'object' && mark !== null ? mark : {}) as Partial<Record<keyof MarkInput, unknown>>;
    hashText += `${hashField(m.upn)}\t${hashField(m.date)}\t${hashField(m.session)}\t${hashField(m.code)}\t${hashField(m.minutesLate)}\n`;
    if (hashText.length >= HASH_CHUNK_CHARS) {
      hash.update(hashText);
      hashText = '';
    }
    if (!staging) continue;
    const raw = { upn: m.upn, date: m.date, session: m.session, code: m.code, minutesLate: m.minutesLate };
    const checked = staging.checker.check(row, raw, MARK_FIELDS);
    if (checked) buffer.add(checked);
    if (buffer.full) yield buffer.take();
  }
  hash.update(hashText);
  const rest = buffer.take();
  if (rest) yield rest;
}

/** A mark's value as hashed: text as it is (JSON-quoted if it holds a tab or line break), anything else as JSON. */
function hashField(value: unknown): string {
  if (typeof value === 'string') return value.includes('\t') || value.includes('\n') ? JSON.stringify(value) : value;
  return value === undefined || value === null ? '' : JSON.stringify(value);
}

async function schoolFor(tx: EntityManager, laCode: string, urn: number): Promise<SchoolRow> {
  const rows = (await tx.query(`SELECT la_code, laestab FROM school WHERE urn = $1`, [Number.isInteger(urn) ? urn : -1])) as SchoolRow[];
  if (rows.length === 0) throw new Refusal('UNKNOWN_SCHOOL', `No school with URN ${urn} is set up in Rollcall.`, { urn });
  if (rows[0].la_code !== laCode) {
    throw new Refusal('SCHOOL_NOT_IN_LA', `School ${urn} belongs to LA ${rows[0].la_code}, not LA ${laCode}.`, {
      urn,
      laCode,
      schoolLaCode: rows[0].la_code,
    });
  }
  return rows[0];
}

async function repeatOf(tx: EntityManager, laCode: string, urn: number, idempotencyKey: string, sha256: string): Promise<RegisterImportResult> {
  const rows = (await tx.query(
    `SELECT id::text AS id, kind, urn, content_sha256, marks, pupils, imported_at, imported_by
       FROM register_import WHERE la_code = $1 AND urn = $2 AND idempotency_key = $3`,
    [laCode, urn, idempotencyKey],
  )) as ImportRow[];
  const first = rows[0];
  if (first.content_sha256 !== sha256) {
    throw new Refusal(
      'IDEMPOTENCY_KEY_REUSED',
      `The idempotency key "${idempotencyKey}" was used on ${first.imported_at.toISOString()} for a different submission; ` +
        'use a new key for new content.',
      { importId: first.id, importedAt: first.imported_at.toISOString() },
    );
  }
  return toResult(first, true);
}

function toResult(row: ImportRow, repeated: boolean): RegisterImportResult {
  return {
    importId: row.id,
    kind: row.kind,
    urn: row.urn,
    marks: row.marks,
    pupils: row.pupils,
    importedAt: row.imported_at.toISOString(),
    importedBy: row.imported_by,
    repeated,
  };
}
