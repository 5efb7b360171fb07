import { AttendancePolicy, PolicyAction, PolicyActionKind } from './attendance-policy';
import { AttendanceClassification } from './classify-attendance';

export interface ExistingSupport {
  /** Ids of this policy's actions already carried out or in place for the pupil. */
  readonly doneActionIds?: readonly string[];
  /** Plans and interventions already in place, however they came about (e.g. an attendance contract). */
  readonly inPlace?: readonly PolicyActionKind[];
}

export interface DueAction extends PolicyAction {
  readonly band: number;
}

export interface ActionInPlace extends DueAction {
  readonly satisfiedBy: 'ACTION_RECORDED' | 'KIND_IN_PLACE';
}

export type ActionsDueReason = 'ACTIONS_DUE' | 'NOTHING_DUE' | 'NOT_CLASSIFIED' | 'CLASSIFIED_UNDER_ANOTHER_POLICY';

export interface ActionsDue {
  readonly reason: ActionsDueReason;
  readonly band?: number;
  readonly stage?: string;
  readonly due: readonly DueAction[];
  readonly alreadyInPlace: readonly ActionInPlace[];
}

// domain §17.1, §17.2: the expected actions for the pupil's band, with who owns each, less those already in place
export function actionsDue(
  policy: AttendancePolicy,
  classification: AttendanceClassification,
  existing: ExistingSupport = {},
): ActionsDue {
  if (!classification.classified) return { reason: 'NOT_CLASSIFIED', due: [], alreadyInPlace: [] };
  const band = policy.bands.find((b) => b.band === classification.band);
  if (classification.policyId !== policy.id || classification.policyVersion !== policy.version || !band) {
    return { reason: 'CLASSIFIED_UNDER_ANOTHER_POLICY', due: [], alreadyInPlace: [] };
  }
  const done = new Set(existing.doneActionIds ?? []);
  const kinds = new Set(existing.inPlace ?? []);
  const due: DueAction[] = [];
  const alreadyInPlace: ActionInPlace[] = [];
  for (const action of band.actions) {
    const withBand = { ...action, band: band.band };
    if (done.has(action.id)) alreadyInPlace.push({ ...withBand, satisfiedBy: 'ACTION_RECORDED' });
    else if (action.kind !== undefined && kinds.has(action.kind)) alreadyInPlace.push({ ...withBand, satisfiedBy: 'KIND_IN_PLACE' });
    else due.push(withBand);
  }
  return { reason: due.length > 0 ? 'ACTIONS_DUE' : 'NOTHING_DUE', band: band.band, stage: band.stage, due, alreadyInPlace };
}
