import { readFileSync } from 'node:fs';
import { createBareRegisterServer } from './bare-register-server';

/**
 * The baseline server in a process of its own, as the API server runs in its own: started by the bench with
 * BENCH_DATABASE_URL, BENCH_POOL_SIZE and BENCH_DOCUMENTS (the trusted documents' file); stops on SIGTERM.
 */
async function main(): Promise<void> {
  const databaseUrl = process.env['BENCH_DATABASE_URL'];
  const documentsFile = process.env['BENCH_DOCUMENTS'];
  if (!databaseUrl || !documentsFile) throw new Error('Set BENCH_DATABASE_URL and BENCH_DOCUMENTS');
  const documents = new Map(Object.entries(JSON.parse(readFileSync(documentsFile, 'utf8')) as Record<string, string>));
  const bare = createBareRegisterServer({ databaseUrl, poolSize: Number(process.env['BENCH_POOL_SIZE'] ?? 10), documents });
  const port = await bare.listen(0, '127.0.0.1');
  console.log(`Bare graphql-js server listening at http://127.0.0.1:${port}/`);
  process.on('SIGTERM', () => void bare.close().then(() => process.exit(0)));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
