import { AttendanceBound, AttendancePolicy, bandBounds, bandContains } from './attendance-policy';

export interface AttendanceFigures {
  /** Attendance as a percentage (0–100) of the pupil's own possible sessions. */
  readonly attendanceRate: number;
  readonly possibleSessions: number;
}

export type ClassificationFailure = 'NO_POSSIBLE_SESSIONS' | 'ATTENDANCE_RATE_OUT_OF_RANGE' | 'NO_BAND_FOR_RATE';

export type AttendanceClassification =
  | {
      readonly classified: true;
      readonly reason: 'IN_BAND';
      readonly policyId: string;
      readonly policyVersion: number;
      readonly band: number;
      readonly stage: string;
      readonly label: string;
      readonly attendanceRate: number;
      readonly possibleSessions: number;
      readonly bounds: { readonly min: AttendanceBound; readonly max: AttendanceBound };
      /** Set when the policy defines good attendance (e.g. Northumberland's 97 %). */
      readonly goodAttendance?: boolean;
    }
  | {
      readonly classified: false;
      readonly reason: ClassificationFailure;
      readonly policyId: string;
      readonly policyVersion: number;
      readonly attendanceRate: number;
      readonly possibleSessions: number;
    };

// domain §17.1 (LA graduated response), §4 (rate over the pupil's own possible sessions): the band and stage for an attendance rate
export function classifyAttendance(policy: AttendancePolicy, figures: AttendanceFigures): AttendanceClassification {
  const base = {
    policyId: policy.id,
    policyVersion: policy.version,
    attendanceRate: figures.attendanceRate,
    possibleSessions: figures.possibleSessions,
  };
  if (!(figures.possibleSessions > 0)) return { classified: false, reason: 'NO_POSSIBLE_SESSIONS', ...base };
  const rate = figures.attendanceRate;
  if (!Number.isFinite(rate) || rate < 0 || rate > 100) return { classified: false, reason: 'ATTENDANCE_RATE_OUT_OF_RANGE', ...base };
  const band = policy.bands.find((b) => bandContains(b, rate));
  if (!band) return { classified: false, reason: 'NO_BAND_FOR_RATE', ...base };
  const good = policy.goodAttendanceThreshold;
  return {
    classified: true,
    reason: 'IN_BAND',
    ...base,
    band: band.band,
    stage: band.stage,
    label: band.label,
    bounds: bandBounds(band),
    ...(good === undefined ? {} : { goodAttendance: rate >= good }),
  };
}
