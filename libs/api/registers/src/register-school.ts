import { Refusal, Scope } from '@rollcall/api-core';
import { ClockTime, Session } from '@rollcall/rules';
import { EntityManager } from 'typeorm';

/** A school as its register needs it: its tenant, name and the times its registers open and close. */
export interface RegisterSchool {
  readonly urn: number;
  readonly laCode: string;
  readonly name: string;
  readonly opens: Readonly<Record<Session, ClockTime>>;
  readonly closes: Readonly<Record<Session, ClockTime>>;
}

interface SchoolRow {
  urn: number;
  la_code: string;
  name: string;
  am_opens: string;
  am_closes: string;
  pm_opens: string;
  pm_closes: string;
}

/** Checks a URN as sent (a 6-digit number), naming the field to fix. */
export function checkUrn(urn: number, field = 'urn'): void {
  if (!Number.isInteger(urn) || urn < 100000 || urn > 999999) {
    throw new Refusal('INVALID_URN', `A URN is the school’s 6-digit Unique Reference Number (got ${urn}).`, { field });
  }
}

/** The school with this URN (reference data: every caller may look it up), or a refusal naming it. */
export async function registerSchool(tx: EntityManager, urn: number): Promise<RegisterSchool> {
  checkUrn(urn);
  const rows = (await tx.query(
    `SELECT urn, la_code, name, to_char(register_opens, 'HH24:MI') AS am_opens, to_char(register_closes, 'HH24:MI') AS am_closes,
            to_char(pm_register_opens, 'HH24:MI') AS pm_opens, to_char(pm_register_closes, 'HH24:MI') AS pm_closes
       FROM school WHERE urn = $1`,
    [urn],
  )) as SchoolRow[];
  if (rows.length === 0) throw new Refusal('UNKNOWN_SCHOOL', `No school with URN ${urn} is set up in Rollcall.`, { field: 'urn' });
  const r = rows[0];
  return { urn: r.urn, laCode: r.la_code, name: r.name, opens: { AM: r.am_opens, PM: r.pm_opens }, closes: { AM: r.am_closes, PM: r.pm_closes } };
}

/**
 * Who reads a school's registers: its own staff (and its API key), and its LA's officers and admins (and an LA-wide
 * key). A register belongs to its school: the LA where a pupil lives does not read the register of a school elsewhere.
 */
export function mayReadRegister(scope: Scope, school: RegisterSchool): void {
  if (scope.role === 'SYSTEM') return;
  if ((scope.role === 'LA_OFFICER' || scope.role === 'LA_ADMIN') && scope.laCode === school.laCode) return;
  if (scope.role === 'SCHOOL_STAFF' && scope.laCode === school.laCode && scope.urns?.includes(school.urn)) return;
  throw new Refusal(
    'NOT_PERMITTED',
    scope.role === 'SCHOOL_STAFF'
      ? `You can read the registers of your own school only (URN ${(scope.urns ?? []).join(', ')}), not of school ${school.urn}.`
      : `Only school ${school.urn}'s staff and LA ${school.laCode}'s officers can read its registers.`,
    { field: 'urn' },
  );
}

/**
 * Who writes a school's registers: its own staff, and its own MIS (the school's API key with `registers:write`; an
 * LA-wide key cannot hold that scope). The LA reads them but does not take them.
 */
// domain §2 (register rules: the school keeps its attendance register, under the 2024 pupil registration regulations)
export function mayWriteRegister(scope: Scope, school: Pick<RegisterSchool, 'laCode' | 'urn'>): void {
  if (scope.role === 'SYSTEM') return;
  if (scope.role === 'SCHOOL_STAFF' && scope.laCode === school.laCode && scope.urns?.includes(school.urn)) return;
  throw new Refusal(
    'NOT_PERMITTED',
    scope.role === 'SCHOOL_STAFF'
      ? `You can take the registers of your own school only (URN ${(scope.urns ?? []).join(', ')}), not of school ${school.urn}.`
      : `Only school ${school.urn}'s staff, or its own MIS, can take its registers.`,
    { field: 'urn' },
  );
}
