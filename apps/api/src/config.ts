import { resolve } from 'node:path';

export interface Config {
  readonly port: number;
  readonly host: string;
  /** An external PostgreSQL; when absent Rollcall starts its embedded one. Migrations connect as this (the owner). */
  readonly databaseUrl?: string;
  /** How the API connects as rollcall_app, when the operator manages its password (docs/0006); else derived. */
  readonly appDatabaseUrl?: string;
  /** Port for the embedded PostgreSQL. */
  readonly embeddedPostgresPort: number;
  /** Where the embedded PostgreSQL keeps its files. */
  readonly dataDir: string;
  /** Built portals (`dist/apps`). */
  readonly portalsDir: string;
  readonly production: boolean;
  /** The portals' trusted documents (generated with the SDK). */
  readonly trustedDocumentsFile: string;
}

/** The only reader of the environment: everything else is given its settings. */
export function loadConfig(env: NodeJS.ProcessEnv, workspaceRoot: string): Config {
  const production = env['NODE_ENV'] === 'production';
  if (production && !env['DATABASE_URL']) {
    throw new Error('DATABASE_URL must be set when NODE_ENV=production');
  }
  return {
    port: toPort(env['PORT'], 4000, 'PORT'),
    host: env['HOST'] ?? '127.0.0.1',
    databaseUrl: env['DATABASE_URL'] || undefined,
    appDatabaseUrl: env['DATABASE_APP_URL'] || undefined,
    embeddedPostgresPort: toPort(env['ROLLCALL_PG_PORT'], 54329, 'ROLLCALL_PG_PORT'),
    dataDir: resolve(workspaceRoot, env['ROLLCALL_DATA_DIR'] ?? '.data'),
    portalsDir: resolve(workspaceRoot, env['ROLLCALL_PORTALS_DIR'] ?? 'dist/apps'),
    production,
    trustedDocumentsFile: resolve(workspaceRoot, env['ROLLCALL_TRUSTED_DOCUMENTS'] ?? 'libs/sdk/src/generated/persisted-documents.json'),
  };
}

function toPort(raw: string | undefined, fallback: number, name: string): number {
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`${name} must be a port number from 0 to 65535, not "${raw}"`);
  }
  return port;
}
