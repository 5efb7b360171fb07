import { Page, Refusal, Scope, inTransaction } from '@rollcall/api-core';
import { DataSource } from 'typeorm';
import { ApiKeyScope } from './api-key-scopes';
import { NewestFirst, newestFirstCursor, newestFirstOrder, olderThan, positionColumn } from './newest-first';
import { SqlParams } from './sql-params';

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

const KEY: NewestFirst = { at: 'k.created_at', id: 'k.id', idType: 'uuid' };
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
  async list(scope: Scope, filter: ApiKeyFilter, page: { first: number; after?: string | null }): Promise<Page<ApiKeySummary>> {
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
    const condition = where.length === 0 ? 'true' : where.join(' AND ');
    const countParams = [...sql.values];
    const older = olderThan(KEY, page.after, sql);
    return inTransaction(this.dataSource, scope, async (tx) => {
      const [{ n }] = (await tx.query(`SELECT count(*)::int AS n FROM api_key k WHERE ${condition}`, countParams)) as { n: number }[];
      const rows = (await tx.query(
        `SELECT ${COLUMNS}, ${positionColumn(KEY)} FROM api_key k WHERE ${condition} AND ${older}
          ORDER BY ${newestFirstOrder(KEY)} LIMIT ${sql.add(page.first + 1)}`,
        sql.values,
      )) as (ApiKeyRow & { position_at: string })[];
      const items = rows.slice(0, page.first).map((r) => ({ cursor: newestFirstCursor(r.position_at, r.id), node: toSummary(r) }));
      return { items, hasNextPage: rows.length > page.first, totalCount: n };
    });
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
