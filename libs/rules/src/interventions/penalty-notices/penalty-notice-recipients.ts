/** The basis on which someone is a "parent" under EA 1996 s576. */
export type ParentBasis = 'NATURAL_PARENT' | 'PARENTAL_RESPONSIBILITY' | 'DAY_TO_DAY_CARE' | 'NONE';

export interface PenaltyNoticeChildParents {
  readonly childId: string;
  readonly parents: readonly {
    readonly parentId: string;
    readonly basis: ParentBasis;
    /** The LA's judgement, under its code of conduct, that this parent is liable for the absence. */
    readonly liable: boolean;
  }[];
}

export interface PenaltyNoticeRecipient {
  readonly parentId: string;
  readonly childId: string;
}

export interface PenaltyNoticeRecipients {
  /** One notice for each pair; each must be paid separately. */
  readonly notices: readonly PenaltyNoticeRecipient[];
  readonly notIssued: readonly (PenaltyNoticeRecipient & { readonly reason: 'NOT_A_PARENT_UNDER_S576' | 'NOT_LIABLE' })[];
}

// domain §5; EA 1996 s576, LA codes (Haringey, Manchester §2.6): one notice per liable parent per child — 2 parents × 2 children = 4 notices
export function penaltyNoticeRecipients(children: readonly PenaltyNoticeChildParents[]): PenaltyNoticeRecipients {
  const notices: PenaltyNoticeRecipient[] = [];
  const notIssued: (PenaltyNoticeRecipient & { reason: 'NOT_A_PARENT_UNDER_S576' | 'NOT_LIABLE' })[] = [];
  for (const { childId, parents } of children) {
    const seen = new Set<string>();
    for (const { parentId, basis, liable } of parents) {
      if (seen.has(parentId)) continue;
      seen.add(parentId);
      if (basis === 'NONE') notIssued.push({ parentId, childId, reason: 'NOT_A_PARENT_UNDER_S576' });
      else if (!liable) notIssued.push({ parentId, childId, reason: 'NOT_LIABLE' });
      else notices.push({ parentId, childId });
    }
  }
  return { notices, notIssued };
}
