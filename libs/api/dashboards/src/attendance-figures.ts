import { AbsenceThresholds, DEFAULT_ABSENCE_THRESHOLDS, MarkCounts, percentOf, summariseCounts } from '@rollcall/rules';

/** One enrolment's sessions over a period, as the week summaries hold them. */
export interface EnrolmentCounts {
  readonly possible: number;
  readonly present: number;
  readonly approvedEducationalActivity: number;
  readonly authorised: number;
  readonly unauthorised: number;
  readonly notPossible: number;
}

/** `EnrolmentCounts` as SQL reads them from the summaries (`approved_educational_activity AS aea`). */
export interface SessionTotalsRow {
  possible: number;
  present: number;
  aea: number;
  authorised: number;
  unauthorised: number;
  not_possible: number;
}

/** No session at all (an enrolment with no summary for the period). */
export const NO_SESSIONS: EnrolmentCounts = { possible: 0, present: 0, approvedEducationalActivity: 0, authorised: 0, unauthorised: 0, notPossible: 0 };

/** A row's totals as `EnrolmentCounts`. */
export function enrolmentCountsOf(row: SessionTotalsRow): EnrolmentCounts {
  return {
    possible: row.possible,
    present: row.present,
    approvedEducationalActivity: row.aea,
    authorised: row.authorised,
    unauthorised: row.unauthorised,
    notPossible: row.not_possible,
  };
}

/** The headline measures of a group of enrolments (domain §4, §17.3). */
export interface AttendanceFigures {
  /** Enrolments with at least one possible session (a pupil who moved school counts once per school). */
  readonly enrolments: number;
  readonly possibleSessions: number;
  /** Present + approved educational activity. */
  readonly attendedSessions: number;
  readonly authorisedAbsenceSessions: number;
  readonly unauthorisedAbsenceSessions: number;
  readonly overallAbsenceSessions: number;
  /** Percentages of possible sessions; null with none. */
  readonly attendanceRate: number | null;
  readonly overallAbsenceRate: number | null;
  readonly authorisedAbsenceRate: number | null;
  readonly unauthorisedAbsenceRate: number | null;
  /** Enrolments missing 10 % or more of their own possible sessions. */
  readonly persistentlyAbsent: number;
  /** As a percentage of enrolments. */
  readonly persistentAbsenceRate: number | null;
  /** Enrolments missing 50 % or more of their own possible sessions (also counted as persistently absent). */
  readonly severelyAbsent: number;
  readonly severeAbsenceRate: number | null;
}

/** A group's figures already added up (by the database): enrolments judged one by one, sessions pooled. */
export interface GroupTotals {
  readonly enrolments: number;
  readonly possible: number;
  /** Present + approved educational activity. */
  readonly attended: number;
  readonly authorised: number;
  readonly unauthorised: number;
  readonly persistentlyAbsent: number;
  readonly severelyAbsent: number;
}

/** The counts the rules library measures, from a summary's totals (no per-code detail is needed for the measures). */
export function markCountsOf(c: EnrolmentCounts): MarkCounts {
  return {
    present: c.present,
    approvedEducationalActivity: c.approvedEducationalActivity,
    authorisedAbsence: c.authorised,
    unauthorisedAbsence: c.unauthorised,
    notPossible: c.notPossible,
    byCategory: {
      PRESENT: c.present,
      APPROVED_EDUCATIONAL_ACTIVITY: c.approvedEducationalActivity,
      AUTHORISED_ABSENCE: c.authorised,
      UNAUTHORISED_ABSENCE: c.unauthorised,
      NOT_POSSIBLE: c.notPossible,
    },
    byCode: {},
  };
}

/**
 * Adds enrolments up into the headline measures: sessions pooled, persistent and severe absence judged per enrolment on
 * its own possible sessions by the rules library (`summariseCounts`). Enrolments with no possible session are left out.
 */
export class FiguresTally {
  private enrolments = 0;
  private possible = 0;
  private attended = 0;
  private authorised = 0;
  private unauthorised = 0;
  private persistent = 0;
  private severe = 0;

  constructor(private readonly thresholds: AbsenceThresholds = DEFAULT_ABSENCE_THRESHOLDS) {}

  // domain §4 and §14; DfE absence methodology: PA and SA per enrolment on its own possible sessions; rates over pooled possible sessions
  add(counts: EnrolmentCounts): void {
    const summary = summariseCounts(markCountsOf(counts), { thresholds: this.thresholds });
    if (summary.possibleSessions === 0) return;
    this.enrolments += 1;
    this.possible += summary.possibleSessions;
    this.attended += summary.attendedSessions;
    this.authorised += summary.authorisedAbsence;
    this.unauthorised += summary.unauthorisedAbsence;
    if (summary.persistentlyAbsent) this.persistent += 1;
    if (summary.severelyAbsent) this.severe += 1;
  }

  /** A group added up elsewhere, on the same terms as `add` (each enrolment with possible sessions, judged on its own). */
  addGroup(group: GroupTotals): void {
    this.enrolments += group.enrolments;
    this.possible += group.possible;
    this.attended += group.attended;
    this.authorised += group.authorised;
    this.unauthorised += group.unauthorised;
    this.persistent += group.persistentlyAbsent;
    this.severe += group.severelyAbsent;
  }

  /** Sessions only, for figures (a week's) where absence over a pupil's own sessions is not measured. */
  addSessions(counts: EnrolmentCounts): void {
    this.possible += counts.possible;
    this.attended += counts.present + counts.approvedEducationalActivity;
    this.authorised += counts.authorised;
    this.unauthorised += counts.unauthorised;
  }

  figures(): AttendanceFigures {
    const overall = this.authorised + this.unauthorised;
    return {
      enrolments: this.enrolments,
      possibleSessions: this.possible,
      attendedSessions: this.attended,
      authorisedAbsenceSessions: this.authorised,
      unauthorisedAbsenceSessions: this.unauthorised,
      overallAbsenceSessions: overall,
      attendanceRate: percentOf(this.attended, this.possible),
      overallAbsenceRate: percentOf(overall, this.possible),
      authorisedAbsenceRate: percentOf(this.authorised, this.possible),
      unauthorisedAbsenceRate: percentOf(this.unauthorised, this.possible),
      persistentlyAbsent: this.persistent,
      persistentAbsenceRate: percentOf(this.persistent, this.enrolments),
      severelyAbsent: this.severe,
      severeAbsenceRate: percentOf(this.severe, this.enrolments),
    };
  }
}
