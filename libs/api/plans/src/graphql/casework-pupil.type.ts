import { LocalDateScalar, RequestContext, scopeOf } from '@rollcall/api-core';
import type { LocalDate } from '@rollcall/rules';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DataSource } from 'typeorm';
import { CaseworkPupilRecord, RecordKey, caseworkPupils, recordKey } from '../casework-pupils';

@ObjectType({ description: 'The child a plan, legal intervention, return or meeting action is about: who they are, for the caseworker.' })
export class CaseworkPupil {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'The LA tenant holding the record (DfE three-digit number).' })
  laCode!: string;

  @Field({ description: 'Unique Pupil Number.' })
  upn!: string;

  @Field()
  forename!: string;

  @Field()
  surname!: string;

  @Field(() => String, { nullable: true })
  preferredName!: string | null;

  @Field(() => LocalDateScalar)
  dateOfBirth!: LocalDate;

  @Field(() => Int, { nullable: true, description: 'National Curriculum year group.' })
  ncYear!: number | null;
}

/** The pupil a record names, through the request's DataLoader (one statement for a whole page); null if the caller may not see them. */
export async function loadCaseworkPupil(ctx: RequestContext, dataSource: DataSource, laCode: string, pupilId: string): Promise<CaseworkPupilRecord | null> {
  const scope = scopeOf(ctx);
  const loader = ctx.loaders.get<RecordKey, CaseworkPupilRecord | undefined>('casework.pupil', (keys) => caseworkPupils(dataSource, scope, keys), {
    cacheKeyFn: (k) => recordKey(k.laCode, k.id),
  });
  return (await loader.load({ laCode, id: pupilId })) ?? null;
}

/** The audit entry for a pupil read through casework. */
export function caseworkPupilRead(value: unknown) {
  const p = value as CaseworkPupilRecord;
  return { laCode: p.laCode, action: 'READ' as const, entity: 'Pupil', entityId: p.id, pupilId: p.id };
}
