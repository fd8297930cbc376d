// "Today" as a calendar date in the app's time zone, for questions that ask about the past. The
// question bank has no clock: the server passes this to validation.
import { TIME_ZONE } from './i18n/config';

/** 'YYYY-MM-DD' of `now` in `timeZone` (default: the app's, Europe/Berlin). */
export function todayIsoDate(now: Date = new Date(), timeZone: string = TIME_ZONE): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
