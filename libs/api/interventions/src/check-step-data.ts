import { Refusal } from '@rollcall/api-core';
import { isLocalDate } from '@rollcall/rules';

type FieldType = 'string' | 'text' | 'date' | 'boolean' | 'integer' | 'array' | 'object';
type Field = FieldType | `${FieldType}?`;

/** What each action's `data` must carry (the rules library's event fields the caller supplies). */
const FIELDS: Readonly<Record<string, Readonly<Record<string, Field>>>> = {
  'PENALTY_NOTICE:RECORD_PAYMENT': { amountPence: 'integer', reference: 'string?' },
  'PENALTY_NOTICE:WITHDRAW': { ground: 'string' },
  'ATTENDANCE_CONTRACT:AGREE': { signatures: 'array', endsOn: 'date?' },
  'ATTENDANCE_CONTRACT:RECORD_NON_COMPLIANCE': { note: 'string' },
  'ATTENDANCE_CONTRACT:ESCALATE': { to: 'string' },
  'EDUCATION_SUPERVISION_ORDER:DECIDE_NOT_TO_APPLY': { reason: 'text' },
  'EDUCATION_SUPERVISION_ORDER:APPLY': { childrenServicesConsulted: 'boolean', ground: 'string?', bothAgreeSchoolLa: 'boolean?' },
  'EDUCATION_SUPERVISION_ORDER:EXTEND': { extendedTo: 'date' },
  'PROSECUTION:LAY_INFORMATION': { evidence: 'array', penaltyNoticeId: 'string?' },
  'PROSECUTION:RESPOND_TO_ESO_DIRECTION': { kind: 'string' },
  'PROSECUTION:RECORD_VERDICT': { verdict: 'string', sentence: 'array?' },
  'PARENTING_ORDER:MAKE': { terms: 'object' },
  'SCHOOL_ATTENDANCE_ORDER:SERVE_NOTICE_TO_SATISFY': { periodDays: 'integer' },
  'SCHOOL_ATTENDANCE_ORDER:SERVE_NOTICE_OF_INTENTION': { intendedSchool: 'string', alternatives: 'array' },
  'SCHOOL_ATTENDANCE_ORDER:SERVE_ORDER': { namedSchool: 'string', expedientToAttendSchool: 'boolean', parentSelection: 'object?' },
  'SCHOOL_ATTENDANCE_ORDER:AMEND': { namedSchool: 'string' },
  'SCHOOL_ATTENDANCE_ORDER:REVOKE': { ground: 'string' },
};

function fits(value: unknown, type: FieldType): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string' && value.trim() !== '';
    case 'text':
      return typeof value === 'string';
    case 'date':
      return typeof value === 'string' && isLocalDate(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'integer':
      return Number.isInteger(value);
    case 'array':
      return Array.isArray(value);
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
  }
}

/** Refuses (`INVALID_STEP_DATA`, naming the field) when an action's data is missing something the rules need. */
export function checkStepData(kind: string, action: string, data: unknown): Readonly<Record<string, unknown>> {
  const given = (data ?? {}) as Record<string, unknown>;
  if (typeof given !== 'object' || Array.isArray(given)) {
    throw new Refusal('INVALID_STEP_DATA', `The details for ${action} must be an object.`, { field: 'data' });
  }
  for (const [field, spec] of Object.entries(FIELDS[`${kind}:${action}`] ?? {})) {
    const optional = spec.endsWith('?');
    const type = spec.replace('?', '') as FieldType;
    const value = given[field];
    if (value === undefined && optional) continue;
    if (!fits(value, type)) {
      throw new Refusal('INVALID_STEP_DATA', `${action} needs ${field} (${type === 'text' ? 'string' : type}).`, { field: `data.${field}` });
    }
  }
  return given;
}
