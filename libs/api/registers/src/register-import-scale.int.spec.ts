import { systemActor, systemScope } from '@rollcall/api-core';
import { useTestDataSource } from '@rollcall/db/testing';
import { weekStart } from '@rollcall/rules';
import { Readable } from 'node:stream';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { RegisterImportService } from './register-import.service';
import { generatedCsv, openSessions } from './testing/generated-register';
import { FIXTURE_LA, FIXTURE_URN, createFixturePupils, createFixtureSchool } from './testing/register-fixture';

const db = useTestDataSource();

/** A full collection, so that heap figures show what is kept, not garbage waiting to be collected. */
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;
const retained = (): number => {
  collectGarbage();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
};

describe('a large register file', () => {
  it('imports 200,000 marks with memory that does not grow with the file', async () => {
    await createFixtureSchool(db.dataSource);
    const pupils = await createFixturePupils(db.dataSource, { count: 800 });
    const sessions = openSessions('2025-09-02', '2026-03-27');
    const expected = pupils.length * sessions.length;
    expect(expected).toBeGreaterThanOrEqual(200_000);

    let fileBytes = 0;
    let lines = 0;
    const samples: number[] = [];
    const before = retained();
    const file = Readable.from(
      (function* () {
        for (const chunk of generatedCsv(
          pupils.map((p) => p.upn),
          sessions,
        )) {
          fileBytes += Buffer.byteLength(chunk);
          lines += 1000;
          if (lines % 25_000 === 0) samples.push(retained() - before);
          yield chunk;
        }
      })(),
    );

    const result = await new RegisterImportService(db.dataSource).importCsv(systemScope(systemActor('test')), {
      laCode: FIXTURE_LA,
      urn: FIXTURE_URN,
      idempotencyKey: 'large-file-0001',
      csv: file,
    });

    expect(result).toMatchObject({ marks: expected, pupils: pupils.length });
    // Held as bytes the file would be over 6 MB, and several times that as parsed rows. Streaming keeps a chunk or
    // two and the school's roll: a one-off megabyte or so (code loaded, caches), then nothing more as the file goes on.
    expect(samples.length).toBeGreaterThanOrEqual(7);
    expect(Math.max(...samples)).toBeLessThan(fileBytes / 2);
    expect(samples[samples.length - 1] - samples[0]).toBeLessThan(fileBytes / 8);
    const [totals] = (await db.ownerDataSource.query(
      `SELECT (SELECT count(*) FROM attendance_mark)::int AS marks, count(*)::int AS weeks,
              sum(possible + not_possible)::int AS sessions
         FROM pupil_week_summary`,
    )) as { marks: number; weeks: number; sessions: number }[];
    const weeks = new Set(sessions.map((s) => weekStart(s.date))).size;
    expect(totals).toEqual({ marks: expected, weeks: weeks * pupils.length, sessions: expected });
  });
});

