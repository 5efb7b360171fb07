import { DataSource, EntityManager } from 'typeorm';
import { withSystemScope } from './system-scope';

/** A request's scope as row-level security reads it (what libs/api/core's `inTransaction` sets). */
export interface DatabaseScope {
  readonly role: 'SCHOOL_STAFF' | 'LA_OFFICER' | 'LA_ADMIN' | 'VIRTUAL_SCHOOL' | 'PARENT' | 'SYSTEM';
  readonly laCode?: string;
  readonly urns?: readonly number[];
  readonly parentIds?: readonly string[];
}

/** Runs `work` in a transaction with the scope set as `inTransaction` sets it; no scope leaves it unset. */
export async function withScope<T>(ds: DataSource, scope: DatabaseScope | undefined, work: (tx: EntityManager) => Promise<T>): Promise<T> {
  return ds.transaction(async (tx) => {
    if (scope) {
      await tx.query(
        `SELECT set_config('rollcall.role', $1, true), set_config('rollcall.la_code', $2, true),
                set_config('rollcall.urns', $3, true), set_config('rollcall.parent_ids', $4, true),
                set_config('rollcall.actor', 'test', true)`,
        [scope.role, scope.laCode ?? '', (scope.urns ?? []).join(','), (scope.parentIds ?? []).join(',')],
      );
    }
    return work(tx);
  });
}

export const LA_A = '343';
export const LA_B = '344';
export const SCHOOL_A1 = 100001;
export const SCHOOL_A2 = 100002;
export const SCHOOL_B1 = 200001;

/** The pupils, by forename: where each is held, where each lives and what marks them out. */
export const TWO_AUTHORITY_PUPILS = {
  Ann: { laCode: LA_A, homeLaCode: LA_A, urn: SCHOOL_A1, characteristic: 'FSM', responsibleLaCode: null },
  Ben: { laCode: LA_A, homeLaCode: LA_A, urn: SCHOOL_A2, characteristic: 'CHILD_IN_NEED', responsibleLaCode: null },
  Cal: { laCode: LA_B, homeLaCode: LA_B, urn: SCHOOL_B1, characteristic: null, responsibleLaCode: null },
  // Lives in LA A, at school in LA B: held in B's tenant (cross-border).
  Dan: { laCode: LA_B, homeLaCode: LA_A, urn: SCHOOL_B1, characteristic: null, responsibleLaCode: null },
  // Looked after by LA A, placed in LA B and at school there.
  Eve: { laCode: LA_B, homeLaCode: LA_B, urn: SCHOOL_B1, characteristic: 'LOOKED_AFTER', responsibleLaCode: LA_A },
} as const;
export type TwoAuthorityPupil = keyof typeof TWO_AUTHORITY_PUPILS;

/** Parents by forename: the child each is linked to and whether they hold parental responsibility. */
export const TWO_AUTHORITY_PARENTS = {
  Pat: { laCode: LA_A, child: 'Ann', parentalResponsibility: true },
  Quin: { laCode: LA_A, child: 'Ben', parentalResponsibility: true },
  // Ann lives with Ray, who has no parental responsibility for her.
  Ray: { laCode: LA_A, child: 'Ann', parentalResponsibility: false },
  Sue: { laCode: LA_B, child: 'Cal', parentalResponsibility: true },
} as const;
export type TwoAuthorityParent = keyof typeof TWO_AUTHORITY_PARENTS;

export interface TwoAuthorities {
  /** Pupil id by forename (ids are unique within a tenant; these happen to be unique overall). */
  readonly pupilIds: Readonly<Record<TwoAuthorityPupil, string>>;
  readonly enrolmentIds: Readonly<Record<TwoAuthorityPupil, string>>;
  readonly parentIds: Readonly<Record<TwoAuthorityParent, string>>;
}

/**
 * Two LAs, three schools, five pupils (one living across the border, one looked after and placed out of area),
 * four parents, and for each pupil a record in every table holding a child's data: the ground on which the
 * row-level security tests check who sees what.
 */
export async function seedTwoAuthorities(ds: DataSource): Promise<TwoAuthorities> {
  return withSystemScope(ds, async (tx) => {
    const one = async (sql: string, params: unknown[]): Promise<string> => ((await tx.query(sql, params)) as { id: string }[])[0].id;
    await tx.query(`INSERT INTO local_authority (la_code, name) VALUES ($1, 'Sefton'), ($2, 'Wirral')`, [LA_A, LA_B]);
    for (const [urn, laCode] of [[SCHOOL_A1, LA_A], [SCHOOL_A2, LA_A], [SCHOOL_B1, LA_B]] as const) {
      await tx.query(`INSERT INTO school (urn, la_code, laestab, name, type, phase) VALUES ($1, $2, $3, $4, 'COMMUNITY', 'PRIMARY')`, [
        urn,
        laCode,
        Number(`${laCode}${String(urn).slice(-4)}`),
        `School ${urn}`,
      ]);
    }
    const pupilIds = {} as Record<TwoAuthorityPupil, string>;
    const enrolmentIds = {} as Record<TwoAuthorityPupil, string>;
    let serial = 0;
    for (const [name, p] of Object.entries(TWO_AUTHORITY_PUPILS) as [TwoAuthorityPupil, (typeof TWO_AUTHORITY_PUPILS)[TwoAuthorityPupil]][]) {
      serial += 1;
      const pupilId = await one(
        `INSERT INTO pupil (la_code, upn, forename, surname, date_of_birth, sex, home_la_code)
         VALUES ($1, $2, $3, 'Tester', '2016-04-01', 'F', $4) RETURNING id::text AS id`,
        [p.laCode, `T${p.laCode}00000000${serial}`, name, p.homeLaCode],
      );
      pupilIds[name] = pupilId;
      const enrolmentId = await one(
        `INSERT INTO enrolment (la_code, pupil_id, urn, admitted_on) VALUES ($1, $2, $3, '2024-09-02') RETURNING id::text AS id`,
        [p.laCode, pupilId, p.urn],
      );
      enrolmentIds[name] = enrolmentId;
      if (p.characteristic) {
        await tx.query(
          `INSERT INTO pupil_characteristic (la_code, pupil_id, characteristic, starts_on, responsible_la_code) VALUES ($1, $2, $3, '2024-09-02', $4)`,
          [p.laCode, pupilId, p.characteristic, p.responsibleLaCode],
        );
      }
      await tx.query(
        `INSERT INTO social_worker_assignment (la_code, pupil_id, starts_on, ends_on, name) VALUES ($1, $2, '2020-01-06', '2020-12-31', 'Past worker')`,
        [p.laCode, pupilId],
      );
      await tx.query(
        `INSERT INTO attendance_mark (la_code, enrolment_id, date, session, code, source, recorded_by)
         VALUES ($1, $2, '2025-10-06', 'AM', '/', 1, 'test'), ($1, $2, '2025-10-06', 'PM', 'N', 1, 'test')`,
        [p.laCode, enrolmentId],
      );
      // The trigger keeps the replaced mark in attendance_mark_history.
      await tx.query(`UPDATE attendance_mark SET code = 'I' WHERE la_code = $1 AND enrolment_id = $2 AND session = 'PM'`, [p.laCode, enrolmentId]);
      await tx.query(
        `INSERT INTO pupil_week_summary (la_code, enrolment_id, week_start, pupil_id, urn, possible, present, approved_educational_activity,
                                         authorised, unauthorised, not_possible, code_counts)
         VALUES ($1, $2, '2025-10-06', $3, $4, 2, 1, 0, 1, 0, 0, '{"/": 1, "I": 1}')`,
        [p.laCode, enrolmentId, pupilId, p.urn],
      );
      await tx.query(
        `INSERT INTO pupil_year_summary (la_code, enrolment_id, academic_year, pupil_id, urn, possible, present, approved_educational_activity,
                                         authorised, unauthorised, not_possible)
         VALUES ($1, $2, 2025, $3, $4, 2, 1, 0, 1, 0, 0)`,
        [p.laCode, enrolmentId, pupilId, p.urn],
      );
      const planId = await one(
        `INSERT INTO support_plan (la_code, pupil_id, urn, kind, status, starts_on, created_by)
         VALUES ($1, $2, $3, 'SCHOOL_ATTENDANCE_PLAN', 'ACTIVE', '2025-09-08', 'test') RETURNING id::text AS id`,
        [p.laCode, pupilId, p.urn],
      );
      await tx.query(`INSERT INTO support_plan_action (la_code, plan_id, description, owner) VALUES ($1, $2, 'Call home', 'Office')`, [p.laCode, planId]);
      await tx.query(`INSERT INTO support_plan_review (la_code, plan_id, reviewed_on, notes, outcome, reviewed_by) VALUES ($1, $2, '2025-10-06', 'Better', 'CONTINUE', 'test')`, [
        p.laCode,
        planId,
      ]);
      const interventionId = await one(
        `INSERT INTO intervention (la_code, pupil_id, urn, kind, state, opened_on, created_by)
         VALUES ($1, $2, $3, 'NOTICE_TO_IMPROVE', 'ISSUED', '2025-10-06', 'test') RETURNING id::text AS id`,
        [p.laCode, pupilId, p.urn],
      );
      await tx.query(
        `INSERT INTO intervention_event (la_code, intervention_id, action, to_state, occurred_on, recorded_by) VALUES ($1, $2, 'ISSUE', 'ISSUED', '2025-10-06', 'test')`,
        [p.laCode, interventionId],
      );
      await tx.query(`INSERT INTO intervention_document (la_code, intervention_id, kind, title, content) VALUES ($1, $2, 'LETTER', 'Notice', 'Dear parent')`, [
        p.laCode,
        interventionId,
      ]);
      await tx.query(`INSERT INTO intervention_payment (la_code, intervention_id, amount_pence, paid_on) VALUES ($1, $2, 8000, '2025-10-20')`, [p.laCode, interventionId]);
      await tx.query(
        `INSERT INTO audit_event (la_code, actor, action, entity, entity_id, pupil_id) VALUES ($1, 'test', 'READ', 'Pupil', $2::text, $2::bigint)`,
        [p.laCode, pupilId],
      );
    }

    const parentIds = {} as Record<TwoAuthorityParent, string>;
    for (const [name, parent] of Object.entries(TWO_AUTHORITY_PARENTS) as [TwoAuthorityParent, (typeof TWO_AUTHORITY_PARENTS)[TwoAuthorityParent]][]) {
      const parentId = await one(`INSERT INTO parent (la_code, forename, surname) VALUES ($1, $2, 'Tester') RETURNING id::text AS id`, [parent.laCode, name]);
      parentIds[name] = parentId;
      const pupilId = pupilIds[parent.child];
      await tx.query(
        `INSERT INTO pupil_parent (la_code, pupil_id, parent_id, relationship, parental_responsibility, lives_with) VALUES ($1, $2, $3, 'CARER', $4, true)`,
        [parent.laCode, pupilId, parentId, parent.parentalResponsibility],
      );
      await tx.query(
        `INSERT INTO absence_report (la_code, pupil_id, parent_id, first_date, first_session, last_date, last_session, reason)
         VALUES ($1, $2, $3, '2025-10-06', 'PM', '2025-10-06', 'PM', 'ILLNESS')`,
        [parent.laCode, pupilId, parentId],
      );
      await tx.query(
        `INSERT INTO leave_request (la_code, pupil_id, parent_id, first_date, last_date, reason) VALUES ($1, $2, $3, '2026-03-02', '2026-03-03', 'Funeral')`,
        [parent.laCode, pupilId, parentId],
      );
      const interventionId = await one(`SELECT id::text AS id FROM intervention WHERE la_code = $1 AND pupil_id = $2`, [parent.laCode, pupilId]);
      await tx.query(`INSERT INTO intervention_parent (la_code, intervention_id, parent_id) VALUES ($1, $2, $3)`, [parent.laCode, interventionId, parentId]);
    }

    for (const [urn, laCode] of [[SCHOOL_A1, LA_A], [SCHOOL_A2, LA_A], [SCHOOL_B1, LA_B]] as const) {
      const firstPupil = Object.entries(TWO_AUTHORITY_PUPILS).find(([, p]) => p.urn === urn)?.[0] as TwoAuthorityPupil;
      const returnId = await one(
        `INSERT INTO statutory_return (la_code, kind, urn, due_on, status) VALUES ($1, 'ATTENDANCE', $2, '2025-10-31', 'DRAFT') RETURNING id::text AS id`,
        [laCode, urn],
      );
      await tx.query(`INSERT INTO statutory_return_pupil (la_code, return_id, pupil_id, reason) VALUES ($1, $2, $3, 'ABSENT_10_DAYS')`, [
        laCode,
        returnId,
        pupilIds[firstPupil],
      ]);
      const meetingId = await one(
        `INSERT INTO targeting_support_meeting (la_code, urn, academic_year, term, scheduled_for) VALUES ($1, $2, 2025, 'AUTUMN', '2025-10-08') RETURNING id::text AS id`,
        [laCode, urn],
      );
      await tx.query(`INSERT INTO targeting_support_meeting_action (la_code, meeting_id, pupil_id, description, owner) VALUES ($1, $2, $3, 'Home visit', 'EWO')`, [
        laCode,
        meetingId,
        pupilIds[firstPupil],
      ]);
      await tx.query(
        `INSERT INTO register_import (la_code, idempotency_key, kind, urn, content_sha256, imported_by) VALUES ($1, $2, 'CSV', $3, $4, 'test')`,
        [laCode, `import-${urn}`, urn, '0'.repeat(64)],
      );
    }
    for (const laCode of [LA_A, LA_B]) {
      await tx.query(`INSERT INTO notification_outbox (la_code, kind, recipient, payload) VALUES ($1, 'LETTER', 'family@example.org', '{}')`, [laCode]);
      await tx.query(`INSERT INTO audit_event (la_code, actor, action, entity) VALUES ($1, 'test', 'SUBMIT', 'StatutoryReturn')`, [laCode]);
    }
    const userId = await one(`INSERT INTO app_user (email, display_name) VALUES ('pat@home.example', 'Pat') RETURNING id::text AS id`, []);
    await tx.query(`INSERT INTO role_grant (user_id, role, la_code, parent_id) VALUES ($1, 'PARENT', $2, $3)`, [userId, LA_A, parentIds.Pat]);
    const staffId = await one(`INSERT INTO app_user (email, display_name) VALUES ('office@b1.example', 'Office') RETURNING id::text AS id`, []);
    await tx.query(`INSERT INTO role_grant (user_id, role, la_code, urn) VALUES ($1, 'SCHOOL_STAFF', $2, $3)`, [staffId, LA_B, SCHOOL_B1]);
    return { pupilIds, enrolmentIds, parentIds };
  });
}
