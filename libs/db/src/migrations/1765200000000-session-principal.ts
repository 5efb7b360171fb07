import { MigrationInterface, QueryRunner } from 'typeorm';

const APP = 'rollcall_app';
const SCOPE = 'rollcall_scope';
const FUNCTION = 'rollcall_session_principal(text)';

/**
 * A signed-in request's session and its role's grants in one statement (docs/0006-row-level-security.md, "Sessions").
 * The grants are under row-level security, so reading them took a transaction of its own in the SYSTEM scope (BEGIN,
 * the scope, the read, COMMIT) before every request's own work. `rollcall_session_principal(token_hash)` reads them
 * as `rollcall_scope`, which owns the scope functions and may now read sessions, users and grants without a scope:
 * only the rows of the session whose token hash it is given, and only while that session is live.
 */
export class SessionPrincipal1765200000000 implements MigrationInterface {
  name = 'SessionPrincipal1765200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`GRANT SELECT ON user_session, app_user, role_grant TO ${SCOPE}`);
    await q.query(`CREATE POLICY role_grant_session_principal ON role_grant FOR SELECT TO ${SCOPE} USING (true)`);
    await q.query(`
      CREATE FUNCTION rollcall_session_principal(session_token_hash text)
        RETURNS TABLE (user_id text, email text, role text, la_code bpchar, urn int, parent_id text)
        LANGUAGE plpgsql STABLE SECURITY DEFINER PARALLEL SAFE ROWS 4 SET search_path = pg_catalog, pg_temp
      AS $$
      BEGIN
        -- PL/pgSQL keeps this query's plan for the connection's life.
        RETURN QUERY
          SELECT s.user_id::text, u.email, g.role, g.la_code, g.urn, g.parent_id::text
            FROM public.user_session s
            JOIN public.app_user u ON u.id = s.user_id
            JOIN public.role_grant g ON g.user_id = s.user_id AND g.role = s.role
           WHERE s.token_hash = session_token_hash AND s.ended_at IS NULL AND s.expires_at > now() AND u.disabled_at IS NULL
           ORDER BY g.id;
      END
      $$`);
    await q.query(`ALTER FUNCTION ${FUNCTION} OWNER TO ${SCOPE}`);
    await q.query(`REVOKE EXECUTE ON FUNCTION ${FUNCTION} FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION ${FUNCTION} TO ${APP}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION ${FUNCTION}`);
    await q.query(`DROP POLICY role_grant_session_principal ON role_grant`);
    await q.query(`REVOKE SELECT ON user_session, app_user, role_grant FROM ${SCOPE}`);
  }
}
