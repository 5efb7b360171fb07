import { Refusal } from '@rollcall/api-core';
import { InterventionSchoolType, LocalDate, ParentBasis } from '@rollcall/rules';
import { EntityManager } from 'typeorm';
import type { SchoolType } from '@rollcall/db';
import { interventionSchoolTypeOf } from './intervention-school-type-of';

export interface PupilFacts {
  readonly id: string;
  readonly dateOfBirth: LocalDate;
  /** The LA the child lives in. */
  readonly homeLaCode: string;
  readonly fullName: string;
}

export interface SchoolFacts {
  readonly urn: number;
  readonly laCode: string;
  readonly type: SchoolType;
  readonly interventionSchoolType: InterventionSchoolType;
}

export interface EnrolmentFacts {
  readonly urn: number;
  readonly admittedOn: LocalDate;
  readonly leftOn: LocalDate | null;
}

export async function pupilFacts(tx: EntityManager, laCode: string, pupilId: string): Promise<PupilFacts> {
  if (!/^\d{1,19}$/.test(pupilId)) throw new Refusal('UNKNOWN_PUPIL', `"${pupilId}" is not a pupil id.`, { pupilId });
  const rows = (await tx.query(
    `SELECT id::text AS id, date_of_birth, home_la_code, forename, surname FROM pupil WHERE la_code = $1 AND id = $2`,
    [laCode, pupilId],
  )) as { id: string; date_of_birth: LocalDate; home_la_code: string; forename: string; surname: string }[];
  if (rows.length === 0) throw new Refusal('UNKNOWN_PUPIL', `LA ${laCode} holds no pupil with id ${pupilId}.`, { laCode, pupilId });
  const r = rows[0];
  return { id: r.id, dateOfBirth: r.date_of_birth, homeLaCode: r.home_la_code, fullName: `${r.forename} ${r.surname}` };
}

export async function schoolFacts(tx: EntityManager, laCode: string, urn: number): Promise<SchoolFacts> {
  const rows = (await tx.query(`SELECT urn, la_code, type FROM school WHERE urn = $1`, [urn])) as { urn: number; la_code: string; type: SchoolType }[];
  if (rows.length === 0) throw new Refusal('UNKNOWN_SCHOOL', `No school with URN ${urn} is set up in Rollcall.`, { urn });
  if (rows[0].la_code !== laCode) {
    throw new Refusal('SCHOOL_IN_ANOTHER_LA', `School ${urn} is in LA ${rows[0].la_code}, not LA ${laCode}.`, { urn, laCode: rows[0].la_code });
  }
  return { urn, laCode, type: rows[0].type, interventionSchoolType: interventionSchoolTypeOf(rows[0].type) };
}

export async function enrolmentsOf(tx: EntityManager, laCode: string, pupilId: string): Promise<EnrolmentFacts[]> {
  const rows = (await tx.query(
    `SELECT urn, admitted_on, left_on FROM enrolment WHERE la_code = $1 AND pupil_id = $2 ORDER BY admitted_on`,
    [laCode, pupilId],
  )) as { urn: number; admitted_on: LocalDate; left_on: LocalDate | null }[];
  return rows.map((r) => ({ urn: r.urn, admittedOn: r.admitted_on, leftOn: r.left_on }));
}

/** Refuses unless the pupil was on the school's roll on the date. */
export async function requireOnRoll(tx: EntityManager, laCode: string, pupilId: string, urn: number, on: LocalDate): Promise<void> {
  const onRoll = (await enrolmentsOf(tx, laCode, pupilId)).some((e) => e.urn === urn && e.admittedOn <= on && (e.leftOn === null || e.leftOn >= on));
  if (!onRoll) throw new Refusal('PUPIL_NOT_ON_ROLL', `Pupil ${pupilId} was not on the roll of school ${urn} on ${on}.`, { pupilId, urn, on });
}

const NATURAL_PARENTS = ['MOTHER', 'FATHER', 'PARENT'];

/**
 * On what basis the person is the child's "parent" under EA 1996 s576, from the recorded link: parental
 * responsibility, a natural parent, or day-to-day care (lives with the child); NONE when not linked. Locks the link
 * so two notices to the same parent for the same child are decided one after the other.
 */
export async function parentBasis(tx: EntityManager, laCode: string, pupilId: string, parentId: string): Promise<ParentBasis> {
  if (!/^\d{1,19}$/.test(parentId)) throw new Refusal('UNKNOWN_PARENT', `"${parentId}" is not a parent id.`, { parentId });
  const rows = (await tx.query(
    `SELECT relationship, parental_responsibility, lives_with FROM pupil_parent
      WHERE la_code = $1 AND pupil_id = $2 AND parent_id = $3 FOR UPDATE`,
    [laCode, pupilId, parentId],
  )) as { relationship: string; parental_responsibility: boolean; lives_with: boolean }[];
  if (rows.length === 0) {
    const known = (await tx.query(`SELECT 1 FROM parent WHERE la_code = $1 AND id = $2`, [laCode, parentId])) as unknown[];
    if (known.length === 0) throw new Refusal('UNKNOWN_PARENT', `LA ${laCode} holds no parent with id ${parentId}.`, { laCode, parentId });
    return 'NONE';
  }
  const link = rows[0];
  if (link.parental_responsibility) return 'PARENTAL_RESPONSIBILITY';
  if (NATURAL_PARENTS.includes(link.relationship.trim().toUpperCase())) return 'NATURAL_PARENT';
  return link.lives_with ? 'DAY_TO_DAY_CARE' : 'NONE';
}

/** Whether the child is looked after (in the care of a local authority) on the date. */
export async function isLookedAfter(tx: EntityManager, laCode: string, pupilId: string, on: LocalDate): Promise<boolean> {
  const rows = (await tx.query(
    `SELECT 1 FROM pupil_characteristic
      WHERE la_code = $1 AND pupil_id = $2 AND characteristic = 'LOOKED_AFTER' AND starts_on <= $3 AND (ends_on IS NULL OR ends_on >= $3)`,
    [laCode, pupilId, on],
  )) as unknown[];
  return rows.length > 0;
}
