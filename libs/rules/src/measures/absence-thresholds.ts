// domain §4; DfE pupil absence methodology (since 2015/16): persistent absence = missing >= 10 % of own possible sessions
export const PERSISTENT_ABSENCE_THRESHOLD = 10;

// domain §4; DfE pupil absence methodology: severe absence = missing >= 50 % of own possible sessions
export const SEVERE_ABSENCE_THRESHOLD = 50;

/** Absence percentages at or above which an enrolment is persistently or severely absent. */
export interface AbsenceThresholds {
  readonly persistentAbsencePercent: number;
  readonly severeAbsencePercent: number;
}

/** The national definitions; an LA may only vary them for local reporting. */
export const DEFAULT_ABSENCE_THRESHOLDS: AbsenceThresholds = {
  persistentAbsencePercent: PERSISTENT_ABSENCE_THRESHOLD,
  severeAbsencePercent: SEVERE_ABSENCE_THRESHOLD,
};
