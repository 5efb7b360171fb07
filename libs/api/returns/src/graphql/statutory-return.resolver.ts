import { Access, PageArgs, Refused, connectionOf, laCodeOf, orRefused, pageSizeOf, recordKey, scopeOf, withoutNulls } from '@rollcall/api-core';
import type { ConnectionShape, Page, RequestContext } from '@rollcall/api-core';
import { CaseworkPupil, loadCaseworkPupil } from '@rollcall/api-plans';
import type { CaseworkPupilRecord } from '@rollcall/api-plans';
import { todayInEngland } from '@rollcall/api-pupils';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { DataSource } from 'typeorm';
import { StatutoryReturnDirectory } from '../statutory-return-directory.service';
import type { ReturnPupilsKey, StatutoryReturnPupilRow, StatutoryReturnSummary } from '../statutory-return-directory.service';
import type { StatutoryReturnRecord } from '../statutory-return-record';
import { StatutoryReturnService } from '../statutory-return.service';
import {
  AcknowledgeStatutoryReturnInput,
  DeletionReturnInput,
  NewPupilReturnInput,
  PrepareReturnInput,
  PrepareSicknessReturnInput,
  StatutoryReturnFilter,
  SubmitStatutoryReturnInput,
} from './statutory-return.input';
import { StatutoryReturn, StatutoryReturnConnection, StatutoryReturnPupil, StatutoryReturnPupilConnection, StatutoryReturnResult } from './statutory-return.type';

/** Who prepares and sends returns: school staff for their school, the LA's officers, and systems holding a `returns:write` key. */
const SENDERS = [...Access.SCHOOL, ...Access.LA, 'returns:write'] as const;

type ReturnValue = StatutoryReturnSummary | StatutoryReturnRecord;

@Resolver(() => StatutoryReturn)
export class StatutoryReturnResolver {
  constructor(
    private readonly returns: StatutoryReturnService,
    private readonly directory: StatutoryReturnDirectory,
  ) {}

  @Authorized(...SENDERS)
  @Query(() => StatutoryReturnConnection, { description: 'Returns made by the caller’s schools (or to the caller’s LA), latest due date first.' })
  async statutoryReturns(
    @Args() page: PageArgs,
    @Arg('filter', () => StatutoryReturnFilter, { nullable: true }) filter: StatutoryReturnFilter | null,
    @Ctx() ctx: RequestContext,
  ): Promise<ConnectionShape<StatutoryReturnSummary>> {
    const first = pageSizeOf(page);
    return connectionOf(await this.directory.list(scopeOf(ctx), withoutNulls(filter ?? {}), { first, after: page.after }, todayInEngland()));
  }

  @Authorized(...SENDERS)
  @Query(() => StatutoryReturn, { nullable: true, description: 'One return, or null if there is none the caller may see.' })
  async statutoryReturn(
    @Arg('id', () => ID) id: string,
    @Arg('laCode', () => String, { nullable: true }) laCode: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<StatutoryReturnSummary | null> {
    const scope = scopeOf(ctx);
    return (await this.directory.byId(scope, laCodeOf(scope, laCode), id)) ?? null;
  }

  @Authorized(...SENDERS)
  @Mutation(() => StatutoryReturnResult, { description: 'Prepares (or re-prepares) the attendance return for the interval agreed with the LA, from the register.' })
  prepareAttendanceReturn(@Arg('input') input: PrepareReturnInput, @Ctx() ctx: RequestContext): Promise<StatutoryReturnRecord | Refused> {
    const scope = scopeOf(ctx);
    return orRefused(() => this.returns.prepareAttendanceReturn(scope, { ...withoutNulls(input), laCode: laCodeOf(scope, input.laCode), today: todayInEngland() }));
  }

  @Authorized(...SENDERS)
  @Mutation(() => StatutoryReturnResult, { description: 'Prepares the sickness return: pupils expected to miss 15 school days through sickness, once per period of sickness.' })
  prepareSicknessReturn(@Arg('input') input: PrepareSicknessReturnInput, @Ctx() ctx: RequestContext): Promise<StatutoryReturnRecord | Refused> {
    const scope = scopeOf(ctx);
    const expected = Object.fromEntries((input.expectedFurtherSickDays ?? []).map((e) => [e.pupilId, e.days]));
    return orRefused(() =>
      this.returns.prepareSicknessReturn(scope, {
        laCode: laCodeOf(scope, input.laCode),
        urn: input.urn,
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
        today: todayInEngland(),
        expectedFurtherSickDays: expected,
      }),
    );
  }

  @Authorized(...SENDERS)
  @Mutation(() => StatutoryReturnResult, { description: 'Records the new-pupil return for an admission.' })
  recordNewPupilReturn(@Arg('input') input: NewPupilReturnInput, @Ctx() ctx: RequestContext): Promise<StatutoryReturnRecord | Refused> {
    const scope = scopeOf(ctx);
    return orRefused(() => this.returns.recordNewPupilReturn(scope, { ...withoutNulls(input), laCode: laCodeOf(scope, input.laCode) }));
  }

  @Authorized(...SENDERS)
  @Mutation(() => StatutoryReturnResult, { description: 'Records the deletion return, checking the 20-school-day ground from the register where it is used.' })
  recordDeletionReturn(@Arg('input') input: DeletionReturnInput, @Ctx() ctx: RequestContext): Promise<StatutoryReturnRecord | Refused> {
    const scope = scopeOf(ctx);
    const given = withoutNulls(input);
    return orRefused(() =>
      this.returns.recordDeletionReturn(scope, {
        ...given,
        laCode: laCodeOf(scope, input.laCode),
        ...(input.enquiries ? { enquiries: input.enquiries.map((e) => ({ ...withoutNulls(e) })) } : {}),
      }),
    );
  }

  @Authorized(...SENDERS)
  @Mutation(() => StatutoryReturnResult, { description: 'Submits a draft to the LA. Sending the same idempotency key again returns the return as submitted, changing nothing.' })
  submitStatutoryReturn(@Arg('input') input: SubmitStatutoryReturnInput, @Ctx() ctx: RequestContext): Promise<StatutoryReturnRecord | Refused> {
    const scope = scopeOf(ctx);
    return orRefused(() => this.returns.submit(scope, { laCode: laCodeOf(scope, input.laCode), returnId: input.returnId, idempotencyKey: input.idempotencyKey }));
  }

  @Authorized(...Access.LA)
  @Mutation(() => StatutoryReturnResult, { description: 'The LA confirms it has received a submitted return.' })
  acknowledgeStatutoryReturn(@Arg('input') input: AcknowledgeStatutoryReturnInput, @Ctx() ctx: RequestContext): Promise<StatutoryReturnRecord | Refused> {
    const scope = scopeOf(ctx);
    return orRefused(() => this.returns.acknowledge(scope, { laCode: laCodeOf(scope, input.laCode), returnId: input.returnId }));
  }

  @FieldResolver(() => Boolean, { description: 'A draft past its due date.' })
  overdue(@Root() r: ReturnValue): boolean {
    return r.status === 'DRAFT' && r.dueOn < todayInEngland();
  }

  @FieldResolver(() => StatutoryReturnPupilConnection, { description: 'The children the return lists, in pupil order.' })
  async pupils(@Root() r: ReturnValue, @Args() page: PageArgs, @Ctx() ctx: RequestContext): Promise<ConnectionShape<StatutoryReturnPupilRow>> {
    const first = pageSizeOf(page);
    const scope = scopeOf(ctx);
    const loader = ctx.loaders.get<ReturnPupilsKey, Page<StatutoryReturnPupilRow>>(`statutoryReturn.pupils:${first}`, (keys) => this.directory.pupilsFor(scope, keys, first), {
      cacheKeyFn: (k) => `${recordKey(k.laCode, k.returnId)}:${k.after ?? ''}`,
    });
    return connectionOf(await loader.load({ laCode: r.laCode, returnId: r.id, after: page.after }));
  }
}

@Resolver(() => StatutoryReturnPupil)
export class StatutoryReturnPupilResolver {
  constructor(private readonly dataSource: DataSource) {}

  @FieldResolver(() => CaseworkPupil, { nullable: true })
  pupil(@Root() row: StatutoryReturnPupilRow, @Ctx() ctx: RequestContext): Promise<CaseworkPupilRecord | null> {
    return loadCaseworkPupil(ctx, this.dataSource, row.laCode, row.pupilId);
  }
}
