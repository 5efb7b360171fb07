import { LocalDate, addDays } from '../core';
import { DeletionGroundId, deletionGround } from './deletion-grounds';

export interface DeletionReturnSettings {
  /** Days after deletion by which the return is due; 0 = on deletion ("no later than deletion", 2006 wording; 2024 UNCONFIRMED). */
  readonly dueDaysAfterDeletion: number;
  /** The LA asks for returns for pupils who completed the school's final year or ceased compulsory school age. */
  readonly laAsksForFinalYearReturns: boolean;
}

// domain §2 (deletion return timing UNCONFIRMED for 2024: assume the 2006 "as soon as the ground is met and no later than deletion")
export const DEFAULT_DELETION_RETURN_SETTINGS: DeletionReturnSettings = {
  dueDaysAfterDeletion: 0,
  laAsksForFinalYearReturns: false,
};

export interface DeletionReturnTiming {
  /** Send it as soon as the ground is met. */
  readonly from?: LocalDate;
  readonly dueBy: LocalDate;
}

export type DeletionReturnDueDecision =
  | { readonly allowed: true; readonly detail: DeletionReturnTiming }
  | { readonly allowed: false; readonly reason: 'NOT_REQUIRED_UNLESS_LA_ASKS'; readonly detail: { readonly ground: DeletionGroundId } };

// domain §2; SI 2024/208 reg 13(4) (timing via 2016 amendment regs reg 5, UNCONFIRMED for 2024): a deletion return for every deletion, due no later than the deletion date
export function deletionReturnDue(
  deletion: { readonly ground: DeletionGroundId; readonly deletionDate: LocalDate; readonly groundMetOn?: LocalDate },
  settings: DeletionReturnSettings = DEFAULT_DELETION_RETURN_SETTINGS,
): DeletionReturnDueDecision {
  if (deletionGround(deletion.ground).returnOnlyIfLaAsks && !settings.laAsksForFinalYearReturns) {
    return { allowed: false, reason: 'NOT_REQUIRED_UNLESS_LA_ASKS', detail: { ground: deletion.ground } };
  }
  const dueBy = addDays(deletion.deletionDate, settings.dueDaysAfterDeletion);
  return { allowed: true, detail: deletion.groundMetOn === undefined ? { dueBy } : { from: deletion.groundMetOn, dueBy } };
}
