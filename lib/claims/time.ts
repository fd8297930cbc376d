// Time arithmetic for claim deadlines, safe across daylight-saving changes. A period in hours is an
// exact duration (72 h are 72 h of real time, whatever the clocks do in between); a period in
// months is calendar arithmetic on the wall clock of the app's time zone (one month after 10 March
// 10:00 in Berlin is 10 April 10:00 in Berlin, although the UTC offset changed in between).
import { TIME_ZONE } from '../i18n/config';
import { addMonths } from '../scoring/dates';

const HOUR_MS = 3_600_000;

export function addHours(instant: Date, hours: number): Date {
  return new Date(instant.getTime() + hours * HOUR_MS);
}

export function addDays(instant: Date, days: number): Date {
  return addHours(instant, days * 24);
}

type TWallClock = { date: string; hour: number; minute: number; second: number; millisecond: number };

function wallClockOf(instant: Date, timeZone: string): TWallClock {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '0';
  return { date: `${part('year')}-${part('month')}-${part('day')}`, hour: Number(part('hour')), minute: Number(part('minute')), second: Number(part('second')), millisecond: instant.getUTCMilliseconds() };
}

function wallClockAsUtc(clock: TWallClock): number {
  const [year, month, day] = clock.date.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day, clock.hour, clock.minute, clock.second, clock.millisecond);
}

/** The instant at which the wall clock of `timeZone` shows `clock` (the later one in an autumn repeat hour). */
function instantOfWallClock(clock: TWallClock, timeZone: string): Date {
  const target = wallClockAsUtc(clock);
  let guess = target;
  // Two rounds settle the offset (it can differ between the first guess and the answer).
  for (let round = 0; round < 2; round++) {
    const offset = wallClockAsUtc(wallClockOf(new Date(guess), timeZone)) - guess;
    guess = target - offset;
  }
  return new Date(guess);
}

/**
 * A date-time as a person types it ('YYYY-MM-DDTHH:mm', a datetime-local field: the wall clock of
 * `timeZone`) or as a machine sends it (ISO 8601 with 'Z' or an offset). Null when it is neither.
 */
export function parseDateTimeInput(value: string, timeZone: string = TIME_ZONE): Date | null {
  const local = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (local) {
    const [, date, hour, minute, second] = local as unknown as [string, string, string, string, string | undefined];
    const clock = { date, hour: Number(hour), minute: Number(minute), second: Number(second ?? 0), millisecond: 0 };
    const instant = instantOfWallClock(clock, timeZone);
    // A calendar day that does not exist (31 Feb) comes back as another day: refuse it.
    return Number.isNaN(instant.getTime()) || wallClockOf(instant, timeZone).date !== date ? null : instant;
  }
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) return null;
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? null : instant;
}

/** `instant` plus whole calendar months on the wall clock of `timeZone` (day clamped: 31 Jan -> 28/29 Feb). */
export function addCalendarMonths(instant: Date, months: number, timeZone: string = TIME_ZONE): Date {
  const clock = wallClockOf(instant, timeZone);
  return instantOfWallClock({ ...clock, date: addMonths(clock.date, months) }, timeZone);
}

export type TRemaining = { isOverdue: boolean; days: number; hours: number; minutes: number };

/** Whole days, hours and minutes between now and `dueAt` (the time past it when overdue). */
export function describeRemaining(now: Date, dueAt: Date): TRemaining {
  const delta = dueAt.getTime() - now.getTime();
  const totalMinutes = Math.floor(Math.abs(delta) / 60_000);
  return { isOverdue: delta < 0, days: Math.floor(totalMinutes / 1440), hours: Math.floor((totalMinutes % 1440) / 60), minutes: totalMinutes % 60 };
}

/** The value of a datetime-local field for `instant` on the wall clock of `timeZone` ('YYYY-MM-DDTHH:mm'). */
export function toDateTimeInputValue(instant: Date, timeZone: string = TIME_ZONE): string {
  const clock = wallClockOf(instant, timeZone);
  return `${clock.date}T${String(clock.hour).padStart(2, '0')}:${String(clock.minute).padStart(2, '0')}`;
}
