import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two keys become a school's own (docs/0007-graphql-api.md, "Keys and registers"):
 * - An import's idempotency key is unique per school, not per LA: two schools' MIS may choose the same key
 *   (e.g. "2025-11-04-AM") without one's submission being taken for a repeat of the other's, which row-level
 *   security would also hide from it. Every import names its school, so `urn` is required.
 * - An API key with `registers:write` writes one school's registers, so it must name that school: an LA-wide key
 *   that could take any school's registers is refused when created, and here too.
 */
export class SchoolKeys1764800000000 implements MigrationInterface {
  name = 'SchoolKeys1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE register_import ALTER COLUMN urn SET NOT NULL;
      ALTER TABLE register_import DROP CONSTRAINT register_import_la_code_idempotency_key_key;
      ALTER TABLE register_import ADD CONSTRAINT register_import_la_code_urn_idempotency_key_key UNIQUE (la_code, urn, idempotency_key);
      ALTER TABLE api_key ADD CONSTRAINT api_key_registers_write_check CHECK (urn IS NOT NULL OR NOT ('registers:write' = ANY (scopes)))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE api_key DROP CONSTRAINT api_key_registers_write_check;
      ALTER TABLE register_import DROP CONSTRAINT register_import_la_code_urn_idempotency_key_key;
      ALTER TABLE register_import ADD CONSTRAINT register_import_la_code_idempotency_key_key UNIQUE (la_code, idempotency_key);
      ALTER TABLE register_import ALTER COLUMN urn DROP NOT NULL`);
  }
}
