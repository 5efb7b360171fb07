import { MigrationInterface, QueryRunner } from 'typeorm';

/** The tenant root: every child's record is held by a local authority (see docs/decisions). */
export class LocalAuthority1764000000000 implements MigrationInterface {
  name = 'LocalAuthority1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE local_authority (
        la_code char(3) PRIMARY KEY CHECK (la_code ~ '^[0-9]{3}$'),
        name text NOT NULL CHECK (length(trim(name)) > 0),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE local_authority`);
  }
}
