import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

/**
 * The baseline: the same CSV bytes the product's importer receives, COPYed into a bare table (no keys, no
 * validation, no summaries). The product's throughput is reported as a ratio to this, on the same machine.
 */
export async function rawCopy(connectionString: string, csvFiles: Iterable<() => Readable>): Promise<{ rows: number; seconds: number }> {
  const client = new Client({ connectionString });
  await client.connect();
  try {
    await client.query(`DROP TABLE IF EXISTS bench_raw_marks;
      CREATE TABLE bench_raw_marks (upn text, date date, session text, code text, minutes_late smallint)`);
    const started = process.hrtime.bigint();
    let rows = 0;
    for (const open of csvFiles) {
      const copy = client.query(copyFrom(`COPY bench_raw_marks FROM STDIN (FORMAT csv, HEADER true)`));
      await pipeline(open(), copy);
      rows += Number(copy.rowCount ?? 0);
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    await client.query(`DROP TABLE bench_raw_marks`);
    return { rows, seconds };
  } finally {
    await client.end();
  }
}
