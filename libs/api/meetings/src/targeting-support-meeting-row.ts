import type { LocalDate } from '@rollcall/rules';
import type { MeetingActionStatus, TargetingSupportMeetingAction, TargetingSupportMeetingRecord, Term } from './targeting-support-meeting-record';

/** A meeting without its actions (a page of meetings loads them in one statement). */
export type TargetingSupportMeetingSummary = Omit<TargetingSupportMeetingRecord, 'actions'>;

/** A meeting's own columns, from `targeting_support_meeting m`. */
export const MEETING_COLUMNS = `m.la_code, m.id::text AS id, m.urn, m.academic_year, m.term, m.scheduled_for, m.held_on, m.attendees, m.minutes`;

export interface MeetingRow {
  la_code: string;
  id: string;
  urn: number;
  academic_year: number;
  term: Term;
  scheduled_for: LocalDate;
  held_on: LocalDate | null;
  attendees: string | null;
  minutes: string | null;
}

export function toMeetingSummary(m: MeetingRow): TargetingSupportMeetingSummary {
  return {
    laCode: m.la_code,
    id: m.id,
    urn: m.urn,
    academicYear: m.academic_year,
    term: m.term,
    scheduledFor: m.scheduled_for,
    heldOn: m.held_on,
    attendees: m.attendees ? m.attendees.split('\n') : [],
    minutes: m.minutes,
  };
}

/** An action's columns, from `targeting_support_meeting_action a`, with the meeting it belongs to. */
export const MEETING_ACTION_COLUMNS = `a.la_code, a.meeting_id::text AS meeting_id, a.id::text AS id, a.pupil_id::text AS pupil_id, a.description, a.owner,
  a.due_on, a.status`;

export interface MeetingActionRow {
  la_code: string;
  meeting_id: string;
  id: string;
  pupil_id: string | null;
  description: string;
  owner: string;
  due_on: LocalDate | null;
  status: MeetingActionStatus;
}

export function toMeetingAction(a: MeetingActionRow): TargetingSupportMeetingAction {
  return { id: a.id, pupilId: a.pupil_id, description: a.description, owner: a.owner, dueOn: a.due_on, status: a.status };
}
