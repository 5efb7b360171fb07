import { pipeline } from 'node:stream/promises';
import { Readable, Transform, Writable } from 'node:stream';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { EntityManager } from 'typeorm';
import type { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { CheckedMark } from './mark-row-checker';

/**
 * The import's scratch table: one row per mark that passed the per-row checks, dropped when the transaction ends.
 * `row_no`/`pos` say where the mark came from, for problems found later in SQL.
 */
export const STAGING_TABLE = 'register_import_staging';

/** Chunks of COPY text handed to PostgreSQL at a time: big enough to keep the per-message cost low. */
const COPY_CHUNK_CHARS = 64 * 1024;

export async function createStagingTable(tx: EntityManager): Promise<void> {
  await tx.query(
    `CREATE TEMP TABLE ${STAGING_TABLE} (
       row_no int NOT NULL, pos int, upn text NOT NULL, enrolment_id bigint, date date NOT NULL, session text NOT NULL,
       code text NOT NULL, minutes_late smallint
     ) ON COMMIT DROP`,
  );
}

/** One mark as a line of PostgreSQL's COPY text format (only the `\` code needs escaping; every value is checked). */
export function copyLine(m: CheckedMark): string {
  const code = m.code === '\\' ? '\\\\' : m.code;
  return `${m.row}\t${m.position ?? '\\N'}\t${m.upn}\t${m.enrolmentId ?? '\\N'}\t${m.date}\t${m.session}\t${code}\t${
    m.minutesLate ?? '\\N'
  }\n`;
}

/** What was staged: counted as it streams, so no pass over the staging table is needed for it. */
export class StagingStats {
  marks = 0;
  firstDate: string | undefined;
  lastDate: string | undefined;
  private readonly upns = new Set<string>();

  add(mark: CheckedMark): void {
    this.marks += 1;
    if (this.firstDate === undefined || mark.date < this.firstDate) this.firstDate = mark.date;
    if (this.lastDate === undefined || mark.date > this.lastDate) this.lastDate = mark.date;
    // Only marks matched to the roll reach here (or a CTF's own pupils), so the set is the size of the roll.
    this.upns.add(mark.upn);
  }

  /** Distinct pupils (UPNs) among the staged marks. */
  get pupils(): number {
    return this.upns.size;
  }
}

/** Gathers COPY lines into chunks of about 64 KB, counting the marks on the way. */
export class CopyTextBuffer {
  private parts: string[] = [];
  private size = 0;

  constructor(private readonly stats: StagingStats) {}

  add(mark: CheckedMark): void {
    const line = copyLine(mark);
    this.stats.add(mark);
    this.parts.push(line);
    this.size += line.length;
  }

  get full(): boolean {
    return this.size >= COPY_CHUNK_CHARS;
  }

  /** The text gathered so far (possibly empty), and a fresh buffer. */
  take(): string {
    const text = this.parts.join('');
    this.parts = [];
    this.size = 0;
    return text;
  }
}

/** The transaction's own pg client: COPY must run on the connection that holds the transaction. */
export async function transactionClient(tx: EntityManager): Promise<PoolClient> {
  const runner = tx.queryRunner as PostgresQueryRunner | undefined;
  if (!runner) throw new Error('A register import must run inside a transaction (inTransaction)');
  return (await runner.connect()) as PoolClient;
}

/**
 * Streams `source` through `stages` into the staging table with COPY. Backpressure runs end to end (the COPY
 * socket slows the parser, which slows the reading of the file), so memory stays flat whatever the size. Any
 * error ends the COPY (CopyFail) and leaves the transaction to roll back.
 */
export async function copyIntoStaging(tx: EntityManager, source: Readable, stages: readonly Transform[]): Promise<number> {
  const client = await transactionClient(tx);
  const copy = client.query(
    copyFrom(`COPY ${STAGING_TABLE} (row_no, pos, upn, enrolment_id, date, session, code, minutes_late) FROM STDIN`),
  );
  await pipeline([source, ...stages, copy as Writable]);
  return copy.rowCount;
}
