import { normaliseUpn } from '@rollcall/rules';
import { EntityManager } from 'typeorm';
import { PupilRecord, PupilRow, pupilColumns, toPupilRecord } from './pupil-record';

/** The LA's pupil with this UPN (any case, surrounding spaces ignored), or undefined. */
export async function pupilByUpn(tx: EntityManager, laCode: string, upn: string): Promise<PupilRecord | undefined> {
  const rows = (await tx.query(`SELECT ${pupilColumns()} FROM pupil p WHERE p.la_code = $1 AND p.upn = $2`, [
    laCode,
    normaliseUpn(upn),
  ])) as PupilRow[];
  return rows.length === 0 ? undefined : toPupilRecord(rows[0]);
}
