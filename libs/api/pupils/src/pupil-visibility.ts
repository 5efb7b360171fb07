import { Scope, SqlParams } from '@rollcall/api-core';
import { LocalDate } from '@rollcall/rules';

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
 * The SQL condition under which the caller may read a pupil's record or a child's casework — the access model of
 * docs/0004 and docs/0007, stated as row-level security states it (docs/0006, `rollcall_scope_pupils`), so a list
 * filters to exactly the rows PostgreSQL would let through:
 * - school staff (and a school's API key): a school's own records (`urn`), or pupils who are or were on the roll of one
 *   of their schools;
 * - LA officers and admins (and an LA-wide key): every record their LA's tenant holds, and residents of the LA schooled
 *   in another LA (read-only: the services refuse changes to another LA's records);
 * - the Virtual School: children with a social worker today (in need, on a protection plan, looked after, previously
 *   looked after, or a social worker assigned) held in or living in its LA, and children looked after by its LA
 *   wherever they are at school;
 * - parents: children they hold parental responsibility for.
 */
// domain §11 (Virtual School: looked-after children and children with a social worker), §17.2 (cross-border: home LA)
export function pupilVisibleTo(scope: Scope, row: PupilColumns, sql: SqlParams, today: LocalDate): string {
  if (scope.role === 'SYSTEM') return 'true';
  if (!scope.laCode) return 'false';
  const { laCode: la, pupilId: id } = row;
  switch (scope.role) {
    case 'SCHOOL_STAFF': {
      if (row.urn) return `(${row.urn} = ANY(${sql.add([...(scope.urns ?? [])])}::int[]))`;
      return `(${la} = ${sql.add(scope.laCode)}::bpchar AND EXISTS (SELECT 1 FROM enrolment ve WHERE ve.la_code = ${la} AND ve.pupil_id = ${id}
                AND ve.urn = ANY(${sql.add([...(scope.urns ?? [])])}::int[])))`;
    }
    case 'LA_OFFICER':
    case 'LA_ADMIN': {
      const mine = `${sql.add(scope.laCode)}::bpchar`;
      return `(${la} = ${mine} OR EXISTS (SELECT 1 FROM pupil vp WHERE vp.la_code = ${la} AND vp.id = ${id} AND vp.home_la_code = ${mine}))`;
    }
    case 'VIRTUAL_SCHOOL': {
      const mine = `${sql.add(scope.laCode)}::bpchar`;
      const on = `${sql.add(today)}::date`;
      const current = (t: string) => `${t}.starts_on <= ${on} AND (${t}.ends_on IS NULL OR ${t}.ends_on >= ${on})`;
      const heldOrLivingHere = `(${la} = ${mine} OR EXISTS (SELECT 1 FROM pupil vp WHERE vp.la_code = ${la} AND vp.id = ${id} AND vp.home_la_code = ${mine}))`;
      return `(EXISTS (SELECT 1 FROM pupil_characteristic vc WHERE vc.la_code = ${la} AND vc.pupil_id = ${id} AND ${current('vc')}
                  AND (vc.characteristic = 'LOOKED_AFTER' AND vc.responsible_la_code = ${mine}
                       OR vc.characteristic = ANY(${sql.add([...SOCIAL_WORKER_CHARACTERISTICS])}::text[]) AND ${heldOrLivingHere}))
            OR EXISTS (SELECT 1 FROM social_worker_assignment vs WHERE vs.la_code = ${la} AND vs.pupil_id = ${id} AND ${current('vs')} AND ${heldOrLivingHere}))`;
    }
    case 'PARENT':
      return `(${la} = ${sql.add(scope.laCode)}::bpchar AND EXISTS (SELECT 1 FROM pupil_parent vpp WHERE vpp.la_code = ${la} AND vpp.pupil_id = ${id}
                AND vpp.parent_id = ANY(${sql.add([...(scope.parentIds ?? [])])}::bigint[]) AND vpp.parental_responsibility))`;
  }
}

/**
 * The SQL condition under which the caller may read an enrolment `e`: school staff only their own schools' (a
 * school's admission register is its own); everyone else every enrolment of a pupil they may read.
 */
export function enrolmentVisibleTo(scope: Scope, e: string, sql: SqlParams, today: LocalDate): string {
  if (scope.role === 'SCHOOL_STAFF') {
    return `(${e}.la_code = ${sql.add(scope.laCode ?? '')}::bpchar AND ${e}.urn = ANY(${sql.add([...(scope.urns ?? [])])}::int[]))`;
  }
  return pupilVisibleTo(scope, { laCode: `${e}.la_code`, pupilId: `${e}.pupil_id` }, sql, today);
}
