import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Keeps the reason a mark was amended, which `amendMark` requires (domain §1, Amending: the original and amended
 * entries must be identifiable). `attendance_mark.amendment_reason` is why the current entry replaced the one before:
 * null for an original entry, and every writer that replaces a mark without a reason (`recordMarks`, imports) sets it
 * to null. The trigger that keeps a replaced entry now keeps its reason too, so every entry in the history carries
 * the reason it was made. The table-level grants and row policies of 1764400000000 cover the new columns.
 */
export class MarkAmendmentReason1764600000000 implements MigrationInterface {
  name = 'MarkAmendmentReason1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE attendance_mark ADD COLUMN amendment_reason text;
      ALTER TABLE attendance_mark_history ADD COLUMN amendment_reason text;

      CREATE OR REPLACE FUNCTION keep_replaced_mark() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO attendance_mark_history (la_code, enrolment_id, date, session, code, minutes_late, source,
                                             import_id, recorded_by, recorded_at, amendment_reason)
        VALUES (OLD.la_code, OLD.enrolment_id, OLD.date, OLD.session, OLD.code, OLD.minutes_late, OLD.source,
                OLD.import_id, OLD.recorded_by, OLD.recorded_at, OLD.amendment_reason);
        RETURN NEW;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION keep_replaced_mark() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO attendance_mark_history (la_code, enrolment_id, date, session, code, minutes_late, source,
                                             import_id, recorded_by, recorded_at)
        VALUES (OLD.la_code, OLD.enrolment_id, OLD.date, OLD.session, OLD.code, OLD.minutes_late, OLD.source,
                OLD.import_id, OLD.recorded_by, OLD.recorded_at);
        RETURN NEW;
      END $$;

      ALTER TABLE attendance_mark_history DROP COLUMN amendment_reason;
      ALTER TABLE attendance_mark DROP COLUMN amendment_reason`);
  }
}
