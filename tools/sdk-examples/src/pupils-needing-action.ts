import { PupilsNeedingActionDocument, PupilsNeedingActionQuery, RollcallClient } from '@rollcall/sdk';

export type PupilNeedingAction = PupilsNeedingActionQuery['pupilsNeedingAction']['nodes'][number];

/** Every pupil needing action (one school, or all the key may see), following the pages to the end. */
export async function pupilsNeedingAction(client: RollcallClient, options: { urn?: number; pageSize?: number } = {}): Promise<PupilNeedingAction[]> {
  const all: PupilNeedingAction[] = [];
  let after: string | null = null;
  do {
    const { pupilsNeedingAction: page }: PupilsNeedingActionQuery = await client.request(PupilsNeedingActionDocument, {
      urn: options.urn,
      first: options.pageSize ?? 100,
      after,
    });
    all.push(...page.nodes);
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after !== null);
  return all;
}
