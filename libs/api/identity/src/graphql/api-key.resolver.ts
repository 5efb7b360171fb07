import { Access, PageArgs, Refusal, Refused, connectionOf, orRefused, pageSizeOf, resultUnion, scopeOf } from '@rollcall/api-core';
import type { ConnectionShape, RequestContext } from '@rollcall/api-core';
import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { ApiKeyDirectoryService } from '../api-key-directory.service';
import type { ApiKeySummary } from '../api-key-directory.service';
import { IdentityService } from '../identity.service';
import { ApiKeyFilter, CreateApiKeyInput } from './api-key.input';
import { ApiKey, ApiKeyConnection, CreatedApiKey } from './api-key.type';

export const CreateApiKeyResult = resultUnion('CreateApiKeyResult', CreatedApiKey);
export const RevokeApiKeyResult = resultUnion('RevokeApiKeyResult', ApiKey);

@Resolver(() => ApiKey)
export class ApiKeyResolver {
  constructor(
    private readonly identity: IdentityService,
    private readonly directory: ApiKeyDirectoryService,
  ) {}

  @Authorized(...Access.LA_ADMIN)
  @Query(() => ApiKeyConnection, { description: "The LA's API keys, newest first (in use only, unless asked)." })
  async apiKeys(
    @Args() page: PageArgs,
    @Arg('filter', () => ApiKeyFilter, { nullable: true }) filter: ApiKeyFilter | null,
    @Ctx() ctx: RequestContext,
  ): Promise<ConnectionShape<ApiKeySummary>> {
    const first = pageSizeOf(page);
    const wanted = { urn: filter?.urn ?? undefined, includeRevoked: filter?.includeRevoked ?? false };
    return connectionOf(await this.directory.list(scopeOf(ctx), wanted, { first, after: page.after }));
  }

  @Authorized(...Access.LA_ADMIN)
  @Mutation(() => CreateApiKeyResult, { description: 'Creates a key for a third party and shows it this once.' })
  createApiKey(@Arg('input') input: CreateApiKeyInput, @Ctx() ctx: RequestContext): Promise<CreatedApiKey | Refused> {
    const scope = scopeOf(ctx);
    return orRefused(async () => {
      const created = await this.identity.createApiKey(scope, { laCode: scope.laCode ?? '', urn: input.urn ?? undefined, name: input.name, scopes: input.scopes });
      return { key: created.key, apiKey: await this.held(scope, created.id) };
    });
  }

  @Authorized(...Access.LA_ADMIN)
  @Mutation(() => RevokeApiKeyResult, { description: 'Stops a key working at once. Revoking it again changes nothing.' })
  revokeApiKey(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<ApiKey | Refused> {
    const scope = scopeOf(ctx);
    return orRefused(async () => {
      await this.identity.revokeApiKey(scope, id);
      return this.held(scope, id);
    });
  }

  private async held(scope: ReturnType<typeof scopeOf>, id: string): Promise<ApiKeySummary> {
    const key = await this.directory.byId(scope, id);
    if (!key) throw new Refusal('UNKNOWN_API_KEY', `There is no API key with id ${id}.`, { field: 'id' });
    return key;
  }
}
