import { DeletionGroundId } from './deletion-grounds';

export interface DeletionReturnParent {
  readonly name?: string;
  readonly address?: string;
  readonly emergencyPhone?: string;
  /** Only parents the pupil normally lives with must be on the return. */
  readonly livesWithPupil: boolean;
}

export interface DeletionReturnContent {
  readonly fullName?: string;
  readonly address?: string;
  readonly parents: readonly DeletionReturnParent[];
  readonly ground?: DeletionGroundId;
}

export type DeletionReturnItem =
  | 'FULL_NAME'
  | 'ADDRESS'
  | 'PARENT_PUPIL_LIVES_WITH'
  | 'PARENT_NAME'
  | 'PARENT_ADDRESS'
  | 'PARENT_EMERGENCY_PHONE'
  | 'GROUND';

export interface MissingDeletionReturnItem {
  readonly item: DeletionReturnItem;
  /** Index into `parents` for the parent items. */
  readonly parentIndex?: number;
}

export type DeletionReturnChecklistDecision =
  | { readonly allowed: true }
  | { readonly allowed: false; readonly reason: 'INCOMPLETE'; readonly detail: { readonly missing: readonly MissingDeletionReturnItem[] } };

function blank(value: string | undefined): boolean {
  return !value?.trim();
}

// domain §2; SI 2024/208 reg 13(4): the deletion return gives full name, address, each parent the pupil lives with (name, address, an emergency phone number) and the ground
export function deletionReturnChecklist(content: DeletionReturnContent): DeletionReturnChecklistDecision {
  const missing: MissingDeletionReturnItem[] = [];
  if (blank(content.fullName)) missing.push({ item: 'FULL_NAME' });
  if (blank(content.address)) missing.push({ item: 'ADDRESS' });
  if (!content.parents.some((p) => p.livesWithPupil)) missing.push({ item: 'PARENT_PUPIL_LIVES_WITH' });
  content.parents.forEach((parent, parentIndex) => {
    if (!parent.livesWithPupil) return;
    if (blank(parent.name)) missing.push({ item: 'PARENT_NAME', parentIndex });
    if (blank(parent.address)) missing.push({ item: 'PARENT_ADDRESS', parentIndex });
    if (blank(parent.emergencyPhone)) missing.push({ item: 'PARENT_EMERGENCY_PHONE', parentIndex });
  });
  if (content.ground === undefined) missing.push({ item: 'GROUND' });
  return missing.length === 0 ? { allowed: true } : { allowed: false, reason: 'INCOMPLETE', detail: { missing } };
}
