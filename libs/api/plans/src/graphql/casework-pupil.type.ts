import { RecordKey, RequestContext, recordKeyOf, scopeOf } from '@rollcall/api-core';
import { ChildIdentityFields } from '@rollcall/api-pupils';
import { ObjectType } from 'type-graphql';
import { DataSource } from 'typeorm';
import { CaseworkPupilRecord, caseworkPupils } from '../casework-pupils';

@ObjectType({ description: 'The child a plan, legal intervention, return or meeting action is about: who they are, for the caseworker.' })
export class CaseworkPupil extends ChildIdentityFields {}

/** The pupil a record names, through the request's DataLoader (one statement for a whole page); null if the caller may not see them. */
export async function loadCaseworkPupil(ctx: RequestContext, dataSource: DataSource, laCode: string, pupilId: string): Promise<CaseworkPupilRecord | null> {
  const scope = scopeOf(ctx);
  const loader = ctx.loaders.get<RecordKey, CaseworkPupilRecord | undefined>('casework.pupil', (keys) => caseworkPupils(dataSource, scope, keys), {
    cacheKeyFn: recordKeyOf,
  });
  return (await loader.load({ laCode, id: pupilId })) ?? null;
}

/** The audit entry for a pupil read through casework. */
export function caseworkPupilRead(value: unknown) {
  const p = value as CaseworkPupilRecord;
  return { laCode: p.laCode, action: 'READ' as const, entity: 'Pupil', entityId: p.id, pupilId: p.id };
}
