import { Transform } from 'node:stream';

/**
 * A line made only of these characters reads the same in any CSV parser: no quotes, no whitespace to trim, no
 * carriage return but the one ending it, nothing outside ASCII. Register files are almost all such lines
 * (`H801200001001,2025-09-08,AM,/,`).
 */
const PLAIN_LINE = /^[0-9A-Za-z_.,/\\#-]*$/;
/** A line longer than this is left to the general parser, so a file with no line breaks is never held whole here. */
const MAX_PLAIN_LINE = 64 * 1024;
const LF = 0x0a;
const CR = 0x0d;

/** Takes one record (its values, in order); returns an error to stop reading. */
export type CsvRecordSink = (record: string[]) => Error | undefined;

/**
 * Reads a register CSV file as bytes and hands on its records, exactly as `general()` (the configured csv-parse)
 * would: the same records, in the same order, and the same errors with the same line numbers. Plain lines are split
 * here, which is several times cheaper; from the first line that is not plain, the rest of the file goes to the
 * general parser, preceded by one empty line for each line already read, so that its line count (and every line
 * number in its errors) runs on from them; the empty records those lines give are dropped.
 */
export class RegisterCsvReader {
  private linesRead = 0;
  /** The unfinished last line of what has been read (a copy, so the chunk it came from is not kept). */
  private partial: Buffer = Buffer.alloc(0);
  private parser?: { readonly stream: Transform; readonly done: Promise<void> };
  private failure?: Error;

  constructor(
    private readonly general: () => Transform,
    private readonly onRecord: CsvRecordSink,
  ) {}

  /** Reads the next chunk of the file; resolves once its records have been handed on. */
  async write(chunk: Buffer): Promise<void> {
    if (this.parser) return this.toParser(chunk);
    const data = this.partial.length > 0 ? Buffer.concat([this.partial, chunk]) : chunk;
    let start = 0;
    for (let end = data.indexOf(LF); end >= 0; end = data.indexOf(LF, start)) {
      // Each line is its own string, so values kept from it (cached UPNs and dates) keep only the line alive.
      const line = data.toString('latin1', start, end > start && data[end - 1] === CR ? end - 1 : end);
      if (!PLAIN_LINE.test(line)) return this.switchToParser(data.subarray(start));
      this.linesRead += 1;
      this.handOn(line.split(','));
      if (this.failure) throw this.failure;
      start = end + 1;
    }
    this.partial = Buffer.from(data.subarray(start));
    if (this.partial.length > MAX_PLAIN_LINE) {
      const rest = this.partial;
      this.partial = Buffer.alloc(0);
      return this.switchToParser(rest);
    }
  }

  /** The end of the file: its last line, if it has no line break, and whatever the general parser still holds. */
  async end(): Promise<void> {
    if (!this.parser) {
      const last = this.partial;
      this.partial = Buffer.alloc(0);
      if (last.length === 0) return;
      const line = last.toString('latin1');
      if (PLAIN_LINE.test(line)) {
        this.handOn(line.split(','));
        if (this.failure) throw this.failure;
        return;
      }
      await this.switchToParser(last);
    }
    const parser = this.parser;
    if (!parser) return;
    parser.stream.end();
    await parser.done;
    if (this.failure) throw this.failure;
  }

  private handOn(record: string[]): void {
    if (this.failure) return;
    const error = this.onRecord(record);
    if (error) this.failure = error;
  }

  private async switchToParser(rest: Buffer): Promise<void> {
    const stream = this.general();
    let skip = this.linesRead;
    stream.on('data', (record: string[]) => {
      if (skip > 0) skip -= 1;
      else this.handOn(record);
    });
    const done = new Promise<void>((resolve, reject) => {
      stream.on('end', resolve);
      stream.on('error', reject);
    });
    done.catch(() => undefined);
    this.parser = { stream, done };
    await this.toParser(Buffer.concat([Buffer.from('\n'.repeat(this.linesRead)), rest]));
  }

  private async toParser(chunk: Buffer): Promise<void> {
    const parser = this.parser;
    if (!parser) return;
    if (this.failure) throw this.failure;
    // A parse error in this chunk comes back to the write's callback (and the parser stops there).
    await new Promise<void>((resolve, reject) => {
      parser.stream.write(chunk, (error) => (error ? reject(error) : resolve()));
    });
    if (this.failure) throw this.failure;
  }
}
