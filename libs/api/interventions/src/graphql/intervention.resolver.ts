import { Access, PageArgs, connectionOf, laCodeOf, pageSizeOf, recordKey, scopeOf, withoutNulls } from '@rollcall/api-core';
import type { ConnectionShape, RecordKey, RequestContext } from '@rollcall/api-core';
import { CaseworkPupil, loadCaseworkPupil } from '@rollcall/api-plans';
import type { CaseworkPupilRecord } from '@rollcall/api-plans';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { DataSource } from 'typeorm';
import { allowedNextStepsFor } from '../intervention-access';
import { InterventionDirectory } from '../intervention-directory.service';
import type { InterventionDocumentRecord, InterventionParentRecord } from '../intervention-directory.service';
import type { InterventionEventRecord, InterventionPaymentRecord } from '../intervention-record';
import { InterventionActionEnum } from './intervention-enums';
import { InterventionFilter } from './intervention.input';
import {
  Intervention,
  InterventionConnection,
  InterventionDocument,
  InterventionEvent,
  InterventionParent,
  InterventionPayment,
  interventionView,
} from './intervention.type';
import type { InterventionView } from './intervention.type';

/** Who may read interventions: staff (each their own children), and LA casework systems' keys. */
export const INTERVENTION_READERS = [...Access.STAFF, 'casework:read'] as const;

/** Reading interventions, and the relations every kind shares (each through a per-request DataLoader). */
@Resolver(() => Intervention)
export class InterventionResolver {
  constructor(
    private readonly directory: InterventionDirectory,
    private readonly dataSource: DataSource,
  ) {}

  @Authorized(...INTERVENTION_READERS)
  @Query(() => InterventionConnection, { description: 'Legal interventions the caller may see, newest first.' })
  async interventions(
    @Args() page: PageArgs,
    @Arg('filter', () => InterventionFilter, { nullable: true }) filter: InterventionFilter | null,
    @Ctx() ctx: RequestContext,
  ): Promise<ConnectionShape<InterventionView>> {
    const first = pageSizeOf(page);
    const found = await this.directory.list(scopeOf(ctx), withoutNulls(filter ?? {}), { first, after: page.after });
    return connectionOf({ ...found, items: found.items.map((i) => ({ cursor: i.cursor, node: interventionView(i.node) })) });
  }

  @Authorized(...INTERVENTION_READERS)
  @Query(() => Intervention, { nullable: true, description: 'One intervention, or null if there is none the caller may see.' })
  async intervention(
    @Arg('id', () => ID) id: string,
    @Arg('laCode', () => String, { nullable: true }) laCode: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<InterventionView | null> {
    const scope = scopeOf(ctx);
    const found = await this.directory.byId(scope, laCodeOf(scope, laCode), id);
    return found ? interventionView(found) : null;
  }

  @FieldResolver(() => String, { description: "The state in the rules library's words, for lists that mix kinds (each kind's `state` is typed)." })
  stateName(@Root() intervention: InterventionView): string {
    return intervention.state;
  }

  @FieldResolver(() => [InterventionActionEnum], {
    description: "The steps you may take next: those the rules' state machine accepts from the current state, if your role acts on this intervention (a step's own checks may still refuse it).",
  })
  allowedNextSteps(@Root() intervention: InterventionView, @Ctx() ctx: RequestContext): readonly string[] {
    return allowedNextStepsFor(scopeOf(ctx), intervention);
  }

  @FieldResolver(() => CaseworkPupil, { nullable: true })
  pupil(@Root() intervention: InterventionView, @Ctx() ctx: RequestContext): Promise<CaseworkPupilRecord | null> {
    return loadCaseworkPupil(ctx, this.dataSource, intervention.laCode, intervention.pupilId);
  }

  @FieldResolver(() => [InterventionParent], { description: 'The parents it is addressed to.' })
  parents(@Root() intervention: InterventionView, @Ctx() ctx: RequestContext): Promise<InterventionParentRecord[]> {
    return this.load(ctx, 'intervention.parents', (scope, keys) => this.directory.parentsFor(scope, keys), intervention);
  }

  @FieldResolver(() => [InterventionEvent], { description: 'Every step taken, oldest first.' })
  events(@Root() intervention: InterventionView, @Ctx() ctx: RequestContext): Promise<readonly InterventionEventRecord[]> | readonly InterventionEventRecord[] {
    return intervention.events ?? this.load(ctx, 'intervention.events', (scope, keys) => this.directory.eventsFor(scope, keys), intervention);
  }

  @FieldResolver(() => [InterventionPayment], { description: 'Payments received (penalty notices), oldest first.' })
  payments(@Root() intervention: InterventionView, @Ctx() ctx: RequestContext): Promise<readonly InterventionPaymentRecord[]> | readonly InterventionPaymentRecord[] {
    return intervention.payments ?? this.load(ctx, 'intervention.payments', (scope, keys) => this.directory.paymentsFor(scope, keys), intervention);
  }

  @FieldResolver(() => [InterventionDocument], { description: 'The notices and letters produced, oldest first.' })
  documents(@Root() intervention: InterventionView, @Ctx() ctx: RequestContext): Promise<InterventionDocumentRecord[]> {
    return this.load(ctx, 'intervention.documents', (scope, keys) => this.directory.documentsFor(scope, keys), intervention);
  }

  private load<V>(
    ctx: RequestContext,
    name: string,
    batch: (scope: ReturnType<typeof scopeOf>, keys: readonly RecordKey[]) => Promise<V[]>,
    intervention: InterventionView,
  ): Promise<V> {
    const scope = scopeOf(ctx);
    return ctx.loaders.get<RecordKey, V>(name, (keys) => batch(scope, keys), { cacheKeyFn: (k) => recordKey(k.laCode, k.id) }).load({
      laCode: intervention.laCode,
      id: intervention.id,
    });
  }
}
