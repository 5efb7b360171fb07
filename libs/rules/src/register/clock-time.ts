/** A time of day on the 24-hour clock, 'HH:MM' (e.g. '08:50'); registers run on school-local clock time. */
export type ClockTime = string;

const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isClockTime(value: string): value is ClockTime {
  return CLOCK_TIME.test(value);
}

/** Minutes since midnight; throws a RangeError for anything that is not 'HH:MM'. */
export function clockTimeToMinutes(time: ClockTime): number {
  const m = CLOCK_TIME.exec(time);
  if (!m) throw new RangeError(`"${time}" is not a time of day in the form HH:MM`);
  return Number(m[1]) * 60 + Number(m[2]);
}
