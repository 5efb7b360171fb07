import fc from 'fast-check';
import { addDays } from '../core';
import { supportPlanDatesCheck } from './support-plan-dates-check';

describe('supportPlanDatesCheck', () => {
  const ptt = { kind: 'PART_TIME_TIMETABLE', startsOn: '2025-10-06' };

  it('needs a part-time timetable to have an end date and a review date no later than it', () => {
    expect(supportPlanDatesCheck({ ...ptt, reviewOn: '2025-10-20' })).toMatchObject({ allowed: false, reason: 'PART_TIME_TIMETABLE_NEEDS_END_DATE' });
    expect(supportPlanDatesCheck({ ...ptt, endsOn: '2025-11-28' })).toMatchObject({ allowed: false, reason: 'PART_TIME_TIMETABLE_NEEDS_REVIEW_DATE' });
    expect(supportPlanDatesCheck({ ...ptt, reviewOn: '2025-12-01', endsOn: '2025-11-28' })).toMatchObject({
      allowed: false,
      reason: 'PART_TIME_TIMETABLE_REVIEW_AFTER_END',
    });
    expect(supportPlanDatesCheck({ ...ptt, reviewOn: '2025-10-20', endsOn: '2025-11-28' })).toEqual({ allowed: true });
  });

  it('lets other plans run open-ended, but never end or be reviewed before they start', () => {
    expect(supportPlanDatesCheck({ kind: 'SCHOOL_ATTENDANCE_PLAN', startsOn: '2025-10-06' })).toEqual({ allowed: true });
    expect(supportPlanDatesCheck({ kind: 'EARLY_HELP', startsOn: '2025-10-06', endsOn: '2025-10-05' })).toMatchObject({ reason: 'ENDS_BEFORE_START' });
    expect(supportPlanDatesCheck({ kind: 'EARLY_HELP', startsOn: '2025-10-06', reviewOn: '2025-10-01' })).toMatchObject({ reason: 'REVIEW_BEFORE_START' });
  });

  it('accepts any part-time timetable reviewed on or after its start and by its end', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 }), (toReview, reviewToEnd) => {
        const reviewOn = addDays(ptt.startsOn, toReview);
        expect(supportPlanDatesCheck({ ...ptt, reviewOn, endsOn: addDays(reviewOn, reviewToEnd) }).allowed).toBe(true);
      }),
    );
  });
});
