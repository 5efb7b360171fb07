import { Refusal, Scope, inTransaction } from '@rollcall/api-core';
import {
  ClosureInput,
  HalfTermDates,
  SchoolYearDates,
  buildSchoolCalendar,
  validateRegisterTimetable,
} from '@rollcall/rules';
import { DataSource, EntityManager } from 'typeorm';
import { PupilInput, UpsertedPupil } from './pupil-input';
import { LocalAuthorityInput, SCHOOL_PHASES, SCHOOL_TYPES, SchoolCalendarInput, SchoolInput } from './school-input';
import { upsertPupilsInTransaction } from './upsert-pupils-in-transaction';

const CLOSURE_KINDS = ['INSET', 'PLANNED_CLOSURE', 'UNPLANNED_CLOSURE'];
const CLOSURE_SESSIONS = ['AM', 'PM', 'BOTH'];

interface SchoolRow {
  la_code: string;
  postcode: string | null;
  named_la_officer: string | null;
  senior_attendance_champion: string | null;
  register_opens: string;
  register_closes: string;
  pm_register_opens: string;
  pm_register_closes: string;
}

/** The roster: local authorities, schools with their calendars, and pupils with their enrolments. */
export class RosterService {
  constructor(private readonly dataSource: DataSource) {}

  async upsertLocalAuthority(scope: Scope, input: LocalAuthorityInput): Promise<void> {
    if (!/^\d{3}$/.test(input.laCode ?? '')) {
      throw new Refusal('INVALID_LOCAL_AUTHORITY', `LA code "${input.laCode}" must be the 3-digit DfE code`, { field: 'laCode' });
    }
    if (!input.name?.trim()) throw new Refusal('INVALID_LOCAL_AUTHORITY', 'The local authority needs a name', { field: 'name' });
    mayAdministerLa(scope, input.laCode);
    await inTransaction(this.dataSource, scope, (tx) =>
      tx.query(
        `INSERT INTO local_authority (la_code, name) VALUES ($1, $2) ON CONFLICT (la_code) DO UPDATE SET name = EXCLUDED.name`,
        [input.laCode, input.name.trim()],
      ),
    );
  }

  /** Creates or updates a school; optional fields left out keep what is held, and a calendar given replaces the school's. */
  async upsertSchool(scope: Scope, input: SchoolInput): Promise<void> {
    checkSchoolInput(input);
    mayAdministerSchool(scope, input.laCode, input.urn);
    await inTransaction(this.dataSource, scope, async (tx) => {
      const las = (await tx.query(`SELECT 1 FROM local_authority WHERE la_code = $1`, [input.laCode])) as unknown[];
      if (las.length === 0) {
        throw new Refusal('UNKNOWN_LOCAL_AUTHORITY', `Local authority ${input.laCode} is not set up in Rollcall; add it first.`, {
          laCode: input.laCode,
        });
      }
      const held = (
        (await tx.query(
          `SELECT la_code, postcode, named_la_officer, senior_attendance_champion,
                  to_char(register_opens, 'HH24:MI') AS register_opens, to_char(register_closes, 'HH24:MI') AS register_closes,
                  to_char(pm_register_opens, 'HH24:MI') AS pm_register_opens,
                  to_char(pm_register_closes, 'HH24:MI') AS pm_register_closes
             FROM school WHERE urn = $1 FOR UPDATE`,
          [input.urn],
        )) as SchoolRow[]
      )[0];
      if (held && held.la_code !== input.laCode) {
        throw new Refusal(
          'SCHOOL_IN_ANOTHER_LA',
          `School ${input.urn} is held by LA ${held.la_code}; a school cannot move to LA ${input.laCode} by an update.`,
          { urn: input.urn, laCode: held.la_code },
        );
      }
      const clash = (await tx.query(`SELECT urn FROM school WHERE laestab = $1 AND urn <> $2`, [input.laestab, input.urn])) as {
        urn: number;
      }[];
      if (clash.length > 0) {
        throw new Refusal('LAESTAB_IN_USE', `LAESTAB ${input.laestab} already belongs to school ${clash[0].urn}.`, {
          laestab: input.laestab,
          urn: clash[0].urn,
        });
      }
      const times = {
        registerOpens: input.registerOpens ?? held?.register_opens ?? '08:45',
        registerCloses: input.registerCloses ?? held?.register_closes ?? '09:15',
        pmRegisterOpens: input.pmRegisterOpens ?? held?.pm_register_opens ?? '13:15',
        pmRegisterCloses: input.pmRegisterCloses ?? held?.pm_register_closes ?? '13:45',
      };
      checkRegisterTimes(times);
      await tx.query(
        `INSERT INTO school AS s (urn, la_code, laestab, name, type, phase, postcode, named_la_officer,
                                  senior_attendance_champion, register_opens, register_closes, pm_register_opens,
                                  pm_register_closes)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
         ON CONFLICT (urn) DO UPDATE SET
           laestab = EXCLUDED.laestab, name = EXCLUDED.name, type = EXCLUDED.type, phase = EXCLUDED.phase,
           postcode = EXCLUDED.postcode, named_la_officer = EXCLUDED.named_la_officer,
           senior_attendance_champion = EXCLUDED.senior_attendance_champion, register_opens = EXCLUDED.register_opens,
           register_closes = EXCLUDED.register_closes, pm_register_opens = EXCLUDED.pm_register_opens,
           pm_register_closes = EXCLUDED.pm_register_closes`,
        [
          input.urn,
          input.laCode,
          input.laestab,
          input.name.trim(),
          input.type,
          input.phase,
          input.postcode === undefined ? (held?.postcode ?? null) : input.postcode.trim().toUpperCase() || null,
          input.namedLaOfficer === undefined ? (held?.named_la_officer ?? null) : input.namedLaOfficer.trim() || null,
          input.seniorAttendanceChampion === undefined
            ? (held?.senior_attendance_champion ?? null)
            : input.seniorAttendanceChampion.trim() || null,
          times.registerOpens,
          times.registerCloses,
          times.pmRegisterOpens,
          times.pmRegisterCloses,
        ],
      );
      if (input.calendar) await replaceCalendar(tx, input.urn, input.calendar);
    });
  }

  /** Writes a school's pupils in one transaction (see `upsertPupilsInTransaction`); the map is keyed by UPN. */
  async upsertPupils(
    scope: Scope,
    laCode: string,
    urn: number,
    pupils: readonly PupilInput[],
  ): Promise<Map<string, UpsertedPupil>> {
    mayWriteRoll(scope, laCode, urn);
    return inTransaction(this.dataSource, scope, (tx) => upsertPupilsInTransaction(tx, laCode, urn, pupils));
  }
}

function notPermitted(message: string): Refusal {
  return new Refusal('NOT_PERMITTED', message);
}

function mayAdministerLa(scope: Scope, laCode: string): void {
  if (scope.role === 'SYSTEM' || (scope.role === 'LA_ADMIN' && scope.laCode === laCode)) return;
  throw notPermitted(`Only an administrator of LA ${laCode} can change its details.`);
}

function mayAdministerSchool(scope: Scope, laCode: string, urn: number): void {
  if (scope.role === 'SYSTEM' || (scope.role === 'LA_ADMIN' && scope.laCode === laCode)) return;
  if (scope.role === 'SCHOOL_STAFF' && scope.laCode === laCode && scope.urns?.includes(urn)) return;
  throw notPermitted(`Only LA ${laCode}'s administrators or the school's own staff can change school ${urn}.`);
}

function mayWriteRoll(scope: Scope, laCode: string, urn: number): void {
  if (scope.role === 'SYSTEM') return;
  if ((scope.role === 'LA_ADMIN' || scope.role === 'LA_OFFICER') && scope.laCode === laCode) return;
  if (scope.role === 'SCHOOL_STAFF' && scope.laCode === laCode && scope.urns?.includes(urn)) return;
  throw notPermitted(`Only school ${urn}'s staff or LA ${laCode}'s officers can change its pupils.`);
}

function invalidSchool(field: string, message: string): Refusal {
  return new Refusal('INVALID_SCHOOL', message, { field });
}

function checkSchoolInput(input: SchoolInput): void {
  if (!Number.isInteger(input.urn) || input.urn < 100000 || input.urn > 999999) {
    throw invalidSchool('urn', `URN ${input.urn} must be a 6-digit number`);
  }
  if (!/^\d{3}$/.test(input.laCode ?? '')) throw invalidSchool('laCode', `LA code "${input.laCode}" must be the 3-digit DfE code`);
  // DfE Get Information about Schools: LAESTAB is the 3-digit LA code followed by the 4-digit establishment number
  if (!Number.isInteger(input.laestab) || Math.floor(input.laestab / 10000) !== Number(input.laCode) || input.laestab < 1000000) {
    throw invalidSchool('laestab', `LAESTAB ${input.laestab} must be LA code ${input.laCode} followed by a 4-digit establishment number`);
  }
  if (!input.name?.trim()) throw invalidSchool('name', 'The school needs a name');
  if (!SCHOOL_TYPES.includes(input.type)) throw invalidSchool('type', `Type must be one of ${SCHOOL_TYPES.join(', ')}`);
  if (!SCHOOL_PHASES.includes(input.phase)) throw invalidSchool('phase', `Phase must be one of ${SCHOOL_PHASES.join(', ')}`);
}

const REGISTER_TIME_MESSAGES: Record<string, string> = {
  INVALID_TIME: 'Register times must be times of day in the form HH:MM',
  CLOSES_BEFORE_SESSION_STARTS: 'The register closes before the session starts',
  OPEN_LONGER_THAN_ALLOWED: 'The register stays open longer than allowed after the session starts',
  OPEN_PERIOD_DIFFERS_BETWEEN_SESSIONS: 'The register must stay open for the same time in the morning and afternoon',
};

function checkRegisterTimes(times: { registerOpens: string; registerCloses: string; pmRegisterOpens: string; pmRegisterCloses: string }): void {
  const check = validateRegisterTimetable({
    AM: { sessionStart: times.registerOpens, registerClosesAt: times.registerCloses },
    PM: { sessionStart: times.pmRegisterOpens, registerClosesAt: times.pmRegisterCloses },
  });
  if (!check.allowed) {
    const session = check.detail?.session ? ` (${check.detail.session})` : '';
    const limit = check.reason === 'OPEN_LONGER_THAN_ALLOWED' ? ` (${check.detail?.maxRegisterOpenMinutes} minutes)` : '';
    throw new Refusal('INVALID_REGISTER_TIMES', `${REGISTER_TIME_MESSAGES[check.reason]}${limit}${session}.`, {
      reason: check.reason,
      ...check.detail,
      ...times,
    });
  }
}

function invalidCalendar(message: string): Refusal {
  return new Refusal('INVALID_CALENDAR', message);
}

async function replaceCalendar(tx: EntityManager, urn: number, calendar: SchoolCalendarInput): Promise<void> {
  const byYear = new Map<number, HalfTermDates[]>();
  for (const h of calendar.halfTerms) {
    if (!Number.isInteger(h.academicYear)) throw invalidCalendar(`Academic year "${h.academicYear}" must be a year such as 2025`);
    byYear.set(h.academicYear, [...(byYear.get(h.academicYear) ?? []), { name: h.name, start: h.startsOn, end: h.endsOn }]);
  }
  const seen = new Set<string>();
  const closures: ClosureInput[] = calendar.closures.map((c) => {
    if (!CLOSURE_KINDS.includes(c.kind)) throw invalidCalendar(`Closure kind must be one of ${CLOSURE_KINDS.join(', ')}`);
    if (!CLOSURE_SESSIONS.includes(c.sessions)) throw invalidCalendar(`Closure sessions must be one of ${CLOSURE_SESSIONS.join(', ')}`);
    const key = `${c.startsOn}/${c.kind}`;
    if (seen.has(key)) throw invalidCalendar(`Two ${c.kind} closures start on ${c.startsOn}`);
    seen.add(key);
    return { start: c.startsOn, end: c.endsOn, kind: c.kind, sessions: c.sessions, description: c.description };
  });
  const years: SchoolYearDates[] = [...byYear].map(([academicYear, halfTerms]) => ({ academicYear, halfTerms }));
  try {
    // domain §14: half terms inside their school year, in order, not overlapping; closures with sensible dates
    buildSchoolCalendar([...years, { academicYear: years[0]?.academicYear ?? 0, halfTerms: [], closures }]);
  } catch (e) {
    if (e instanceof RangeError) throw invalidCalendar(`The calendar for school ${urn} cannot be used: ${e.message}`);
    throw e;
  }
  await tx.query(`WITH removed AS (DELETE FROM school_half_term WHERE urn = $1 RETURNING 1) SELECT count(*) FROM removed`, [urn]);
  await tx.query(`WITH removed AS (DELETE FROM school_closure WHERE urn = $1 RETURNING 1) SELECT count(*) FROM removed`, [urn]);
  await tx.query(
    `INSERT INTO school_half_term (urn, academic_year, name, starts_on, ends_on)
     SELECT $1, academic_year, name, starts_on, ends_on
       FROM jsonb_to_recordset($2::jsonb) AS t(academic_year smallint, name text, starts_on date, ends_on date)`,
    [urn, JSON.stringify(calendar.halfTerms.map((h) => ({ academic_year: h.academicYear, name: h.name, starts_on: h.startsOn, ends_on: h.endsOn })))],
  );
  await tx.query(
    `INSERT INTO school_closure (urn, starts_on, ends_on, kind, sessions, description)
     SELECT $1, starts_on, ends_on, kind, sessions, description
       FROM jsonb_to_recordset($2::jsonb) AS t(starts_on date, ends_on date, kind text, sessions text, description text)`,
    [
      urn,
      JSON.stringify(
        calendar.closures.map((c) => ({
          starts_on: c.startsOn,
          ends_on: c.endsOn,
          kind: c.kind,
          sessions: c.sessions,
          description: c.description ?? null,
        })),
      ),
    ],
  );
}
