import { isLocalDate } from '../core';
import { AttendanceBound, AttendancePolicy, PolicyBand, bandBounds } from './attendance-policy';

export type PolicyValidationErrorCode =
  | 'MISSING_ID'
  | 'INVALID_VERSION'
  | 'INVALID_EFFECTIVE_FROM'
  | 'NO_BANDS'
  | 'DUPLICATE_BAND_NUMBER'
  | 'BOUND_OUT_OF_RANGE'
  | 'EMPTY_BAND'
  | 'DOES_NOT_START_AT_0'
  | 'DOES_NOT_REACH_100'
  | 'GAP_BETWEEN_BANDS'
  | 'OVERLAPPING_BANDS'
  | 'BANDS_OUT_OF_ORDER'
  | 'DUPLICATE_ACTION_ID'
  | 'BLANK_ACTION_TEXT'
  | 'GOOD_ATTENDANCE_THRESHOLD_OUT_OF_RANGE';

export interface PolicyValidationError {
  readonly code: PolicyValidationErrorCode;
  readonly message: string;
  /** The band number(s) concerned. */
  readonly bands?: readonly number[];
  readonly actionId?: string;
}

export interface PolicyValidationResult {
  readonly valid: boolean;
  readonly errors: readonly PolicyValidationError[];
}

function describe(bound: AttendanceBound): string {
  return `${bound.percent} % (${bound.inclusive ? 'inclusive' : 'exclusive'})`;
}

function inRange(bound: AttendanceBound): boolean {
  return Number.isFinite(bound.percent) && bound.percent >= 0 && bound.percent <= 100;
}

/** Lower bounds in ascending order; an inclusive bound starts before an exclusive one at the same figure. */
function compareMin(a: PolicyBand, b: PolicyBand): number {
  const am = bandBounds(a).min;
  const bm = bandBounds(b).min;
  if (am.percent !== bm.percent) return am.percent - bm.percent;
  return Number(bm.inclusive) - Number(am.inclusive);
}

/** Whether `a` reaches further up the scale than `b`. */
function reachesBeyond(a: AttendanceBound, b: AttendanceBound): boolean {
  return a.percent > b.percent || (a.percent === b.percent && a.inclusive && !b.inclusive);
}

// domain §17.1: an LA's graduated-response bands must cover 0–100 % with no gaps or overlaps, band 1 at the top
export function validateAttendancePolicy(policy: AttendancePolicy): PolicyValidationResult {
  const errors: PolicyValidationError[] = [];
  if (!policy.id.trim()) errors.push({ code: 'MISSING_ID', message: 'The policy needs an id.' });
  if (!Number.isInteger(policy.version) || policy.version < 1) {
    errors.push({ code: 'INVALID_VERSION', message: `The version must be a whole number of 1 or more, not ${policy.version}.` });
  }
  if (!isLocalDate(policy.effectiveFrom)) {
    errors.push({ code: 'INVALID_EFFECTIVE_FROM', message: `"${policy.effectiveFrom}" is not a date in the form YYYY-MM-DD.` });
  }
  const good = policy.goodAttendanceThreshold;
  if (good !== undefined && !(Number.isFinite(good) && good >= 0 && good <= 100)) {
    errors.push({
      code: 'GOOD_ATTENDANCE_THRESHOLD_OUT_OF_RANGE',
      message: `The good attendance threshold must be between 0 and 100 %, not ${good}.`,
    });
  }
  if (policy.bands.length === 0) {
    errors.push({ code: 'NO_BANDS', message: 'The policy has no bands: every attendance rate from 0 to 100 % needs one.' });
    return { valid: false, errors };
  }

  const seenNumbers = new Set<number>();
  const seenActions = new Set<string>();
  for (const band of policy.bands) {
    if (seenNumbers.has(band.band)) {
      errors.push({ code: 'DUPLICATE_BAND_NUMBER', message: `Band ${band.band} appears more than once.`, bands: [band.band] });
    }
    seenNumbers.add(band.band);
    const { min, max } = bandBounds(band);
    if (!inRange(min) || !inRange(max)) {
      errors.push({
        code: 'BOUND_OUT_OF_RANGE',
        message: `Band ${band.band} runs from ${min.percent} % to ${max.percent} %; both ends must be between 0 and 100 %.`,
        bands: [band.band],
      });
    } else if (min.percent > max.percent || (min.percent === max.percent && !(min.inclusive && max.inclusive))) {
      errors.push({
        code: 'EMPTY_BAND',
        message: `Band ${band.band} runs from ${describe(min)} to ${describe(max)}, so no attendance rate falls in it.`,
        bands: [band.band],
      });
    }
    for (const action of band.actions) {
      if (seenActions.has(action.id)) {
        errors.push({
          code: 'DUPLICATE_ACTION_ID',
          message: `Action id "${action.id}" is used more than once in the policy.`,
          bands: [band.band],
          actionId: action.id,
        });
      }
      seenActions.add(action.id);
      if (!action.text.trim()) {
        errors.push({ code: 'BLANK_ACTION_TEXT', message: `Action "${action.id}" in band ${band.band} has no text.`, bands: [band.band], actionId: action.id });
      }
    }
  }

  const ascending = [...policy.bands].sort(compareMin);
  const first = bandBounds(ascending[0]).min;
  if (first.percent > 0 || !first.inclusive) {
    errors.push({
      code: 'DOES_NOT_START_AT_0',
      message: `The lowest band (band ${ascending[0].band}) starts at ${describe(first)}; attendance of 0 % must fall in a band.`,
      bands: [ascending[0].band],
    });
  }
  let reach = bandBounds(ascending[0]).max;
  let reachBand = ascending[0];
  for (const band of ascending.slice(1)) {
    const { min, max } = bandBounds(band);
    const touches = reach.percent === min.percent;
    if (reach.percent < min.percent || (touches && !reach.inclusive && !min.inclusive)) {
      errors.push({
        code: 'GAP_BETWEEN_BANDS',
        message: `Band ${reachBand.band} ends at ${describe(reach)} and band ${band.band} starts at ${describe(min)}: attendance between them falls in no band.`,
        bands: [reachBand.band, band.band],
      });
    } else if (reach.percent > min.percent || (touches && reach.inclusive && min.inclusive)) {
      errors.push({
        code: 'OVERLAPPING_BANDS',
        message: `Band ${reachBand.band} ends at ${describe(reach)} but band ${band.band} starts at ${describe(min)}: some attendance falls in both.`,
        bands: [reachBand.band, band.band],
      });
    }
    if (reachesBeyond(max, reach)) {
      reach = max;
      reachBand = band;
    }
  }
  if (reach.percent < 100 || !reach.inclusive) {
    errors.push({
      code: 'DOES_NOT_REACH_100',
      message: `The highest band (band ${reachBand.band}) ends at ${describe(reach)}; attendance of 100 % must fall in a band.`,
      bands: [reachBand.band],
    });
  }

  const descending = [...ascending].reverse();
  for (let i = 1; i < descending.length; i++) {
    if (descending[i].band < descending[i - 1].band) {
      errors.push({
        code: 'BANDS_OUT_OF_ORDER',
        message: `Band ${descending[i].band} is for lower attendance than band ${descending[i - 1].band}, so it must have a higher number.`,
        bands: [descending[i - 1].band, descending[i].band],
      });
    }
  }
  return { valid: errors.length === 0, errors };
}
