import { LocalDateScalar } from '@rollcall/api-core';
import type { LocalDate } from '@rollcall/rules';
import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'Narrows the audit trail; every field given must match.' })
export class AuditEventFilter {
  @Field(() => ID, { nullable: true, description: 'Events about this pupil.' })
  pupilId?: string | null;

  @Field(() => String, { nullable: true, description: 'Events by this actor: the start of their email address or key label, any case.' })
  actor?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'From this day (England), inclusive.' })
  from?: LocalDate | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'To this day (England), inclusive.' })
  to?: LocalDate | null;
}
