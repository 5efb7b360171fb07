import fc from 'fast-check';
import { CsvError } from 'csv-parse';
import { registerCsvParser } from './csv-register-rows';
import { RegisterCsvReader } from './register-csv-reader';

interface Read {
  readonly records: string[][];
  readonly error?: { readonly code: unknown; readonly lines: unknown; readonly message: string };
}

const errorOf = (error: unknown): Read['error'] =>
  error instanceof CsvError ? { code: error.code, lines: error['lines'], message: error.message } : { code: 'OTHER', lines: 0, message: String(error) };

/** The file read by the general parser alone: every record until the end or the first error. */
function readByParser(file: Buffer): Promise<Read> {
  return new Promise((resolve) => {
    const records: string[][] = [];
    const parser = registerCsvParser();
    parser.on('data', (record: string[]) => records.push(record));
    parser.on('end', () => resolve({ records }));
    parser.on('error', (error) => resolve({ records, error: errorOf(error) }));
    parser.end(file);
  });
}

/** The file read by the reader, in the chunks given. */
async function readByReader(chunks: readonly Buffer[]): Promise<Read> {
  const records: string[][] = [];
  const reader = new RegisterCsvReader(registerCsvParser, (record) => {
    records.push(record);
    return undefined;
  });
  try {
    for (const chunk of chunks) await reader.write(chunk);
    await reader.end();
    return { records };
  } catch (error) {
    return { records, error: errorOf(error) };
  }
}

function chunked(file: Buffer, cuts: readonly number[]): Buffer[] {
  const points = [...new Set(cuts.map((c) => c % (file.length + 1)))].sort((a, b) => a - b);
  const chunks: Buffer[] = [];
  let start = 0;
  for (const point of [...points, file.length]) {
    if (point > start) chunks.push(file.subarray(start, point));
    start = Math.max(start, point);
  }
  return chunks;
}

const plainField = fc.string({ unit: fc.constantFrom(...'0123456789AHLMOZaz_./\\#-'), maxLength: 14 });
const otherField = fc.constantFrom(' H8', 'AM ', '"/"', '"a,b"', '"two\nlines"', '"two\r\nlines"', 'é', '\t/', 'a"b', '"open', '""', '\r', '\uFEFF', ' ');
const lineArb = fc.array(fc.oneof({ weight: 12, arbitrary: plainField }, { weight: 1, arbitrary: otherField }), { minLength: 1, maxLength: 5 });
const fileArb = fc.record({
  bom: fc.boolean(),
  lines: fc.array(fc.tuple(lineArb, fc.constantFrom('\n', '\r\n')), { maxLength: 30 }),
  lastBreak: fc.boolean(),
});

function fileOf({ bom, lines, lastBreak }: { bom: boolean; lines: [string[], string][]; lastBreak: boolean }): Buffer {
  const text = lines.map(([fields, end], i) => `${fields.join(',')}${i < lines.length - 1 || lastBreak ? end : ''}`).join('');
  return Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text, 'utf8')]);
}

describe('RegisterCsvReader', () => {
  it('splits plain lines itself, with the records the general parser gives', async () => {
    const file = Buffer.from('upn,date,session,code,minutes_late\r\nH801200001001,2025-09-08,AM,/,\n\nH801200001001,2025-09-08,PM,L,5');
    const read = await readByReader([file.subarray(0, 20), file.subarray(20, 61), file.subarray(61)]);
    expect(read).toEqual(await readByParser(file));
    expect(read.records).toEqual([
      ['upn', 'date', 'session', 'code', 'minutes_late'],
      ['H801200001001', '2025-09-08', 'AM', '/', ''],
      [''],
      ['H801200001001', '2025-09-08', 'PM', 'L', '5'],
    ]);
  });

  it('hands a line that is not plain, and the rest of the file, to the general parser, keeping its line numbers', async () => {
    const file = Buffer.from('upn,date\nH801,2025-09-08\n" quoted , value ",x\nH802,2025-09-09\nbad"quote,y\n');
    const read = await readByReader([file]);
    const expected = await readByParser(file);
    expect(read).toEqual(expected);
    expect(read.records[2]).toEqual([' quoted , value ', 'x']);
    expect(read.error).toMatchObject({ code: 'INVALID_OPENING_QUOTE', lines: 5 });
  });

  it('stops at the error the record sink returns', async () => {
    const stop = new Error('stop');
    const reader = new RegisterCsvReader(registerCsvParser, (record) => (record[0] === 'x' ? stop : undefined));
    await expect(reader.write(Buffer.from('a\nx\nb\n'))).rejects.toBe(stop);
    const late = new RegisterCsvReader(registerCsvParser, (record) => (record[0] === 'x' ? stop : undefined));
    await late.write(Buffer.from('a\n"q"\n'));
    await late.write(Buffer.from('x\n'));
    await expect(late.end()).rejects.toBe(stop);
  });

  it('leaves a line too long to be plain to the general parser', async () => {
    const file = Buffer.from(`${'A'.repeat(70 * 1024)},B\nC\n`);
    const read = await readByReader(chunked(file, [1000, 40_000, 70_000]));
    expect(read).toEqual(await readByParser(file));
  });

  it('gives exactly the general parser’s records and errors, however the file is cut into chunks', async () => {
    await fc.assert(
      fc.asyncProperty(fileArb, fc.array(fc.nat(), { maxLength: 6 }), async (spec, cuts) => {
        const file = fileOf(spec);
        const expected = await readByParser(file);
        const read = await readByReader(chunked(file, cuts));
        expect(read.error).toEqual(expected.error);
        if (expected.error) expect(expected.records.slice(0, read.records.length)).toEqual(read.records);
        else expect(read.records).toEqual(expected.records);
      }),
      { numRuns: 400 },
    );
  });
});
