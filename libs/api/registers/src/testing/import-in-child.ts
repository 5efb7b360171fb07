// Run by register-import-crash.int.spec.ts in a child Node process (through register-typescript.cjs): starts a CSV
// import of an endless file through the real service and says "STREAMING" once marks are flowing into the COPY.
// The test then kills this process.
import { systemActor, systemScope } from '@rollcall/api-core';
import { createDataSource } from '@rollcall/db';
import { Readable } from 'node:stream';
import { RegisterImportService } from '../register-import.service';
import { FIXTURE_LA, FIXTURE_URN } from './register-fixture';

async function main(): Promise<void> {
  const [url, upn, idempotencyKey] = process.argv.slice(2);
  const dataSource = createDataSource({ url, poolSize: 1, applicationName: 'rollcall-import-child' });
  await dataSource.initialize();
  let lines = 0;
  const endless = Readable.from(
    (async function* () {
      yield 'upn,date,session,code\n';
      for (;;) {
        // Every session of one week, again and again: the file never ends.
        for (const day of ['2025-09-08', '2025-09-09', '2025-09-10', '2025-09-11', '2025-09-12']) {
          yield `${upn},${day},AM,/\n${upn},${day},PM,\\\n`;
          lines += 2;
        }
        if (lines === 1000) process.stdout.write('STREAMING\n');
        if (lines > 1000) await new Promise((resolve) => setTimeout(resolve, 5));
      }
    })(),
  );
  await new RegisterImportService(dataSource).importCsv(systemScope(systemActor('crash-child')), {
    laCode: FIXTURE_LA,
    urn: FIXTURE_URN,
    idempotencyKey,
    csv: endless,
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exitCode = 1;
});
