import { Field, InputType, Int } from 'type-graphql';
import type { ApiKeyScope } from '../api-key-scopes';
import { ApiKeyScopeEnum } from './api-key.type';

@InputType({ description: 'A key for a third party: for one school (its MIS) or, without a URN, for the whole LA.' })
export class CreateApiKeyInput {
  @Field({ description: 'Name it after the system that will use it.' })
  name!: string;

  @Field(() => Int, { nullable: true, description: 'The school the key acts as; leave out for an LA-wide key.' })
  urn?: number | null;

  @Field(() => [ApiKeyScopeEnum], { description: 'At least one.' })
  scopes!: ApiKeyScope[];
}

@InputType({ description: 'Narrows the list of API keys.' })
export class ApiKeyFilter {
  @Field(() => Int, { nullable: true, description: "Only this school's keys." })
  urn?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Include revoked keys (default: only keys in use).' })
  includeRevoked?: boolean | null;
}
