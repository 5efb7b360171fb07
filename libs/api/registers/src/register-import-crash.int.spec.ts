import { systemActor, systemScope } from '@rollcall/api-core';
import { useTestDataSource } from '@rollcall/db/testing';
import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { RegisterImportService } from './register-import.service';
import { FIXTURE_LA, FIXTURE_URN, createFixturePupils, createFixtureSchool } from './testing/register-fixture';

const WORKSPACE_ROOT = resolve(__dirname, '../../../..');
const db = useTestDataSource();

/** Resolves once the child prints `line`; rejects if it exits first. */
function waitForLine(child: ChildProcess, line: string): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    let seen = '';
    let errors = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      if (seen.includes(line)) resolvePromise();
    });
    child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`the import process exited (${code}) before "${line}": ${errors}`)));
  });
}

async function backendsOfChild(): Promise<{ state: string; query: string }[]> {
  return (await db.ownerDataSource.query(
    `SELECT state, query FROM pg_stat_activity WHERE application_name = 'rollcall-import-child' AND datname = current_database()`,
  )) as { state: string; query: string }[];
}

describe('killing the process mid-import', () => {
  it('leaves the database as it was, and the idempotency key free', async () => {
    await createFixtureSchool(db.dataSource);
    const [pupil] = await createFixturePupils(db.dataSource, { count: 1 });
    const child = spawn(
      process.execPath,
      [
        '--require',
        join(__dirname, 'testing/register-typescript.cjs'),
        join(__dirname, 'testing/import-in-child.ts'),
        db.url,
        pupil.upn,
        'crash-key-0001',
      ],
      { cwd: WORKSPACE_ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    try {
      await waitForLine(child, 'STREAMING');
      const during = await backendsOfChild();
      expect(during.map((b) => b.query)).toEqual([expect.stringContaining('COPY register_import_staging')]);
    } finally {
      child.kill('SIGKILL');
      await once(child, 'exit');
    }

    for (let i = 0; i < 100 && (await backendsOfChild()).length > 0; i++) await new Promise((r) => setTimeout(r, 50));
    expect(await backendsOfChild()).toEqual([]);
    const left = (await db.ownerDataSource.query(
      `SELECT (SELECT count(*) FROM attendance_mark)::int AS marks, (SELECT count(*) FROM attendance_mark_history)::int AS history,
              (SELECT count(*) FROM pupil_week_summary)::int AS summaries, (SELECT count(*) FROM register_import)::int AS imports`,
    )) as { marks: number; history: number; summaries: number; imports: number }[];
    expect(left).toEqual([{ marks: 0, history: 0, summaries: 0, imports: 0 }]);

    const retried = await new RegisterImportService(db.dataSource).importCsv(systemScope(systemActor('test')), {
      laCode: FIXTURE_LA,
      urn: FIXTURE_URN,
      idempotencyKey: 'crash-key-0001',
      csv: Readable.from([`upn,date,session,code\n${pupil.upn},2025-09-08,AM,/\n${pupil.upn},2025-09-08,PM,\\\n`]),
    });
    expect(retried).toMatchObject({ marks: 2, repeated: false });
  });
});
