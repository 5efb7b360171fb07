import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Portal sign-in sessions. The cookie carries a random token; only its SHA-256 is kept, so a copy of this table
 * cannot be used to sign in. A session names the role the person signed in as (one portal, one role).
 */
export class UserSession1764300000000 implements MigrationInterface {
  name = 'UserSession1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE user_session (
        token_hash text PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES app_user ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('SCHOOL_STAFF','LA_OFFICER','LA_ADMIN','VIRTUAL_SCHOOL','PARENT')),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        ended_at timestamptz
      );
      CREATE INDEX user_session_user ON user_session (user_id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE user_session`);
  }
}
