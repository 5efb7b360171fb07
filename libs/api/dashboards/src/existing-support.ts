import { ExistingSupport, LocalDate, PolicyActionKind } from '@rollcall/rules';
import { EntityManager } from 'typeorm';

/** A pupil by tenant and id. */
export interface PupilKey {
  readonly laCode: string;
  readonly pupilId: string;
}

export function pupilKeyOf(key: PupilKey): string {
  return `${key.laCode}:${key.pupilId}`;
}

/** Which kind of graduated-response step each support plan and legal intervention is (domain §17.1). */
const PLAN_KINDS: Readonly<Record<string, PolicyActionKind | undefined>> = {
  SCHOOL_ATTENDANCE_PLAN: 'SCHOOL_ATTENDANCE_PLAN',
  EARLY_HELP: 'EARLY_HELP_PLAN',
  CHILD_IN_NEED: 'MULTI_AGENCY_PLAN',
  CHILD_PROTECTION: 'MULTI_AGENCY_PLAN',
};
const INTERVENTION_KINDS: Readonly<Record<string, PolicyActionKind | undefined>> = {
  NOTICE_TO_IMPROVE: 'NOTICE_TO_IMPROVE',
  PENALTY_NOTICE: 'PENALTY_NOTICE',
  ATTENDANCE_CONTRACT: 'ATTENDANCE_CONTRACT',
  EDUCATION_SUPERVISION_ORDER: 'EDUCATION_SUPERVISION_ORDER',
  PROSECUTION: 'PROSECUTION',
};

/**
 * What is already in place for each pupil on a date, so the graduated response does not ask for it again: active support
 * plans and open legal interventions, and a targeting support meeting action agreed for the pupil this academic year.
 * One statement for any number of pupils; the caller sees only what row-level security lets it see.
 */
export async function existingSupportOf(tx: EntityManager, pupils: readonly PupilKey[], on: LocalDate, yearStart: LocalDate): Promise<Map<string, ExistingSupport>> {
  const support = new Map<string, PolicyActionKind[]>();
  if (pupils.length === 0) return new Map();
  const rows = (await tx.query(
    `WITH k AS (SELECT * FROM unnest($1::bpchar[], $2::bigint[]) AS k(la_code, pupil_id))
     SELECT sp.la_code, sp.pupil_id::text AS pupil_id, 'PLAN' AS source, sp.kind FROM support_plan sp JOIN k USING (la_code, pupil_id)
      WHERE sp.status = 'ACTIVE' AND sp.starts_on <= $3 AND (sp.ends_on IS NULL OR sp.ends_on >= $3)
     UNION ALL
     SELECT i.la_code, i.pupil_id::text, 'INTERVENTION', i.kind FROM intervention i JOIN k USING (la_code, pupil_id)
      WHERE i.opened_on <= $3 AND (i.closed_on IS NULL OR i.closed_on >= $3)
     UNION ALL
     SELECT a.la_code, a.pupil_id::text, 'MEETING', 'TARGETING_SUPPORT_MEETING' FROM targeting_support_meeting_action a
       JOIN targeting_support_meeting m ON m.la_code = a.la_code AND m.id = a.meeting_id
       JOIN k ON k.la_code = a.la_code AND k.pupil_id = a.pupil_id
      WHERE m.held_on BETWEEN $4 AND $3`,
    [pupils.map((p) => p.laCode), pupils.map((p) => p.pupilId), on, yearStart],
  )) as { la_code: string; pupil_id: string; source: string; kind: string }[];
  for (const row of rows) {
    const kind = row.source === 'PLAN' ? PLAN_KINDS[row.kind] : row.source === 'INTERVENTION' ? INTERVENTION_KINDS[row.kind] : 'TARGETING_SUPPORT_MEETING';
    if (!kind) continue;
    const key = pupilKeyOf({ laCode: row.la_code, pupilId: row.pupil_id });
    support.set(key, [...(support.get(key) ?? []), kind]);
  }
  return new Map([...support].map(([key, inPlace]) => [key, { inPlace }]));
}
