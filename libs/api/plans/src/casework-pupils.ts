import { RecordKey, Scope, SqlParams, inTransaction, keyArrays, recordKey } from '@rollcall/api-core';
import { PupilRecord, pupilVisibleTo, todayInEngland } from '@rollcall/api-pupils';
import { LocalDate } from '@rollcall/rules';
import { DataSource } from 'typeorm';

/** The few facts about a child a caseworker needs beside a plan, notice, return or meeting action. */
export type CaseworkPupilRecord = Pick<PupilRecord, 'laCode' | 'id' | 'upn' | 'forename' | 'surname' | 'preferredName' | 'dateOfBirth' | 'ncYear'>;

/**
 * The pupils for a batch of keys in one statement, each only if the caller may see them (in key order; undefined
 * where not). A DataLoader's batch function.
 */
export async function caseworkPupils(dataSource: DataSource, scope: Scope, keys: readonly RecordKey[]): Promise<(CaseworkPupilRecord | undefined)[]> {
  if (keys.length === 0) return [];
  const sql = new SqlParams();
  const [laCodes, ids] = keyArrays(keys);
  const la = sql.add(laCodes);
  const id = sql.add(ids);
  const visible = pupilVisibleTo(scope, { laCode: 'p.la_code', pupilId: 'p.id' }, sql, todayInEngland());
  const rows = (await inTransaction(dataSource, scope, (tx) =>
    tx.query(
      `SELECT p.la_code, p.id::text AS id, p.upn, p.forename, p.surname, p.preferred_name, p.date_of_birth, p.nc_year
         FROM pupil p JOIN unnest(${la}::text[], ${id}::bigint[]) AS k(la_code, id) ON p.la_code = k.la_code AND p.id = k.id
        WHERE ${visible}`,
      sql.values,
    ),
  )) as { la_code: string; id: string; upn: string; forename: string; surname: string; preferred_name: string | null; date_of_birth: LocalDate; nc_year: number | null }[];
  const byKey = new Map(
    rows.map((r) => [
      recordKey(r.la_code, r.id),
      { laCode: r.la_code, id: r.id, upn: r.upn, forename: r.forename, surname: r.surname, preferredName: r.preferred_name, dateOfBirth: r.date_of_birth, ncYear: r.nc_year },
    ]),
  );
  return keys.map((k) => byKey.get(recordKey(k.laCode, k.id)));
}
