import { MigrationInterface, QueryRunner } from 'typeorm';

const TABLES = ['pupil_characteristic', 'social_worker_assignment'] as const;

const tenant = (t: string): string => `${t}.la_code = (SELECT rollcall_scope_tenant()) OR (SELECT rollcall_scope_all_tenants())`;
const scopePupil = (t: string): string => `(${t}.la_code, ${t}.pupil_id) IN (SELECT s.la_code, s.pupil_id FROM rollcall_scope_pupils() s)`;

/**
 * A parent sees their child's record only as far as it is meant for parents (docs/0006-row-level-security.md): the
 * API never shows them the characteristics a school or LA holds (FSM, SEN, child in need, child protection, looked
 * after…) or the child's social worker. Row-level security now says so too, so that a resolver mistake cannot show a
 * parent a child protection flag. Rollcall's own scope lists (`rollcall_scope_pupils()`, SECURITY DEFINER) still read
 * these tables to work out whom the Virtual School reaches.
 */
export class ParentsWithoutCharacteristics1764900000000 implements MigrationInterface {
  name = 'ParentsWithoutCharacteristics1764900000000';

  async up(q: QueryRunner): Promise<void> {
    for (const t of TABLES) {
      await q.query(`ALTER POLICY ${t}_read ON ${t} USING (
    ${tenant(t)}
    OR ((SELECT rollcall_scope_role()) <> 'PARENT' AND ${scopePupil(t)}))`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of TABLES) {
      await q.query(`ALTER POLICY ${t}_read ON ${t} USING (
    (${tenant(t)})
    OR ${scopePupil(t)})`);
    }
  }
}
