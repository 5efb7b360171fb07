import { LocalDate } from '@rollcall/rules';
import { EntityManager } from 'typeorm';

/** `la_policy.kind`: each kind of setting an LA administrator can version. */
export type LaPolicyKind =
  | 'GRADUATED_RESPONSE'
  | 'PENALTY_NOTICE'
  | 'NOTICE_TO_IMPROVE'
  | 'ATTENDANCE_CONTRACT'
  | 'ATTENDANCE_RETURN'
  | 'SICKNESS_RETURN'
  | 'NEW_PUPIL_RETURN'
  | 'DELETION_RETURN';

/**
 * The LA's own settings of a kind in force on a date (latest `effective_from`, then latest version), laid over the
 * rules library's defaults one level deep; the defaults alone when the LA has set none.
 */
export async function laSettings<S extends object>(tx: EntityManager, laCode: string, kind: LaPolicyKind, on: LocalDate, defaults: S): Promise<S> {
  const rows = (await tx.query(
    `SELECT settings FROM la_policy WHERE la_code = $1 AND kind = $2 AND effective_from <= $3
      ORDER BY effective_from DESC, version DESC LIMIT 1`,
    [laCode, kind, on],
  )) as { settings: Partial<S> }[];
  return rows.length === 0 ? defaults : { ...defaults, ...rows[0].settings };
}
