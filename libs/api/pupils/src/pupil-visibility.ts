import { Scope } from '@rollcall/api-core';
import { LocalDate } from '@rollcall/rules';
import { SqlParams } from './sql-params';

/** The characteristics that mean a child has a social worker (CIN, CP, looked after, previously looked after). */
export const SOCIAL_WORKER_CHARACTERISTICS = ['CHILD_IN_NEED', 'CHILD_PROTECTION', 'LOOKED_AFTER', 'PREVIOUSLY_LOOKED_AFTER'] as const;

/** Where a row names a pupil: SQL expressions for its tenant (`la_code`) and pupil id. */
export interface PupilColumns {
  readonly laCode: string;
  readonly pupilId: string;
}

/**
 * The SQL condition under which the caller may read a pupil's record — the access model row-level security also
 * enforces (docs/0004, docs/0007), stated here so a list never depends on the database alone:
 * - school staff (and a school's API key): pupils who are or were on the roll of one of their schools;
 * - LA officers and admins (and an LA-wide key): every pupil their LA's tenant holds, and residents of the LA schooled
 *   in another LA (read-only);
 * - the Virtual School: children with a social worker today who are its LA's — looked after by its LA, or in need, on a
 *   child-protection plan, previously looked after or with a social worker assigned while living in its LA — wherever
 *   they are at school;
 * - parents: children they hold parental responsibility for.
 */
// domain §11 (Virtual School: looked-after children and children with a social worker), §17.2 (cross-border: home LA)
export function pupilVisibleTo(scope: Scope, row: PupilColumns, sql: SqlParams, today: LocalDate): string {
  if (scope.role === 'SYSTEM') return 'true';
  if (!scope.laCode) return 'false';
  const { laCode: la, pupilId: id } = row;
  switch (scope.role) {
    case 'SCHOOL_STAFF':
      return `(${la} = ${sql.add(scope.laCode)}::bpchar AND EXISTS (SELECT 1 FROM enrolment ve WHERE ve.la_code = ${la} AND ve.pupil_id = ${id}
                AND ve.urn = ANY(${sql.add([...(scope.urns ?? [])])}::int[])))`;
    case 'LA_OFFICER':
    case 'LA_ADMIN': {
      const mine = sql.add(scope.laCode);
      return `(${la} = ${mine}::bpchar OR EXISTS (SELECT 1 FROM pupil vp WHERE vp.la_code = ${la} AND vp.id = ${id} AND vp.home_la_code = ${mine}::bpchar))`;
    }
    case 'VIRTUAL_SCHOOL': {
      const mine = sql.add(scope.laCode);
      const on = sql.add(today);
      return `(EXISTS (SELECT 1 FROM pupil_characteristic vc JOIN pupil vp ON vp.la_code = vc.la_code AND vp.id = vc.pupil_id
                 WHERE vc.la_code = ${la} AND vc.pupil_id = ${id} AND vc.characteristic = ANY(${sql.add([...SOCIAL_WORKER_CHARACTERISTICS])}::text[])
                   AND vc.starts_on <= ${on}::date AND (vc.ends_on IS NULL OR vc.ends_on >= ${on}::date)
                   AND CASE WHEN vc.characteristic = 'LOOKED_AFTER' THEN vc.responsible_la_code = ${mine}::bpchar ELSE vp.home_la_code = ${mine}::bpchar END)
            OR EXISTS (SELECT 1 FROM social_worker_assignment vs JOIN pupil vp ON vp.la_code = vs.la_code AND vp.id = vs.pupil_id
                 WHERE vs.la_code = ${la} AND vs.pupil_id = ${id} AND vp.home_la_code = ${mine}::bpchar
                   AND vs.starts_on <= ${on}::date AND (vs.ends_on IS NULL OR vs.ends_on >= ${on}::date)))`;
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
