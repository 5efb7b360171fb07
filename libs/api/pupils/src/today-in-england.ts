import { LocalDate } from '@rollcall/rules';

const ENGLAND_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date in England (school life runs on the UK calendar whatever the server's time zone). */
export function todayInEngland(now: Date = new Date()): LocalDate {
  return ENGLAND_DATE.format(now);
}
