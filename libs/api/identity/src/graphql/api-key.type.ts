import { Connection } from '@rollcall/api-core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { ApiKeyScope } from '../api-key-scopes';

/** The API-key scopes as a GraphQL enum (`pupils:read` → PUPILS_READ). */
export const ApiKeyScopeEnum = {
  REGISTERS_WRITE: 'registers:write',
  ATTENDANCE_READ: 'attendance:read',
  RETURNS_WRITE: 'returns:write',
  PUPILS_READ: 'pupils:read',
  CASEWORK_READ: 'casework:read',
} as const satisfies Record<string, ApiKeyScope>;
registerEnumType(ApiKeyScopeEnum, {
  name: 'ApiKeyScope',
  description: 'What a third party may do with a key: write registers, read attendance, submit returns, read pupil records, read casework.',
});

@ObjectType({ description: "A third party's API key, as its LA's administrators see it (never the key itself)." })
export class ApiKey {
  @Field(() => ID)
  id!: string;

  @Field()
  laCode!: string;

  @Field(() => Int, { nullable: true, description: "A school's key acts as that school; without a URN the key acts for the whole LA." })
  urn!: number | null;

  @Field({ description: 'The system that uses it.' })
  name!: string;

  @Field({ description: 'The public part of the key (rk_<prefix>_…), to tell keys apart.' })
  prefix!: string;

  @Field(() => [ApiKeyScopeEnum])
  scopes!: readonly ApiKeyScope[];

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it stopped working; null while in use.' })
  revokedAt!: Date | null;
}

@ObjectType({ description: 'A new API key. The key is shown this once: give it to the third party now; only its hash is kept.' })
export class CreatedApiKey {
  @Field({ description: 'Send as "Authorization: Bearer <key>".' })
  key!: string;

  @Field(() => ApiKey)
  apiKey!: ApiKey;
}

@ObjectType()
export class ApiKeyConnection extends Connection(ApiKey, 'ApiKey') {}
