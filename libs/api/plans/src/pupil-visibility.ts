import { Scope } from '@rollcall/api-core';
import { LocalDate } from '@rollcall/rules';
import { SqlParams } from './sql-params';

/** The characteristics that mean a child has a social worker (CIN, CP, looked after, previously looked after). */
export const SOCIAL_WORKER_CHARACTERISTICS = ['CHILD_IN_NEED', 'CHILD_PROTECTION', 'LOOKED_AFTER', 'PREVIOUSLY_LOOKED_AFTER'] as const;

/** Where a row names a pupil: SQL expressions for its tenant (`la_code`), pupil id and, for a school's own casework, its URN. */
export interface PupilColumns {
  readonly laCode: string;
  readonly pupilId: string;
  /** The school the record belongs to (plans, interventions): school staff see their own schools' records only. */
  readonly urn?: string;
}

/**
 * The SQL condition under which the caller may read a child's casework — the access model of docs/0004 and docs/0007,
 * stated as row-level security states it (docs/0006, `rollcall_scope_pupils`), so a list filters to exactly the rows
 * PostgreSQL would let through:
 * - school staff: a school's own records (`urn`), or pupils who are or were on the roll of one of their schools;
 * - LA officers and admins: every record their LA's tenant holds, and residents of the LA schooled elsewhere (read-only:
 *   the services refuse changes to another LA's records);
 * - the Virtual School (domain §11, §17.2): children with a social worker today (in need, on a protection plan, looked
 *   after, previously looked after, or a social worker assigned) held in or living in its LA, and children looked after
 *   by its LA wherever they are at school;
 * - parents: children they hold parental responsibility for.
 */
export function pupilVisibleTo(scope: Scope, row: PupilColumns, sql: SqlParams, today: LocalDate): string {
  if (scope.role === 'SYSTEM') return 'true';
  if (!scope.laCode) return 'false';
  const { laCode: la, pupilId: id } = row;
  switch (scope.role) {
    case 'SCHOOL_STAFF': {
      const urns = `${sql.add([...(scope.urns ?? [])])}::int[]`;
      if (row.urn) return `(${row.urn} = ANY(${urns}))`;
      return `EXISTS (SELECT 1 FROM enrolment ve WHERE ve.la_code = ${la} AND ve.pupil_id = ${id} AND ve.urn = ANY(${urns}))`;
    }
    case 'LA_OFFICER':
    case 'LA_ADMIN': {
      const mine = sql.add(scope.laCode);
      return `(${la} = ${mine} OR EXISTS (SELECT 1 FROM pupil vp WHERE vp.la_code = ${la} AND vp.id = ${id} AND vp.home_la_code = ${mine}))`;
    }
    case 'VIRTUAL_SCHOOL': {
      const mine = sql.add(scope.laCode);
      const on = `${sql.add(today)}::date`;
      const current = (t: string) => `${t}.starts_on <= ${on} AND (${t}.ends_on IS NULL OR ${t}.ends_on >= ${on})`;
      const heldOrLivingHere = `(${la} = ${mine} OR EXISTS (SELECT 1 FROM pupil vp WHERE vp.la_code = ${la} AND vp.id = ${id} AND vp.home_la_code = ${mine}))`;
      return `(EXISTS (SELECT 1 FROM pupil_characteristic vc WHERE vc.la_code = ${la} AND vc.pupil_id = ${id} AND ${current('vc')}
                  AND (vc.characteristic = 'LOOKED_AFTER' AND vc.responsible_la_code = ${mine}
                       OR vc.characteristic = ANY(${sql.add([...SOCIAL_WORKER_CHARACTERISTICS])}::text[]) AND ${heldOrLivingHere}))
            OR EXISTS (SELECT 1 FROM social_worker_assignment vs WHERE vs.la_code = ${la} AND vs.pupil_id = ${id} AND ${current('vs')} AND ${heldOrLivingHere}))`;
    }
    case 'PARENT':
      return `(${la} = ${sql.add(scope.laCode)} AND EXISTS (SELECT 1 FROM pupil_parent vpp WHERE vpp.la_code = ${la} AND vpp.pupil_id = ${id}
                AND vpp.parent_id = ANY(${sql.add([...(scope.parentIds ?? [])])}::bigint[]) AND vpp.parental_responsibility))`;
  }
}
