import { AttendanceCode, isAttendanceCode } from '../codes';

/** One entry in a session's register history. `at` is when it was recorded (an ISO timestamp). */
export interface RegisterEntry {
  readonly sequence: number;
  readonly kind: 'ORIGINAL' | 'AMENDMENT';
  readonly code: AttendanceCode;
  readonly by: string;
  readonly at: string;
  readonly reason?: string;
}

/** Every entry ever made for one pupil's session, oldest first; the first is the original, the last is current. */
export type MarkHistory = readonly RegisterEntry[];

export interface NewRegisterEntry {
  readonly code: AttendanceCode;
  readonly by: string;
  readonly at: string;
}

export interface Amendment extends NewRegisterEntry {
  readonly reason: string;
}

export type AmendMarkRefusal =
  | 'NO_ORIGINAL_ENTRY'
  | 'REASON_REQUIRED'
  | 'AMENDED_BY_REQUIRED'
  | 'UNKNOWN_CODE'
  | 'CODE_UNCHANGED'
  | 'INVALID_TIMESTAMP'
  | 'RECORDED_BEFORE_PREVIOUS_ENTRY';

export type AmendMarkResult =
  | { readonly allowed: true; readonly history: MarkHistory }
  | { readonly allowed: false; readonly reason: AmendMarkRefusal; readonly detail?: { readonly currentCode?: AttendanceCode; readonly previousAt?: string } };

/** The first entry made for the session. */
export function originalEntry(history: MarkHistory): RegisterEntry | undefined {
  return history[0];
}

/** The entry in force now. */
export function currentEntry(history: MarkHistory): RegisterEntry | undefined {
  return history[history.length - 1];
}

// domain §2: a session's first register entry starts its history
export function startMarkHistory(entry: NewRegisterEntry): MarkHistory {
  return Object.freeze([Object.freeze({ sequence: 1, kind: 'ORIGINAL' as const, code: entry.code, by: entry.by, at: entry.at })]);
}

// domain §2 (original and amended entries identifiable — exact 2024 wording UNCONFIRMED): an amendment adds an entry with its reason; nothing is overwritten
export function amendMark(history: MarkHistory, amendment: Amendment): AmendMarkResult {
  const current = currentEntry(history);
  if (!current) return { allowed: false, reason: 'NO_ORIGINAL_ENTRY' };
  if (!amendment.reason.trim()) return { allowed: false, reason: 'REASON_REQUIRED' };
  if (!amendment.by.trim()) return { allowed: false, reason: 'AMENDED_BY_REQUIRED' };
  if (!isAttendanceCode(amendment.code)) return { allowed: false, reason: 'UNKNOWN_CODE' };
  if (amendment.code === current.code) return { allowed: false, reason: 'CODE_UNCHANGED', detail: { currentCode: current.code } };
  const at = Date.parse(amendment.at);
  if (Number.isNaN(at)) return { allowed: false, reason: 'INVALID_TIMESTAMP' };
  if (at < Date.parse(current.at)) return { allowed: false, reason: 'RECORDED_BEFORE_PREVIOUS_ENTRY', detail: { previousAt: current.at } };
  const entry: RegisterEntry = Object.freeze({
    sequence: current.sequence + 1,
    kind: 'AMENDMENT',
    code: amendment.code,
    by: amendment.by.trim(),
    at: amendment.at,
    reason: amendment.reason.trim(),
  });
  return { allowed: true, history: Object.freeze([...history, entry]) };
}
