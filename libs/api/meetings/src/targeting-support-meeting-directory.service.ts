import { Page, PageRequest, RecordKey, RecordRows, Scope, SqlParams, keysetItem, keysetPage, newestFirstList, rowsOfRecords, schoolRecordVisibleTo } from '@rollcall/api-core';
import { DataSource } from 'typeorm';
import { TargetingSupportMeetingAction, Term } from './targeting-support-meeting-record';
import {
  MEETING_ACTION_COLUMNS,
  MEETING_COLUMNS,
  MeetingActionRow as ActionRow,
  MeetingRow,
  TargetingSupportMeetingSummary,
  toMeetingAction,
  toMeetingSummary,
} from './targeting-support-meeting-row';

export type { TargetingSupportMeetingSummary } from './targeting-support-meeting-row';

/** An agreed action, with the meeting's tenant (for the pupil it names). */
export interface MeetingActionRow extends TargetingSupportMeetingAction {
  readonly laCode: string;
}

export interface TargetingSupportMeetingFilter {
  readonly urn?: number;
  /** 2025 for 2025/26. */
  readonly academicYear?: number;
  readonly term?: Term;
  /** True: recorded as held; false: still to be held. */
  readonly held?: boolean;
}


const MEETING_ACTIONS: RecordRows<ActionRow, MeetingActionRow> = {
  select: MEETING_ACTION_COLUMNS,
  from: 'targeting_support_meeting_action a',
  belongsTo: { laCode: 'a.la_code', id: 'a.meeting_id' },
  orderBy: 'a.id',
  toItem: (r) => ({ laCode: r.la_code, ...toMeetingAction(r) }),
};

/** Meetings latest first. */
const MEETING_LIST = newestFirstList<MeetingRow, TargetingSupportMeetingSummary>('targeting_support_meeting m', 'scheduled_for', MEETING_COLUMNS, toMeetingSummary);

/** Reading Targeting Support Meetings as the caller may see them, latest first, with their actions a page at a time. */
export class TargetingSupportMeetingDirectory {
  constructor(private readonly dataSource: DataSource) {}

  async list(scope: Scope, filter: TargetingSupportMeetingFilter, page: PageRequest): Promise<Page<TargetingSupportMeetingSummary>> {
    const sql = new SqlParams();
    // domain §12: a Targeting Support Meeting is between the LA and one school.
    const conditions = [schoolRecordVisibleTo(scope, { laCode: 'm.la_code', urn: 'm.urn' }, sql)];
    if (filter.urn !== undefined) conditions.push(`m.urn = ${sql.add(filter.urn)}::int`);
    if (filter.academicYear !== undefined) conditions.push(`m.academic_year = ${sql.add(filter.academicYear)}::int`);
    if (filter.term !== undefined) conditions.push(`m.term = ${sql.add(filter.term)}`);
    if (filter.held !== undefined) conditions.push(filter.held ? 'm.held_on IS NOT NULL' : 'm.held_on IS NULL');
    return keysetPage(this.dataSource, scope, MEETING_LIST, conditions.join(' AND '), sql, page);
  }

  byId(scope: Scope, laCode: string, id: string): Promise<TargetingSupportMeetingSummary | undefined> {
    return keysetItem(this.dataSource, scope, MEETING_LIST, { laCode, id }, (sql) => schoolRecordVisibleTo(scope, { laCode: 'm.la_code', urn: 'm.urn' }, sql));
  }

  /** The actions agreed at each meeting, oldest first (a DataLoader batch). */
  actionsFor(scope: Scope, meetings: readonly RecordKey[]): Promise<MeetingActionRow[][]> {
    return rowsOfRecords(this.dataSource, scope, MEETING_ACTIONS, meetings);
  }
}
