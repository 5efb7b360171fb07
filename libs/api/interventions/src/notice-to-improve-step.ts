import { laSettings } from '@rollcall/api-core';
import { DEFAULT_NOTICE_TO_IMPROVE_SETTINGS, minDate, noticeToImproveOutcome } from '@rollcall/rules';
import { marksForPupil } from './pupil-marks';
import { refusalFor } from './refusal-for';
import { StepContext, StepOutcome } from './step-context';

// domain §5; Nottinghamshire toolkit (S15): the outcome of the improvement period, from the register, under the LA's definition of sufficient improvement
export async function noticeToImproveStep(ctx: StepContext<'NOTICE_TO_IMPROVE'>): Promise<StepOutcome> {
  const { tx, intervention, occurredOn } = ctx;
  const { period, issuedOn } = intervention.details;
  const settings = await laSettings(tx, intervention.laCode, 'NOTICE_TO_IMPROVE', issuedOn, DEFAULT_NOTICE_TO_IMPROVE_SETTINGS);
  const marks = await marksForPupil(tx, intervention.laCode, intervention.pupilId, period.startsOn, minDate(occurredOn, period.endsOn));
  const outcome = noticeToImproveOutcome({ period, marks, asAt: occurredOn, settings });
  if (outcome.status === 'IN_PROGRESS') throw refusalFor('IMPROVEMENT_PERIOD_RUNNING', { endsOn: period.endsOn, outcome });
  return { state: outcome.status, details: { ...intervention.details, outcome }, detail: outcome };
}
