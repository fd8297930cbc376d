// "Today" as a calendar date in the app's time zone, for questions that ask about the past. The
// question bank has no clock: the server passes this to validation.
import { TIME_ZONE } from './i18n/config';

/** One formatter per time zone: building an Intl.DateTimeFormat costs far more than using one (a CSV of 100,000 rows dates each). */
const FORMATTERS = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = FORMATTERS.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    FORMATTERS.set(timeZone, formatter);
  }
  return formatter;
}

/** 'YYYY-MM-DD' of a DATE column (PostgreSQL date, read back as UTC midnight). */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** 'YYYY-MM-DD' of `now` in `timeZone` (default: the app's, Europe/Berlin). */
export function todayIsoDate(now: Date = new Date(), timeZone: string = TIME_ZONE): string {
  const parts = formatterFor(timeZone).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
