import { CsvError, parse } from 'csv-parse';
import { Transform, TransformCallback } from 'node:stream';
import { ProblemCollector } from './import-problem';
import { ImportStopped } from './import-stopped';
import { MarkFieldNames, MarkRowChecker } from './mark-row-checker';
import { RegisterCsvReader } from './register-csv-reader';
import { CopyTextBuffer, StagingStats } from './staging-table';

/** The columns of a register CSV file (libs/api/registers/README.md); `minutes_late` may be left out. */
export const CSV_COLUMNS = ['upn', 'date', 'session', 'code', 'minutes_late'] as const;
const REQUIRED_COLUMNS = ['upn', 'date', 'session', 'code'];
const FIELDS: MarkFieldNames = { upn: 'upn', date: 'date', session: 'session', code: 'code', minutesLate: 'minutes_late' };

/**
 * csv-parse set up for register files: UTF-8 with or without a BOM, values trimmed, rows of any length (checked
 * here). Line numbers are counted by `CsvRegisterRows` rather than asked of the parser (its `info` doubles the cost).
 * It reads whatever `RegisterCsvReader` does not split itself.
 */
export function registerCsvParser(): Transform {
  return parse({ bom: true, trim: true, relax_column_count: true, record_delimiter: ['\r\n', '\n'], encoding: 'utf8' });
}

/** A CSV parse error as a problem with its line, so the sender can find it. */
export function csvParseProblem(error: CsvError, problems: ProblemCollector): void {
  const line = typeof error['lines'] === 'number' ? (error['lines'] as number) : 0;
  problems.add({ row: line, field: 'file', reason: 'MALFORMED_FILE', message: `The file is not valid CSV: ${error.message}` });
}

/** Where each column is in the file's rows (undefined: not in the header). */
interface ColumnIndexes {
  readonly upn?: number;
  readonly date?: number;
  readonly session?: number;
  readonly code?: number;
  readonly minutesLate?: number;
}

/**
 * Reads a register CSV file (its bytes) and turns its rows into COPY text for the staging table, checking each row
 * on the way; rows with problems are recorded and left out. The header row must name the columns (any order, any
 * case). Records come from `RegisterCsvReader`: exactly those `registerCsvParser` gives, most of them split without it.
 */
export class CsvRegisterRows extends Transform {
  private columns: Map<string, number> | undefined;
  private indexes: ColumnIndexes = {};
  private width = 0;
  private nextLine = 1;
  private readonly buffer: CopyTextBuffer;
  private readonly reader = new RegisterCsvReader(registerCsvParser, (record) => this.record(record));

  constructor(
    private readonly checker: MarkRowChecker,
    private readonly problems: ProblemCollector,
    stats: StagingStats,
  ) {
    super({ readableObjectMode: false });
    this.buffer = new CopyTextBuffer(stats);
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.reader.write(chunk).then(() => callback(), callback);
  }

  override _flush(callback: TransformCallback): void {
    this.reader.end().then(() => this.finish(callback), callback);
  }

  private record(record: string[]): Error | undefined {
    const row = this.nextLine;
    this.nextLine += 1;
    for (const value of record) if (value.includes('\n')) this.nextLine += value.split('\n').length - 1;
    if (record.length === 1 && record[0] === '') return undefined;
    if (!this.columns) {
      const header = this.readHeader(record, row);
      if (!header) return new ImportStopped();
      this.columns = header;
      this.indexes = {
        upn: header.get('upn'),
        date: header.get('date'),
        session: header.get('session'),
        code: header.get('code'),
        minutesLate: header.get('minutes_late'),
      };
      this.width = record.length;
      return undefined;
    }
    if (record.length !== this.width && !this.onlyOptionalMissing(record.length)) {
      this.problems.add({
        row,
        field: 'row',
        reason: 'MALFORMED_FILE',
        message: `Line ${row} has ${record.length} value${record.length === 1 ? '' : 's'}; the header has ${this.width} columns.`,
      });
      return undefined;
    }
    const { upn, date, session, code, minutesLate } = this.indexes;
    const column = (index: number | undefined): string | undefined => (index === undefined ? undefined : record[index]);
    const mark = this.checker.check(
      row,
      { upn: column(upn), date: column(date), session: column(session), code: column(code), minutesLate: column(minutesLate) },
      FIELDS,
    );
    if (mark) this.buffer.add(mark);
    if (this.buffer.full) this.push(this.buffer.take());
    return undefined;
  }

  private finish(callback: TransformCallback): void {
    if (!this.columns) {
      this.problems.add({
        row: 1,
        field: 'header',
        reason: 'INVALID_HEADER',
        message: `The file is empty: it needs a header row "${CSV_COLUMNS.join(',')}" and a row per mark.`,
      });
      return callback(new ImportStopped());
    }
    const rest = this.buffer.take();
    if (rest) this.push(rest);
    callback();
  }

  /** A row may stop short of trailing optional columns (minutes_late) that it leaves blank. */
  private onlyOptionalMissing(length: number): boolean {
    if (length > this.width) return false;
    const minutesLate = this.columns?.get('minutes_late');
    return length === this.width - 1 && minutesLate === this.width - 1;
  }

  private readHeader(record: readonly string[], row: number): Map<string, number> | undefined {
    const columns = new Map<string, number>();
    const wrong: string[] = [];
    record.forEach((raw, index) => {
      const name = raw.trim().toLowerCase();
      if (!(CSV_COLUMNS as readonly string[]).includes(name)) wrong.push(`"${raw}" is not a column of a register file`);
      else if (columns.has(name)) wrong.push(`"${raw}" appears twice`);
      else columns.set(name, index);
    });
    const missing = REQUIRED_COLUMNS.filter((c) => !columns.has(c));
    if (missing.length > 0) wrong.push(`missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`);
    if (wrong.length === 0) return columns;
    this.problems.add({
      row,
      field: 'header',
      reason: 'INVALID_HEADER',
      message: `The header row must be "${CSV_COLUMNS.join(',')}" (minutes_late may be left out): ${wrong.join('; ')}.`,
    });
    return undefined;
  }
}
