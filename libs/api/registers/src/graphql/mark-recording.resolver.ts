import { Access, Refused, orRefused, scopeOf } from '@rollcall/api-core';
import type { RequestContext } from '@rollcall/api-core';
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RegisterEntryRecord } from '../class-register.service';
import { MarkRecordingService } from '../mark-recording.service';
import type { RecordedMarks as RecordedMarksRecord } from '../mark-recording.service';
import { AmendMarkInput, RecordMarksInput } from './mark-recording.input';
import { AmendMarkResult, RecordMarksResult } from './mark-recording.type';

/** Who writes registers: the school's staff, and keys with `registers:write` (a school's key for its school). */
export const REGISTER_WRITERS = [...Access.SCHOOL, 'registers:write'] as const;

@Resolver()
export class MarkRecordingResolver {
  constructor(private readonly marks: MarkRecordingService) {}

  @Authorized(...REGISTER_WRITERS)
  @Mutation(() => RecordMarksResult, {
    description:
      'Records a class’s or the whole school’s marks for one session in one transaction (all or none), updating the attendance ' +
      'summaries with them. A late arrival sent as L or U with minutes late is recorded L or U by the register’s closing time.',
  })
  recordMarks(@Arg('input') input: RecordMarksInput, @Ctx() ctx: RequestContext): Promise<RecordedMarksRecord | Refused> {
    return orRefused(() => this.marks.recordMarks(scopeOf(ctx), input));
  }

  @Authorized(...REGISTER_WRITERS)
  @Mutation(() => AmendMarkResult, { description: 'Changes one mark, with the reason; the entry it replaces is kept in its history.' })
  amendMark(@Arg('input') input: AmendMarkInput, @Ctx() ctx: RequestContext): Promise<RegisterEntryRecord | Refused> {
    return orRefused(() => this.marks.amendMark(scopeOf(ctx), input));
  }
}
