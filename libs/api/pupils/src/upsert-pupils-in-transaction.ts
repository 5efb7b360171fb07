import { Refusal, asSystemWithinLa } from '@rollcall/api-core';
import { isRecognisedLaCode, laCodeName, normaliseUpn } from '@rollcall/rules';
import { EntityManager } from 'typeorm';
import { ParentInput, PupilInput, UpsertedPupil } from './pupil-input';
import { PupilProblem, pupilInputProblems } from './pupil-input-problems';

/** Problems listed in a refusal's detail; the rest are counted. */
const MAX_PROBLEMS_LISTED = 200;

/**
 * Writes a school's pupils (the admission register as its MIS holds it) inside the caller's transaction:
 * upserts each pupil by (LA, UPN) and its enrolment at `urn` by admission date, and replaces the characteristics,
 * parents and social worker given. A fixed handful of multi-row statements whatever the number of pupils.
 * Refuses the whole batch, writing nothing, when any pupil is invalid. The caller authorises the write; it runs
 * as Rollcall within `laCode`'s tenant, because a pupil is matched by UPN across the LA (docs/0006).
 */
export async function upsertPupilsInTransaction(
  tx: EntityManager,
  laCode: string,
  urn: number,
  pupils: readonly PupilInput[],
): Promise<Map<string, UpsertedPupil>> {
  const problems = pupilInputProblems(pupils);
  if (problems.length > 0) throw invalidPupils(problems);
  return asSystemWithinLa(tx, laCode, () => upsertPupilRecords(tx, laCode, urn, pupils));
}

async function upsertPupilRecords(tx: EntityManager, laCode: string, urn: number, pupils: readonly PupilInput[]): Promise<Map<string, UpsertedPupil>> {
  await checkSchool(tx, laCode, urn);
  const result = new Map<string, UpsertedPupil>();
  if (pupils.length === 0) return result;

  await ensureLocalAuthorities(tx, pupils);
  const pupilIds = await upsertPupilRows(tx, laCode, pupils);
  const enrolmentIds = await upsertEnrolments(tx, laCode, urn, pupils, pupilIds);
  await replaceCharacteristics(tx, laCode, pupils, pupilIds);
  await replaceParents(tx, laCode, pupils, pupilIds);
  await replaceSocialWorkers(tx, laCode, pupils, pupilIds);

  for (const p of pupils) {
    const upn = normaliseUpn(p.upn);
    const pupilId = pupilIds.get(upn) as string;
    result.set(upn, { pupilId, enrolmentId: enrolmentIds.get(pupilId) as string });
  }
  return result;
}

/** One refusal for the whole batch: the first problem in the message, the rest in the detail. */
function invalidPupils(problems: readonly PupilProblem[]): Refusal {
  const first = problems[0];
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : '';
  return new Refusal(
    'INVALID_PUPIL',
    `Pupil ${first.index + 1} (${first.pupil}${first.upn ? `, UPN ${first.upn}` : ''}): ${first.field}: ${first.message}${more}`,
    { problems: problems.slice(0, MAX_PROBLEMS_LISTED), total: problems.length },
  );
}

async function checkSchool(tx: EntityManager, laCode: string, urn: number): Promise<void> {
  const rows = (await tx.query(`SELECT la_code FROM school WHERE urn = $1`, [urn])) as { la_code: string }[];
  if (rows.length === 0) throw new Refusal('UNKNOWN_SCHOOL', `No school with URN ${urn} is set up in Rollcall.`, { urn });
  if (rows[0].la_code !== laCode) {
    throw new Refusal('SCHOOL_NOT_IN_LA', `School ${urn} belongs to LA ${rows[0].la_code}, not LA ${laCode}.`, {
      urn,
      laCode,
      schoolLaCode: rows[0].la_code,
    });
  }
}

/**
 * Home LAs and Virtual School LAs need a row to refer to; a cross-border child's home LA may not use Rollcall, so
 * a DfE LA code not yet held is added under its DfE name. A code neither held nor in the DfE list is refused.
 */
async function ensureLocalAuthorities(tx: EntityManager, pupils: readonly PupilInput[]): Promise<void> {
  const uses: { code: string; index: number; field: string }[] = [];
  pupils.forEach((p, index) => {
    uses.push({ code: p.homeLaCode, index, field: 'homeLaCode' });
    (p.characteristics ?? []).forEach((c, i) => {
      if (c.responsibleLaCode) uses.push({ code: c.responsibleLaCode, index, field: `characteristics[${i}].responsibleLaCode` });
    });
  });
  const codes = [...new Set(uses.map((u) => u.code))];
  const held = new Set(
    ((await tx.query(`SELECT la_code FROM local_authority WHERE la_code = ANY($1::text[])`, [codes])) as { la_code: string }[]).map(
      (r) => r.la_code,
    ),
  );
  const unknown = uses.filter((u) => !held.has(u.code) && !isRecognisedLaCode(u.code));
  if (unknown.length > 0) {
    const problems: PupilProblem[] = unknown.map((u) => {
      const p = pupils[u.index];
      return {
        index: u.index,
        upn: normaliseUpn(p.upn),
        pupil: `${p.forename} ${p.surname}`.trim(),
        field: u.field,
        message: `"${u.code}" is not a DfE local authority code`,
      };
    });
    throw invalidPupils(problems);
  }
  const missing = codes.filter((code) => !held.has(code)).map((code) => ({ la_code: code, name: laCodeName(code) ?? code }));
  if (missing.length === 0) return;
  await tx.query(
    `INSERT INTO local_authority (la_code, name)
     SELECT la_code, name FROM jsonb_to_recordset($1::jsonb) AS t(la_code text, name text)
     ON CONFLICT (la_code) DO NOTHING`,
    [JSON.stringify(missing)],
  );
}

/** UPN → pupil id. */
async function upsertPupilRows(tx: EntityManager, laCode: string, pupils: readonly PupilInput[]): Promise<Map<string, string>> {
  const rows = pupils.map((p) => ({
    upn: normaliseUpn(p.upn),
    forename: p.forename.trim(),
    surname: p.surname.trim(),
    preferred_name: p.preferredName?.trim() || null,
    date_of_birth: p.dateOfBirth,
    sex: p.sex,
    address_line1: p.addressLine1 ?? null,
    address_line2: p.addressLine2 ?? null,
    town: p.town ?? null,
    postcode: p.postcode?.trim().toUpperCase() || null,
    home_la_code: p.homeLaCode,
    nc_year: p.ncYear ?? null,
  }));
  const written = (await tx.query(
    `INSERT INTO pupil AS p (la_code, upn, forename, surname, preferred_name, date_of_birth, sex, address_line1,
                             address_line2, town, postcode, home_la_code, nc_year)
     SELECT $1, upn, forename, surname, preferred_name, date_of_birth, sex, address_line1, address_line2, town,
            postcode, home_la_code, nc_year
       FROM jsonb_to_recordset($2::jsonb) AS t(upn text, forename text, surname text, preferred_name text,
            date_of_birth date, sex text, address_line1 text, address_line2 text, town text, postcode text,
            home_la_code text, nc_year smallint)
     ON CONFLICT (la_code, upn) DO UPDATE SET
       forename = EXCLUDED.forename, surname = EXCLUDED.surname, preferred_name = EXCLUDED.preferred_name,
       date_of_birth = EXCLUDED.date_of_birth, sex = EXCLUDED.sex, address_line1 = EXCLUDED.address_line1,
       address_line2 = EXCLUDED.address_line2, town = EXCLUDED.town, postcode = EXCLUDED.postcode,
       home_la_code = EXCLUDED.home_la_code, nc_year = EXCLUDED.nc_year
     RETURNING p.id::text AS id, p.upn`,
    [laCode, JSON.stringify(rows)],
  )) as { id: string; upn: string }[];
  return new Map(written.map((r) => [r.upn, r.id]));
}

/** Pupil id → enrolment id at this school. */
async function upsertEnrolments(
  tx: EntityManager,
  laCode: string,
  urn: number,
  pupils: readonly PupilInput[],
  pupilIds: ReadonlyMap<string, string>,
): Promise<Map<string, string>> {
  // The schema has no unique key on (pupil, school, admission date), so concurrent rolls for one school queue here.
  await tx.query(`SELECT pg_advisory_xact_lock(hashtext('rollcall.enrolment'), $1)`, [urn]);
  const rows = pupils.map((p) => ({
    pupil_id: pupilIds.get(normaliseUpn(p.upn)),
    admitted_on: p.admittedOn,
    left_on: p.leftOn ?? null,
    registration: p.registration ?? 'MAIN',
    boarder: p.boarder ?? false,
  }));
  const written = (await tx.query(
    `WITH input AS (
       SELECT * FROM jsonb_to_recordset($3::jsonb)
         AS t(pupil_id bigint, admitted_on date, left_on date, registration text, boarder boolean)
     ), updated AS (
       UPDATE enrolment e SET left_on = i.left_on, registration = i.registration, boarder = i.boarder
         FROM input i
        WHERE e.la_code = $1 AND e.urn = $2 AND e.pupil_id = i.pupil_id AND e.admitted_on = i.admitted_on
       RETURNING e.id, e.pupil_id
     ), inserted AS (
       INSERT INTO enrolment (la_code, pupil_id, urn, admitted_on, left_on, registration, boarder)
       SELECT $1, i.pupil_id, $2, i.admitted_on, i.left_on, i.registration, i.boarder
         FROM input i
        WHERE NOT EXISTS (SELECT 1 FROM enrolment e
                           WHERE e.la_code = $1 AND e.urn = $2 AND e.pupil_id = i.pupil_id AND e.admitted_on = i.admitted_on)
       RETURNING id, pupil_id
     )
     SELECT id::text AS id, pupil_id::text AS pupil_id FROM updated
     UNION ALL
     SELECT id::text, pupil_id::text FROM inserted`,
    [laCode, urn, JSON.stringify(rows)],
  )) as { id: string; pupil_id: string }[];
  return new Map(written.map((r) => [r.pupil_id, r.id]));
}

async function replaceCharacteristics(
  tx: EntityManager,
  laCode: string,
  pupils: readonly PupilInput[],
  pupilIds: ReadonlyMap<string, string>,
): Promise<void> {
  const given = pupils.filter((p) => p.characteristics !== undefined);
  if (given.length === 0) return;
  const ids = given.map((p) => pupilIds.get(normaliseUpn(p.upn)));
  const rows = given.flatMap((p) =>
    (p.characteristics ?? []).map((c) => ({
      pupil_id: pupilIds.get(normaliseUpn(p.upn)),
      characteristic: c.characteristic,
      starts_on: c.startsOn,
      ends_on: c.endsOn ?? null,
      responsible_la_code: c.responsibleLaCode ?? null,
    })),
  );
  await tx.query(
    `WITH removed AS (DELETE FROM pupil_characteristic WHERE la_code = $1 AND pupil_id = ANY($2::bigint[]) RETURNING 1)
     SELECT count(*) FROM removed`,
    [laCode, ids],
  );
  if (rows.length === 0) return;
  await tx.query(
    `INSERT INTO pupil_characteristic (la_code, pupil_id, characteristic, starts_on, ends_on, responsible_la_code)
     SELECT $1, pupil_id, characteristic, starts_on, ends_on, responsible_la_code
       FROM jsonb_to_recordset($2::jsonb)
         AS t(pupil_id bigint, characteristic text, starts_on date, ends_on date, responsible_la_code text)`,
    [laCode, JSON.stringify(rows)],
  );
}

interface ParentLink {
  readonly pupilId: string;
  readonly relationship: string;
  readonly parentalResponsibility: boolean;
  readonly livesWith: boolean;
  readonly contactPriority: number;
}

/** One parent record this call writes: the details given and the children it is linked to. */
interface ParentSlot {
  details: ParentInput;
  readonly links: ParentLink[];
  parentId?: string;
}

const nameKey = (forename: string, surname: string): string =>
  `${forename.trim().toLowerCase()}\u0000${surname.trim().toLowerCase()}`;

/**
 * Replaces the parents of every pupil whose `parents` are given. A parent already linked to one of the children
 * (matched by name) keeps its record, so repeat uploads and siblings reuse rows instead of duplicating them;
 * a record left linked to no child, and used nowhere else, is removed.
 */
async function replaceParents(
  tx: EntityManager,
  laCode: string,
  pupils: readonly PupilInput[],
  pupilIds: ReadonlyMap<string, string>,
): Promise<void> {
  const given = pupils.filter((p) => p.parents !== undefined);
  if (given.length === 0) return;
  const slots = parentSlots(given, pupilIds);
  const ids = given.map((p) => pupilIds.get(normaliseUpn(p.upn)) as string);

  const existing = (await tx.query(
    `SELECT pp.pupil_id::text AS pupil_id, p.id::text AS id, p.forename, p.surname
       FROM pupil_parent pp JOIN parent p ON p.la_code = pp.la_code AND p.id = pp.parent_id
      WHERE pp.la_code = $1 AND pp.pupil_id = ANY($2::bigint[])
      ORDER BY pp.contact_priority, p.id`,
    [laCode, ids],
  )) as { pupil_id: string; id: string; forename: string; surname: string }[];
  const existingByPupil = new Map<string, { id: string; key: string }[]>();
  for (const row of existing) {
    const list = existingByPupil.get(row.pupil_id) ?? [];
    list.push({ id: row.id, key: nameKey(row.forename, row.surname) });
    existingByPupil.set(row.pupil_id, list);
  }
  const previouslyLinked = [...new Set(existing.map((r) => r.id))];

  // Reuse a record already linked to one of the slot's children with the same name, never twice for one child.
  const usedByPupil = new Map<string, Set<string>>();
  const fresh: ParentSlot[] = [];
  for (const slot of slots) {
    const key = nameKey(slot.details.forename, slot.details.surname);
    const candidates = slot.links.flatMap((l) => existingByPupil.get(l.pupilId) ?? []).filter((c) => c.key === key);
    const match = candidates.find((c) => slot.links.every((l) => !usedByPupil.get(l.pupilId)?.has(c.id)));
    if (match) slot.parentId = match.id;
    else fresh.push(slot);
    if (slot.parentId) for (const l of slot.links) usedByPupil.set(l.pupilId, (usedByPupil.get(l.pupilId) ?? new Set()).add(slot.parentId));
  }
  if (fresh.length > 0) {
    const allocated = (await tx.query(
      `SELECT nextval(pg_get_serial_sequence('parent', 'id'))::text AS id FROM generate_series(1, $1)`,
      [fresh.length],
    )) as { id: string }[];
    fresh.forEach((slot, i) => (slot.parentId = allocated[i].id));
  }

  // Two slots can reuse one record (a sibling listed without a familyKey): write it once, the last details winning.
  const slotById = new Map(slots.map((s) => [s.parentId as string, s]));
  const parentRows = [...slotById.values()].map((s) => ({
    id: s.parentId,
    forename: s.details.forename.trim(),
    surname: s.details.surname.trim(),
    email: s.details.email?.trim() || null,
    phone: s.details.phone?.trim() || null,
    address_line1: s.details.addressLine1 ?? null,
    town: s.details.town ?? null,
    postcode: s.details.postcode?.trim().toUpperCase() || null,
  }));
  await tx.query(
    `INSERT INTO parent (la_code, id, forename, surname, email, phone, address_line1, town, postcode)
     OVERRIDING SYSTEM VALUE
     SELECT $1, id, forename, surname, email, phone, address_line1, town, postcode
       FROM jsonb_to_recordset($2::jsonb) AS t(id bigint, forename text, surname text, email text, phone text,
            address_line1 text, town text, postcode text)
     ON CONFLICT (la_code, id) DO UPDATE SET
       forename = EXCLUDED.forename, surname = EXCLUDED.surname, email = EXCLUDED.email, phone = EXCLUDED.phone,
       address_line1 = EXCLUDED.address_line1, town = EXCLUDED.town, postcode = EXCLUDED.postcode`,
    [laCode, JSON.stringify(parentRows)],
  );

  await tx.query(
    `WITH removed AS (DELETE FROM pupil_parent WHERE la_code = $1 AND pupil_id = ANY($2::bigint[]) RETURNING 1)
     SELECT count(*) FROM removed`,
    [laCode, ids],
  );
  const linkRows = slots.flatMap((s) =>
    s.links.map((l) => ({
      pupil_id: l.pupilId,
      parent_id: s.parentId,
      relationship: l.relationship,
      parental_responsibility: l.parentalResponsibility,
      lives_with: l.livesWith,
      contact_priority: l.contactPriority,
    })),
  );
  if (linkRows.length > 0) {
    await tx.query(
      `INSERT INTO pupil_parent (la_code, pupil_id, parent_id, relationship, parental_responsibility, lives_with, contact_priority)
       SELECT $1, pupil_id, parent_id, relationship, parental_responsibility, lives_with, contact_priority
         FROM jsonb_to_recordset($2::jsonb) AS t(pupil_id bigint, parent_id bigint, relationship text,
              parental_responsibility boolean, lives_with boolean, contact_priority smallint)
       ON CONFLICT (la_code, pupil_id, parent_id) DO NOTHING`,
      [laCode, JSON.stringify(linkRows)],
    );
  }

  if (previouslyLinked.length > 0) {
    await tx.query(
      `WITH removed AS (
         DELETE FROM parent p
          WHERE p.la_code = $1 AND p.id = ANY($2::bigint[]) AND p.user_id IS NULL
            AND NOT EXISTS (SELECT 1 FROM pupil_parent x WHERE x.la_code = p.la_code AND x.parent_id = p.id)
            AND NOT EXISTS (SELECT 1 FROM intervention_parent x WHERE x.la_code = p.la_code AND x.parent_id = p.id)
            AND NOT EXISTS (SELECT 1 FROM absence_report x WHERE x.la_code = p.la_code AND x.parent_id = p.id)
            AND NOT EXISTS (SELECT 1 FROM leave_request x WHERE x.la_code = p.la_code AND x.parent_id = p.id)
            AND NOT EXISTS (SELECT 1 FROM role_grant x WHERE x.la_code = p.la_code AND x.parent_id = p.id)
         RETURNING 1)
       SELECT count(*) FROM removed`,
      [laCode, previouslyLinked],
    );
  }
}

function parentSlots(pupils: readonly PupilInput[], pupilIds: ReadonlyMap<string, string>): ParentSlot[] {
  const slots: ParentSlot[] = [];
  const byFamily = new Map<string, ParentSlot>();
  for (const p of pupils) {
    const pupilId = pupilIds.get(normaliseUpn(p.upn)) as string;
    (p.parents ?? []).forEach((parent, i) => {
      const link: ParentLink = {
        pupilId,
        relationship: parent.relationship.trim(),
        parentalResponsibility: parent.parentalResponsibility,
        livesWith: parent.livesWith,
        contactPriority: parent.contactPriority ?? i + 1,
      };
      const familyKey = parent.familyKey?.trim() || undefined;
      const key = familyKey === undefined ? undefined : `${familyKey}\u0000${nameKey(parent.forename, parent.surname)}`;
      const shared = key === undefined ? undefined : byFamily.get(key);
      if (shared && !shared.links.some((l) => l.pupilId === pupilId)) {
        shared.links.push(link);
        shared.details = { ...shared.details, ...withoutUndefined(parent) };
        return;
      }
      const slot: ParentSlot = { details: parent, links: [link] };
      slots.push(slot);
      if (key !== undefined && !shared) byFamily.set(key, slot);
    });
  }
  return slots;
}

function withoutUndefined(parent: ParentInput): Partial<ParentInput> {
  return Object.fromEntries(Object.entries(parent).filter(([, v]) => v !== undefined)) as Partial<ParentInput>;
}

async function replaceSocialWorkers(
  tx: EntityManager,
  laCode: string,
  pupils: readonly PupilInput[],
  pupilIds: ReadonlyMap<string, string>,
): Promise<void> {
  const rows = pupils.flatMap((p) =>
    p.socialWorker === undefined
      ? []
      : [
          {
            pupil_id: pupilIds.get(normaliseUpn(p.upn)),
            starts_on: p.socialWorker.startsOn,
            name: p.socialWorker.name.trim(),
            email: p.socialWorker.email?.trim() || null,
            phone: p.socialWorker.phone?.trim() || null,
            team: p.socialWorker.team?.trim() || null,
          },
        ],
  );
  if (rows.length === 0) return;
  // The given worker is the current one: an earlier open assignment ends the day before; a later one is superseded.
  await tx.query(
    `WITH input AS (
       SELECT * FROM jsonb_to_recordset($2::jsonb)
         AS t(pupil_id bigint, starts_on date, name text, email text, phone text, team text)
     ), ended AS (
       UPDATE social_worker_assignment s SET ends_on = i.starts_on - 1
         FROM input i
        WHERE s.la_code = $1 AND s.pupil_id = i.pupil_id AND s.starts_on < i.starts_on
          AND (s.ends_on IS NULL OR s.ends_on >= i.starts_on)
       RETURNING 1
     ), superseded AS (
       DELETE FROM social_worker_assignment s USING input i
        WHERE s.la_code = $1 AND s.pupil_id = i.pupil_id AND s.starts_on > i.starts_on
       RETURNING 1
     ), written AS (
       INSERT INTO social_worker_assignment (la_code, pupil_id, starts_on, ends_on, name, email, phone, team)
       SELECT $1, pupil_id, starts_on, NULL, name, email, phone, team FROM input
       ON CONFLICT (la_code, pupil_id, starts_on) DO UPDATE SET
         ends_on = NULL, name = EXCLUDED.name, email = EXCLUDED.email, phone = EXCLUDED.phone, team = EXCLUDED.team
       RETURNING 1
     )
     SELECT (SELECT count(*) FROM ended) AS ended, (SELECT count(*) FROM superseded) AS superseded,
            (SELECT count(*) FROM written) AS written`,
    [laCode, JSON.stringify(rows)],
  );
}
