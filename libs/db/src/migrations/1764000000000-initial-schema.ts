import { MigrationInterface, QueryRunner } from 'typeorm';
import { ACADEMIC_YEAR_PARTITIONS } from './mark-partitions';
import { attendanceCodeRows } from './attendance-code-rows';

/**
 * The whole schema. Tenancy: every table holding a child's data carries `la_code`, the local authority whose
 * school or service holds the record, as the first column of its primary key (docs/0004-tenancy.md). Marks
 * are partitioned by academic year and summarised per pupil-week (docs/0005-marks-at-scale.md).
 */
export class InitialSchema1764000000000 implements MigrationInterface {
  name = 'InitialSchema1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE local_authority (
        la_code char(3) PRIMARY KEY CHECK (la_code ~ '^[0-9]{3}$'),
        name text NOT NULL CHECK (length(trim(name)) > 0),
        created_at timestamptz NOT NULL DEFAULT now()
      );

      -- Versioned LA settings (graduated-response policy, penalty-notice code of conduct, return intervals…).
      CREATE TABLE la_policy (
        la_code char(3) NOT NULL REFERENCES local_authority,
        kind text NOT NULL,
        version int NOT NULL CHECK (version > 0),
        effective_from date NOT NULL,
        settings jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (la_code, kind, version)
      );

      CREATE TABLE school (
        urn int PRIMARY KEY CHECK (urn BETWEEN 100000 AND 999999),
        la_code char(3) NOT NULL REFERENCES local_authority,
        laestab int NOT NULL UNIQUE,
        name text NOT NULL,
        type text NOT NULL CHECK (type IN ('COMMUNITY','FOUNDATION','VOLUNTARY_AIDED','VOLUNTARY_CONTROLLED','ACADEMY','FREE_SCHOOL','INDEPENDENT','SPECIAL','NON_MAINTAINED_SPECIAL','PRU','ALTERNATIVE_PROVISION')),
        phase text NOT NULL CHECK (phase IN ('NURSERY','PRIMARY','SECONDARY','ALL_THROUGH','SPECIAL','ALTERNATIVE_PROVISION')),
        postcode text,
        named_la_officer text,
        senior_attendance_champion text,
        register_opens time NOT NULL DEFAULT '08:45',
        register_closes time NOT NULL DEFAULT '09:15',
        pm_register_opens time NOT NULL DEFAULT '13:15',
        pm_register_closes time NOT NULL DEFAULT '13:45',
        UNIQUE (la_code, urn)
      );
      CREATE INDEX school_la ON school (la_code);

      -- A school's calendar: its half terms and closures (INSET, planned '#', unplanned) per academic year.
      CREATE TABLE school_half_term (
        urn int NOT NULL REFERENCES school,
        academic_year smallint NOT NULL,
        name text NOT NULL CHECK (name IN ('AUTUMN_1','AUTUMN_2','SPRING_1','SPRING_2','SUMMER_1','SUMMER_2')),
        starts_on date NOT NULL,
        ends_on date NOT NULL CHECK (ends_on >= starts_on),
        PRIMARY KEY (urn, academic_year, name)
      );
      CREATE TABLE school_closure (
        urn int NOT NULL REFERENCES school,
        starts_on date NOT NULL,
        ends_on date NOT NULL CHECK (ends_on >= starts_on),
        kind text NOT NULL CHECK (kind IN ('INSET','PLANNED_CLOSURE','UNPLANNED_CLOSURE')),
        sessions text NOT NULL DEFAULT 'BOTH' CHECK (sessions IN ('AM','PM','BOTH')),
        description text,
        PRIMARY KEY (urn, starts_on, kind)
      );

      CREATE TABLE pupil (
        la_code char(3) NOT NULL REFERENCES local_authority,
        id bigint GENERATED ALWAYS AS IDENTITY,
        upn char(13) NOT NULL,
        forename text NOT NULL,
        surname text NOT NULL,
        preferred_name text,
        date_of_birth date NOT NULL,
        sex char(1) NOT NULL CHECK (sex IN ('F','M','U')),
        address_line1 text,
        address_line2 text,
        town text,
        postcode text,
        -- The LA the child lives in; differs from la_code for a child schooled across the border.
        home_la_code char(3) NOT NULL REFERENCES local_authority,
        nc_year smallint CHECK (nc_year BETWEEN -2 AND 14),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (la_code, id),
        UNIQUE (la_code, upn)
      );
      CREATE INDEX pupil_home_la ON pupil (home_la_code) WHERE home_la_code <> la_code;

      -- Dated characteristics: FSM, SEN support, EHCP, CIN, CP, looked after, previously looked after, early help…
      CREATE TABLE pupil_characteristic (
        la_code char(3) NOT NULL,
        pupil_id bigint NOT NULL,
        characteristic text NOT NULL CHECK (characteristic IN ('FSM','SEN_SUPPORT','EHCP','CHILD_IN_NEED','CHILD_PROTECTION','LOOKED_AFTER','PREVIOUSLY_LOOKED_AFTER','EARLY_HELP','YOUNG_CARER','YOUTH_JUSTICE')),
        starts_on date NOT NULL,
        ends_on date CHECK (ends_on IS NULL OR ends_on >= starts_on),
        -- For a looked-after child: the LA whose care the child is in (its Virtual School).
        responsible_la_code char(3) REFERENCES local_authority,
        PRIMARY KEY (la_code, pupil_id, characteristic, starts_on),
        FOREIGN KEY (la_code, pupil_id) REFERENCES pupil ON DELETE CASCADE
      );

      CREATE TABLE social_worker_assignment (
        la_code char(3) NOT NULL,
        pupil_id bigint NOT NULL,
        starts_on date NOT NULL,
        ends_on date CHECK (ends_on IS NULL OR ends_on >= starts_on),
        name text NOT NULL,
        email text,
        phone text,
        team text,
        PRIMARY KEY (la_code, pupil_id, starts_on),
        FOREIGN KEY (la_code, pupil_id) REFERENCES pupil ON DELETE CASCADE
      );

      CREATE TABLE enrolment (
        la_code char(3) NOT NULL,
        id bigint GENERATED ALWAYS AS IDENTITY,
        pupil_id bigint NOT NULL,
        urn int NOT NULL REFERENCES school,
        admitted_on date NOT NULL,
        left_on date CHECK (left_on IS NULL OR left_on >= admitted_on),
        deletion_ground text,
        registration text NOT NULL DEFAULT 'MAIN' CHECK (registration IN ('MAIN','DUAL_MAIN','DUAL_SUBSIDIARY')),
        boarder boolean NOT NULL DEFAULT false,
        PRIMARY KEY (la_code, id),
        UNIQUE (la_code, pupil_id, urn, admitted_on),
        FOREIGN KEY (la_code, pupil_id) REFERENCES pupil ON DELETE CASCADE
      );
      CREATE INDEX enrolment_pupil ON enrolment (la_code, pupil_id);
      CREATE INDEX enrolment_school ON enrolment (urn, admitted_on);

      CREATE TABLE parent (
        la_code char(3) NOT NULL REFERENCES local_authority,
        id bigint GENERATED ALWAYS AS IDENTITY,
        forename text NOT NULL,
        surname text NOT NULL,
        email text,
        phone text,
        address_line1 text,
        town text,
        postcode text,
        user_id uuid,
        PRIMARY KEY (la_code, id)
      );
      CREATE TABLE pupil_parent (
        la_code char(3) NOT NULL,
        pupil_id bigint NOT NULL,
        parent_id bigint NOT NULL,
        relationship text NOT NULL,
        parental_responsibility boolean NOT NULL,
        lives_with boolean NOT NULL,
        contact_priority smallint NOT NULL DEFAULT 1,
        PRIMARY KEY (la_code, pupil_id, parent_id),
        FOREIGN KEY (la_code, pupil_id) REFERENCES pupil ON DELETE CASCADE,
        FOREIGN KEY (la_code, parent_id) REFERENCES parent ON DELETE CASCADE
      );
      CREATE INDEX pupil_parent_parent ON pupil_parent (la_code, parent_id);

      -- The statistical category of every code, 2024 and pre-2024 sets, from libs/rules.
      CREATE TABLE attendance_code (
        code_set text NOT NULL CHECK (code_set IN ('2024','2006')),
        code varchar(2) NOT NULL,
        category text NOT NULL CHECK (category IN ('PRESENT','APPROVED_EDUCATIONAL_ACTIVITY','AUTHORISED_ABSENCE','UNAUTHORISED_ABSENCE','NOT_POSSIBLE')),
        meaning text NOT NULL,
        PRIMARY KEY (code_set, code)
      );

      -- The big table: one row per enrolment per session, partitioned by academic year.
      CREATE TABLE attendance_mark (
        la_code char(3) NOT NULL,
        enrolment_id bigint NOT NULL,
        date date NOT NULL,
        session char(2) NOT NULL CHECK (session IN ('AM','PM')),
        code varchar(2) NOT NULL,
        minutes_late smallint CHECK (minutes_late >= 0),
        source smallint NOT NULL,
        import_id bigint,
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (la_code, enrolment_id, date, session)
      ) PARTITION BY RANGE (date);

      -- Every amendment keeps the entry it replaced.
      CREATE TABLE attendance_mark_history (
        la_code char(3) NOT NULL,
        enrolment_id bigint NOT NULL,
        id bigint GENERATED ALWAYS AS IDENTITY,
        date date NOT NULL,
        session char(2) NOT NULL,
        code varchar(2) NOT NULL,
        minutes_late smallint,
        source smallint NOT NULL,
        import_id bigint,
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL,
        replaced_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (la_code, enrolment_id, date, session, id)
      );

      CREATE FUNCTION keep_replaced_mark() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO attendance_mark_history (la_code, enrolment_id, date, session, code, minutes_late, source,
                                             import_id, recorded_by, recorded_at)
        VALUES (OLD.la_code, OLD.enrolment_id, OLD.date, OLD.session, OLD.code, OLD.minutes_late, OLD.source,
                OLD.import_id, OLD.recorded_by, OLD.recorded_at);
        RETURN NEW;
      END $$;
      CREATE TRIGGER attendance_mark_keep_replaced
        AFTER UPDATE ON attendance_mark FOR EACH ROW
        WHEN (OLD.code IS DISTINCT FROM NEW.code OR OLD.minutes_late IS DISTINCT FROM NEW.minutes_late)
        EXECUTE FUNCTION keep_replaced_mark();

      -- Per-enrolment-per-week totals, kept in the same transaction as the marks; dashboards read these.
      CREATE TABLE pupil_week_summary (
        la_code char(3) NOT NULL,
        enrolment_id bigint NOT NULL,
        week_start date NOT NULL CHECK (extract(isodow FROM week_start) = 1),
        pupil_id bigint NOT NULL,
        urn int NOT NULL,
        possible smallint NOT NULL,
        present smallint NOT NULL,
        approved_educational_activity smallint NOT NULL,
        authorised smallint NOT NULL,
        unauthorised smallint NOT NULL,
        not_possible smallint NOT NULL,
        code_counts jsonb NOT NULL,
        PRIMARY KEY (la_code, enrolment_id, week_start)
      );
      CREATE INDEX pupil_week_summary_school ON pupil_week_summary (urn, week_start);
      CREATE INDEX pupil_week_summary_pupil ON pupil_week_summary (la_code, pupil_id, week_start);

      -- One row per import, keyed by the sender's idempotency key: a repeat is a no-op.
      CREATE TABLE register_import (
        la_code char(3) NOT NULL REFERENCES local_authority,
        id bigint GENERATED ALWAYS AS IDENTITY,
        idempotency_key text NOT NULL CHECK (length(idempotency_key) BETWEEN 8 AND 200),
        kind text NOT NULL CHECK (kind IN ('MARKS','CSV','CTF')),
        urn int REFERENCES school,
        content_sha256 char(64) NOT NULL,
        marks int NOT NULL DEFAULT 0,
        pupils int NOT NULL DEFAULT 0,
        imported_by text NOT NULL,
        imported_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (la_code, id),
        UNIQUE (la_code, idempotency_key)
      );

      CREATE TABLE support_plan (
        la_code char(3) NOT NULL,
        id bigint GENERATED ALWAYS AS IDENTITY,
        pupil_id bigint NOT NULL,
        urn int REFERENCES school,
        kind text NOT NULL CHECK (kind IN ('SCHOOL_ATTENDANCE_PLAN','EARLY_HELP','CHILD_IN_NEED','CHILD_PROTECTION','PERSONAL_EDUCATION_PLAN','PART_TIME_TIMETABLE')),
        status text NOT NULL CHECK (status IN ('DRAFT','ACTIVE','CLOSED')),
        starts_on date NOT NULL,
        review_on date,
        ends_on date,
        barriers jsonb NOT NULL DEFAULT '[]',
        child_views text,
        parent_views text,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (la_code, id),
        FOREIGN KEY (la_code, pupil_id) REFERENCES pupil ON DELETE CASCADE
      );
      CREATE INDEX support_plan_pupil ON support_plan (la_code, pupil_id);
      CREATE TABLE support_plan_action (
        la_code char(3) NOT NULL,
        id bigint GENERATED ALWAYS AS IDENTITY,
        plan_id bigint NOT NULL,
        description text NOT NULL,
        owner text NOT NULL,
        due_on date,
        done_on date,
        PRIMARY KEY (la_code, id),
        FOREIGN KEY (la_code, plan_id) REFERENCES support_plan ON DELETE CASCADE
      );
      CREATE TABLE support_plan_review (
        la_code char(3) NOT NULL,
        id bigint GENERATED ALWAYS AS IDENTITY,
        plan_id bigint NOT NULL,
        reviewed_on date NOT NULL,
        notes text NOT NULL,
        outcome text NOT NULL,
        reviewed_by text NOT NULL,
        PRIMARY KEY (la_code, id),
        FOREIGN KEY (la_code, plan_id) REFERENCES support_plan ON DELETE CASCADE
      );

      -- Legal interventions, one row each; kind-specific facts in details, every state change in the events.
      CREATE TABLE intervention (
        la_code char(3) NOT NULL,
        id bigint GENERATED ALWAYS AS IDENTITY,
        pupil_id bigint NOT NULL,
        urn int REFERENCES school,
        kind text NOT NULL CHECK (kind IN ('NOTICE_TO_IMPROVE','PENALTY_NOTICE','ATTENDANCE_CONTRACT','EDUCATION_SUPERVISION_ORDER','PROSECUTION','PARENTING_ORDER','SCHOOL_ATTENDANCE_ORDER')),
        state text NOT NULL,
        details jsonb NOT NULL DEFAULT '{}',
        opened_on date NOT NULL,
        closed_on date,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (la_code, id),
        FOREIGN KEY (la_code, pupil_id) REFERENCES pupil ON DELETE CASCADE
      );
      CREATE INDEX intervention_pupil ON intervention (la_code, pupil_id, kind);
      CREATE TABLE intervention_parent (
        la_code char(3) NOT NULL,
        intervention_id bigint NOT NULL,
        parent_id bigint NOT NULL,
        PRIMARY KEY (la_code, intervention_id, parent_id),
        FOREIGN KEY (la_code, intervention_id) REFERENCES intervention ON DELETE CASCADE,
        FOREIGN KEY (la_code, parent_id) REFERENCES parent
      );
      CREATE INDEX intervention_parent_parent ON intervention_parent (la_code, parent_id);
      CREATE TABLE intervention_event (
        la_code char(3) NOT NULL,
        id bigint GENERATED ALWAYS AS IDENTITY,
        intervention_id bigint NOT NULL,
        action text NOT NULL,
        from_state text,
        to_state text NOT NULL,
        occurred_on date NOT NULL,
        reason text,
        data jsonb NOT NULL DEFAULT '{}',
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (la_code, id),
        FOREIGN KEY (la_code, intervention_id) REFERENCES intervention ON DELETE CASCADE
      );
      CREATE TABLE intervention_document (
        la_code char(3) NOT NULL,
        id bigint GENERATED ALWAYS AS IDENTITY,
        intervention_id bigint NOT NULL,
        kind text NOT NULL,
        title text NOT NULL,
        content text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (la_code, id),
        FOREIGN KEY (la_code, intervention_id) REFERENCES intervention ON DELETE CASCADE
      );
      CREATE TABLE intervention_payment (
        la_code char(3) NOT NULL,
        id bigint GENERATED ALWAYS AS IDENTITY,
        intervention_id bigint NOT NULL,
        amount_pence int NOT NULL CHECK (amount_pence > 0),
        paid_on date NOT NULL,
        reference text,
        PRIMARY KEY (la_code, id),
        FOREIGN KEY (la_code, intervention_id) REFERENCES intervention ON DELETE CASCADE
      );

      CREATE TABLE statutory_return (
        la_code char(3) NOT NULL,
        id bigint GENERATED ALWAYS AS IDENTITY,
        kind text NOT NULL CHECK (kind IN ('ATTENDANCE','SICKNESS','NEW_PUPIL','DELETION')),
        urn int NOT NULL REFERENCES school,
        period_start date,
        period_end date,
        due_on date NOT NULL,
        status text NOT NULL CHECK (status IN ('DRAFT','SUBMITTED','ACKNOWLEDGED')),
        content jsonb NOT NULL DEFAULT '{}',
        idempotency_key text,
        submitted_at timestamptz,
        submitted_by text,
        acknowledged_at timestamptz,
        acknowledged_by text,
        PRIMARY KEY (la_code, id),
        UNIQUE (la_code, idempotency_key)
      );
      CREATE TABLE statutory_return_pupil (
        la_code char(3) NOT NULL,
        return_id bigint NOT NULL,
        pupil_id bigint NOT NULL,
        reason text NOT NULL,
        details jsonb NOT NULL DEFAULT '{}',
        PRIMARY KEY (la_code, return_id, pupil_id),
        FOREIGN KEY (la_code, return_id) REFERENCES statutory_return ON DELETE CASCADE,
        FOREIGN KEY (la_code, pupil_id) REFERENCES pupil ON DELETE CASCADE
      );

      CREATE TABLE targeting_support_meeting (
        la_code char(3) NOT NULL REFERENCES local_authority,
        id bigint GENERATED ALWAYS AS IDENTITY,
        urn int NOT NULL REFERENCES school,
        academic_year smallint NOT NULL,
        term text NOT NULL CHECK (term IN ('AUTUMN','SPRING','SUMMER')),
        scheduled_for date NOT NULL,
        held_on date,
        attendees text,
        minutes text,
        PRIMARY KEY (la_code, id),
        UNIQUE (la_code, urn, academic_year, term)
      );
      CREATE TABLE targeting_support_meeting_action (
        la_code char(3) NOT NULL,
        id bigint GENERATED ALWAYS AS IDENTITY,
        meeting_id bigint NOT NULL,
        pupil_id bigint,
        description text NOT NULL,
        owner text NOT NULL,
        due_on date,
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN','DONE','DROPPED')),
        PRIMARY KEY (la_code, id),
        FOREIGN KEY (la_code, meeting_id) REFERENCES targeting_support_meeting ON DELETE CASCADE,
        FOREIGN KEY (la_code, pupil_id) REFERENCES pupil ON DELETE CASCADE
      );

      CREATE TABLE absence_report (
        la_code char(3) NOT NULL,
        id bigint GENERATED ALWAYS AS IDENTITY,
        pupil_id bigint NOT NULL,
        parent_id bigint NOT NULL,
        first_date date NOT NULL,
        first_session char(2) NOT NULL CHECK (first_session IN ('AM','PM')),
        last_date date NOT NULL,
        last_session char(2) NOT NULL CHECK (last_session IN ('AM','PM')),
        reason text NOT NULL,
        details text,
        status text NOT NULL DEFAULT 'RECEIVED' CHECK (status IN ('RECEIVED','ACCEPTED','QUERIED')),
        reported_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (la_code, id),
        FOREIGN KEY (la_code, pupil_id) REFERENCES pupil ON DELETE CASCADE,
        FOREIGN KEY (la_code, parent_id) REFERENCES parent
      );
      CREATE INDEX absence_report_parent ON absence_report (la_code, parent_id);
      CREATE TABLE leave_request (
        la_code char(3) NOT NULL,
        id bigint GENERATED ALWAYS AS IDENTITY,
        pupil_id bigint NOT NULL,
        parent_id bigint NOT NULL,
        first_date date NOT NULL,
        last_date date NOT NULL CHECK (last_date >= first_date),
        reason text NOT NULL,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING','GRANTED','REFUSED','WITHDRAWN')),
        decision_code varchar(2),
        decision_reason text,
        decided_by text,
        decided_at timestamptz,
        requested_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (la_code, id),
        FOREIGN KEY (la_code, pupil_id) REFERENCES pupil ON DELETE CASCADE,
        FOREIGN KEY (la_code, parent_id) REFERENCES parent
      );
      CREATE INDEX leave_request_parent ON leave_request (la_code, parent_id);

      -- Written in the same transaction as the change it announces; a worker sends them.
      CREATE TABLE notification_outbox (
        la_code char(3) NOT NULL REFERENCES local_authority,
        id bigint GENERATED ALWAYS AS IDENTITY,
        kind text NOT NULL,
        recipient text NOT NULL,
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        attempts smallint NOT NULL DEFAULT 0,
        PRIMARY KEY (la_code, id)
      );
      CREATE INDEX notification_outbox_unsent ON notification_outbox (created_at) WHERE sent_at IS NULL;

      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL UNIQUE CHECK (email = lower(email)),
        display_name text NOT NULL,
        password_hash text,
        created_at timestamptz NOT NULL DEFAULT now(),
        disabled_at timestamptz
      );
      CREATE TABLE role_grant (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES app_user ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('SCHOOL_STAFF','LA_OFFICER','LA_ADMIN','VIRTUAL_SCHOOL','PARENT')),
        la_code char(3) NOT NULL REFERENCES local_authority,
        urn int REFERENCES school,
        parent_id bigint,
        CHECK ((role = 'SCHOOL_STAFF') = (urn IS NOT NULL)),
        CHECK ((role = 'PARENT') = (parent_id IS NOT NULL)),
        FOREIGN KEY (la_code, parent_id) REFERENCES parent ON DELETE CASCADE
      );
      CREATE INDEX role_grant_user ON role_grant (user_id);
      CREATE TABLE api_key (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        la_code char(3) NOT NULL REFERENCES local_authority,
        urn int REFERENCES school,
        name text NOT NULL,
        prefix text NOT NULL UNIQUE,
        key_hash text NOT NULL,
        scopes text[] NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz
      );

      CREATE TABLE audit_event (
        la_code char(3) NOT NULL,
        id bigint GENERATED ALWAYS AS IDENTITY,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        actor text NOT NULL,
        action text NOT NULL,
        entity text NOT NULL,
        entity_id text,
        pupil_id bigint,
        scope jsonb NOT NULL DEFAULT '{}',
        request_id text,
        PRIMARY KEY (la_code, id)
      );
      CREATE INDEX audit_event_pupil ON audit_event (la_code, pupil_id, occurred_at) WHERE pupil_id IS NOT NULL;
    `);

    for (const { name, from, to } of ACADEMIC_YEAR_PARTITIONS) {
      await q.query(`CREATE TABLE ${name} PARTITION OF attendance_mark FOR VALUES FROM ('${from}') TO ('${to}')`);
    }
    await q.query(`CREATE TABLE attendance_mark_other PARTITION OF attendance_mark DEFAULT`);

    for (const row of attendanceCodeRows()) {
      await q.query(`INSERT INTO attendance_code (code_set, code, category, meaning) VALUES ($1, $2, $3, $4)`, [
        row.codeSet,
        row.code,
        row.category,
        row.meaning,
      ]);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP SCHEMA public CASCADE; CREATE SCHEMA public;`);
  }
}
