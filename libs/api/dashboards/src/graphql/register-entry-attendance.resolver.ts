import { scopeOf } from '@rollcall/api-core';
import type { RequestContext } from '@rollcall/api-core';
import { READ_WITH_REGISTER, RegisterEntry, readWithRegister } from '@rollcall/api-registers';
import type { EntryFieldReader, RegisterEntryRecord } from '@rollcall/api-registers';
import { Ctx, Extensions, FieldResolver, Resolver, Root } from 'type-graphql';
import { RegisterEntryAttendanceService, yearToDateIn } from '../register-entry-attendance.service';
import type { RegisterEntryAttendanceKey, YearToDateRecord } from '../register-entry-attendance.service';
import { RegisterEntryYearToDate } from './register-entry-attendance.type';

const keyOf = (entry: RegisterEntryRecord): RegisterEntryAttendanceKey => ({
  laCode: entry.laCode,
  enrolmentId: entry.enrolmentId,
  pupilId: entry.pupilId,
  date: entry.date,
});

/** Under `register { entries }`: the page's year to date read in the register's own transaction. */
const readYearToDate: EntryFieldReader = (tx, entries) => yearToDateIn(tx, entries.map(keyOf));

/** The summaries on a register's entries: every entry of a page in one batch (no N+1). */
@Resolver(() => RegisterEntry)
export class RegisterEntryAttendanceResolver {
  constructor(private readonly attendance: RegisterEntryAttendanceService) {}

  @Extensions({ [READ_WITH_REGISTER]: readYearToDate })
  @FieldResolver(() => RegisterEntryYearToDate, {
    description: 'The pupil’s attendance at this school over the academic year so far, and their stage of the LA’s graduated response.',
  })
  async yearToDate(@Root() entry: RegisterEntryRecord, @Ctx() ctx: RequestContext): Promise<YearToDateRecord> {
    const read = readWithRegister<YearToDateRecord>(entry, 'yearToDate');
    if (read) return read;
    // An entry reached otherwise (a mark just amended, say): the entries of the request in one batch of their own.
    const scope = scopeOf(ctx);
    return ctx.loaders
      .get<RegisterEntryAttendanceKey, YearToDateRecord>('dashboards.registerEntryYearToDate', (keys) => this.attendance.yearToDate(scope, keys), {
        cacheKeyFn: (k) => `${k.laCode}:${k.enrolmentId}:${k.date}`,
      })
      .load(keyOf(entry));
  }
}
