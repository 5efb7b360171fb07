import { Scope } from '../scope';
import { SqlParams } from './sql-params';

/** Where a row belongs to one school: SQL expressions for its tenant (`la_code`) and the school's URN. */
export interface SchoolRecordColumns {
  readonly laCode: string;
  readonly urn: string;
}

/**
 * The SQL condition under which the caller may read a record that is between a school and its LA (a statutory return, a
 * Targeting Support Meeting): school staff (and a school's API key) their own schools', LA officers and admins (and an
 * LA-wide key) every one their LA's tenant holds; nobody else.
 */
export function schoolRecordVisibleTo(scope: Scope, row: SchoolRecordColumns, sql: SqlParams): string {
  if (scope.role === 'SYSTEM') return 'true';
  if (!scope.laCode) return 'false';
  if (scope.role === 'LA_OFFICER' || scope.role === 'LA_ADMIN') return `${row.laCode} = ${sql.add(scope.laCode)}`;
  if (scope.role === 'SCHOOL_STAFF') return `${row.laCode} = ${sql.add(scope.laCode)} AND ${row.urn} = ANY(${sql.add([...(scope.urns ?? [])])}::int[])`;
  return 'false';
}
