import { PageArgs, connectionOf, pageSizeOf, recordKeyOf, scopeOf, withoutNulls } from '@rollcall/api-core';
import type { ConnectionShape, Page, RecordKey, RequestContext } from '@rollcall/api-core';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { EnrolmentRecord } from '../enrolment-record';
import { PupilDirectoryService } from '../pupil-directory.service';
import type { DatedCharacteristicRecord } from '../pupil-directory.service';
import type { PupilParentRecord, SocialWorkerRecord } from '../pupil-profile';
import type { PupilRecord } from '../pupil-record';
import { SchoolDirectoryService } from '../school-directory.service';
import type { SchoolRecord } from '../school-record';
import { RECORD_READERS } from './access';
import { PupilFilter } from './pupil.input';
import { Enrolment, EnrolmentConnection, Pupil, PupilCharacteristicConnection, PupilConnection, PupilParentConnection, SocialWorker } from './pupil.type';
import { loadSchool } from './school-loaders';
import { School } from './school.type';

const keyOf = (pupil: PupilRecord): RecordKey => ({ laCode: pupil.laCode, id: pupil.id });

/** One page of a relation per pupil, through the request's DataLoader: one batch per relation and page request. */
function loadPage<T>(ctx: RequestContext, relation: string, request: object, batch: (keys: readonly RecordKey[]) => Promise<Page<T>[]>, key: RecordKey) {
  return ctx.loaders.get<RecordKey, Page<T>>(`pupils.${relation}:${JSON.stringify(request)}`, batch, { cacheKeyFn: recordKeyOf }).load(key);
}

@Resolver(() => Pupil)
export class PupilResolver {
  constructor(private readonly directory: PupilDirectoryService) {}

  @Authorized(...RECORD_READERS)
  @Query(() => PupilConnection, { description: 'The pupils the caller may see, by surname, forename and id.' })
  async pupils(
    @Args() page: PageArgs,
    @Arg('filter', () => PupilFilter, { nullable: true }) filter: PupilFilter | null,
    @Ctx() ctx: RequestContext,
  ): Promise<ConnectionShape<PupilRecord>> {
    const first = pageSizeOf(page);
    return connectionOf(await this.directory.list(scopeOf(ctx), withoutNulls(filter ?? {}), { first, after: page.after }));
  }

  @Authorized(...RECORD_READERS)
  @Query(() => Pupil, { nullable: true, description: 'One pupil, or null if there is none the caller may see.' })
  async pupil(
    @Arg('id', () => ID) id: string,
    @Arg('laCode', () => String, { nullable: true, description: "The LA holding the record; default: any the caller sees, their own LA's first." })
    laCode: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<PupilRecord | null> {
    return (await this.directory.byId(scopeOf(ctx), id, laCode ?? undefined)) ?? null;
  }

  @Authorized(...RECORD_READERS)
  @Query(() => Pupil, { nullable: true, description: 'The pupil with this UPN, or null if there is none the caller may see.' })
  async pupilByUpn(
    @Arg('upn') upn: string,
    @Arg('laCode', () => String, { nullable: true, description: "The LA holding the record; default: the caller's own LA's, else the newest." })
    laCode: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<PupilRecord | null> {
    return (await this.directory.byUpn(scopeOf(ctx), upn, laCode ?? undefined)) ?? null;
  }

  @FieldResolver(() => PupilCharacteristicConnection, { description: 'Characteristics in force today, or with history: true every record, earliest first.' })
  async characteristics(
    @Root() pupil: PupilRecord,
    @Arg('history', () => Boolean, { defaultValue: false, description: 'Include past records as well as current ones.' }) history: boolean,
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ConnectionShape<DatedCharacteristicRecord>> {
    const request = { history, first: pageSizeOf(page), after: page.after ?? null };
    const scope = scopeOf(ctx);
    return connectionOf(await loadPage(ctx, 'characteristics', request, (keys) => this.directory.characteristicsOf(scope, keys, request), keyOf(pupil)));
  }

  @FieldResolver(() => SocialWorker, { nullable: true, description: 'The social worker assigned today, if any.' })
  socialWorker(@Root() pupil: PupilRecord, @Ctx() ctx: RequestContext): Promise<SocialWorkerRecord | null> {
    const scope = scopeOf(ctx);
    return ctx.loaders
      .get<RecordKey, SocialWorkerRecord | null>('pupils.socialWorker', (keys) => this.directory.socialWorkersOf(scope, keys), { cacheKeyFn: recordKeyOf })
      .load(keyOf(pupil));
  }

  @FieldResolver(() => EnrolmentConnection, { description: "Admissions to schools' registers, earliest first (school staff see their own schools')." })
  async enrolments(@Root() pupil: PupilRecord, @Args() page: PageArgs, @Ctx() ctx: RequestContext): Promise<ConnectionShape<EnrolmentRecord>> {
    const request = { first: pageSizeOf(page), after: page.after ?? null };
    const scope = scopeOf(ctx);
    return connectionOf(await loadPage(ctx, 'enrolments', request, (keys) => this.directory.enrolmentsOf(scope, keys, request), keyOf(pupil)));
  }

  @FieldResolver(() => PupilParentConnection, { description: 'Parents and carers, in the order they are contacted.' })
  async parents(@Root() pupil: PupilRecord, @Args() page: PageArgs, @Ctx() ctx: RequestContext): Promise<ConnectionShape<PupilParentRecord>> {
    const request = { first: pageSizeOf(page), after: page.after ?? null };
    const scope = scopeOf(ctx);
    return connectionOf(await loadPage(ctx, 'parents', request, (keys) => this.directory.parentsOf(scope, keys, request), keyOf(pupil)));
  }
}

@Resolver(() => Enrolment)
export class EnrolmentResolver {
  constructor(private readonly schools: SchoolDirectoryService) {}

  @FieldResolver(() => School, { nullable: true })
  school(@Root() enrolment: EnrolmentRecord, @Ctx() ctx: RequestContext): Promise<SchoolRecord | null> {
    return loadSchool(ctx, this.schools, enrolment.urn);
  }
}
