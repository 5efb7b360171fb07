import { KeysetList, Page, PageRequest, Refusal, Scope, SqlParams, inTransaction, keysetPage } from '@rollcall/api-core';
import { DataSource } from 'typeorm';
import { ApiKeyScope } from './api-key-scopes';

/** An API key as its LA's administrators see it: never the key or its hash. */
export interface ApiKeySummary {
  readonly id: string;
  readonly laCode: string;
  readonly urn: number | null;
  readonly name: string;
  /** The key's public prefix (`rk_<prefix>_…`), to tell keys apart. */
  readonly prefix: string;
  readonly scopes: readonly ApiKeyScope[];
  readonly createdAt: Date;
  readonly revokedAt: Date | null;
}

export interface ApiKeyFilter {
  /** Only this school's keys. */
  readonly urn?: number;
  /** Include revoked keys (default: only keys in use). */
  readonly includeRevoked?: boolean;
}

const COLUMNS = `k.id::text AS id, k.la_code, k.urn, k.name, k.prefix, k.scopes, k.created_at, k.revoked_at`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface ApiKeyRow {
  id: string;
  la_code: string;
  urn: number | null;
  name: string;
  prefix: string;
  scopes: ApiKeyScope[];
  created_at: Date;
  revoked_at: Date | null;
}

function toSummary(r: ApiKeyRow): ApiKeySummary {
  return { id: r.id, laCode: r.la_code, urn: r.urn, name: r.name, prefix: r.prefix, scopes: r.scopes, createdAt: r.created_at, revokedAt: r.revoked_at };
}

/** Keys newest first (the cursor carries the time as PostgreSQL prints it, microseconds and all). */
const API_KEY_LIST: KeysetList<ApiKeyRow & { position_at: string }, ApiKeySummary> = {
  select: `${COLUMNS}, k.created_at::text AS position_at`,
  from: 'api_key k',
  key: [
    { expr: 'k.created_at', type: 'timestamptz' },
    { expr: 'k.id', type: 'uuid' },
  ],
  direction: 'DESC',
  toItem: toSummary,
  keyOf: (r) => [r.position_at, r.id],
};

/** Only an LA's administrators (and Rollcall itself) list its keys. */
function administeredLa(scope: Scope): string | undefined {
  if (scope.role === 'SYSTEM') return scope.laCode;
  if (scope.role === 'LA_ADMIN' && scope.laCode) return scope.laCode;
  throw new Refusal('NOT_PERMITTED', 'Only an LA administrator can see its API keys.');
}

/** Reads the API keys an LA administrator manages (`api_key` is reference data: the LA is checked here). */
export class ApiKeyDirectoryService {
  constructor(private readonly dataSource: DataSource) {}

  /** The LA's keys, newest first. */
  async list(scope: Scope, filter: ApiKeyFilter, page: PageRequest): Promise<Page<ApiKeySummary>> {
    const laCode = administeredLa(scope);
    const sql = new SqlParams();
    const where: string[] = [];
    if (laCode) where.push(`k.la_code = ${sql.add(laCode)}::bpchar`);
    if (filter.urn !== undefined) {
      if (!Number.isInteger(filter.urn) || filter.urn < 100000 || filter.urn > 999999) {
        throw new Refusal('INVALID_FILTER', `A URN is the school’s 6-digit Unique Reference Number (got ${filter.urn}).`, { field: 'urn' });
      }
      where.push(`k.urn = ${sql.add(filter.urn)}::int`);
    }
    if (!filter.includeRevoked) where.push('k.revoked_at IS NULL');
    return keysetPage(this.dataSource, scope, API_KEY_LIST, where.length === 0 ? 'true' : where.join(' AND '), sql, page);
  }

  /** One of the LA's keys, or undefined. */
  async byId(scope: Scope, id: string): Promise<ApiKeySummary | undefined> {
    const laCode = administeredLa(scope);
    if (!UUID.test(id)) return undefined;
    const rows = (await inTransaction(this.dataSource, scope, (tx) =>
      tx.query(`SELECT ${COLUMNS} FROM api_key k WHERE k.id = $1 AND ($2::bpchar IS NULL OR k.la_code = $2::bpchar)`, [id, laCode ?? null]),
    )) as ApiKeyRow[];
    return rows.length === 0 ? undefined : toSummary(rows[0]);
  }
}
