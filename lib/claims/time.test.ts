import { describe, expect, it } from 'vitest';
import { addCalendarMonths, addDays, addHours, describeRemaining, parseDateTimeInput } from './time';

describe('deadline arithmetic across daylight saving time (Europe/Berlin)', () => {
  it('counts hours as real time across the autumn change (25 Oct 2026)', () => {
    // 24 Oct 2026 12:00 CEST (UTC+2) + 72 h = 27 Oct 11:00 CET (UTC+1): the wall clock moves 71 h.
    const discovered = new Date('2026-10-24T10:00:00Z');
    expect(addHours(discovered, 72).toISOString()).toBe('2026-10-27T10:00:00.000Z');
  });

  it('counts hours as real time across the spring change (29 Mar 2026)', () => {
    expect(addHours(new Date('2026-03-28T22:30:00Z'), 24).toISOString()).toBe('2026-03-29T22:30:00.000Z');
  });

  it('counts days as whole 24-hour periods', () => {
    expect(addDays(new Date('2026-10-20T08:00:00Z'), 7).toISOString()).toBe('2026-10-27T08:00:00.000Z');
  });

  it('keeps the Berlin wall-clock time when adding a month over the spring change', () => {
    // 10 Mar 2026 10:00 CET (09:00Z) + 1 month = 10 Apr 2026 10:00 CEST (08:00Z).
    expect(addCalendarMonths(new Date('2026-03-10T09:00:00Z'), 1).toISOString()).toBe('2026-04-10T08:00:00.000Z');
  });

  it('keeps the Berlin wall-clock time when adding a month over the autumn change', () => {
    // 10 Oct 2026 10:00 CEST (08:00Z) + 1 month = 10 Nov 2026 10:00 CET (09:00Z).
    expect(addCalendarMonths(new Date('2026-10-10T08:00:00Z'), 1).toISOString()).toBe('2026-11-10T09:00:00.000Z');
  });

  it('clamps to the last day of a shorter month and crosses the year', () => {
    expect(addCalendarMonths(new Date('2027-01-31T11:00:00Z'), 1).toISOString()).toBe('2027-02-28T11:00:00.000Z');
    expect(addCalendarMonths(new Date('2026-12-15T23:30:00Z'), 1).toISOString()).toBe('2027-01-15T23:30:00.000Z');
  });

  it('counts months from the Berlin calendar day, also just after midnight Berlin time', () => {
    // 31 Jan 2027 00:30 CET is 30 Jan 23:30Z: the Berlin day (31st) is clamped to 28 Feb 00:30 CET.
    expect(addCalendarMonths(new Date('2027-01-30T23:30:00Z'), 1).toISOString()).toBe('2027-02-27T23:30:00.000Z');
  });
});

describe('describeRemaining', () => {
  const now = new Date('2026-12-01T08:00:00Z');
  it('splits the time left into days, hours and minutes', () => {
    expect(describeRemaining(now, new Date('2026-12-03T10:05:30Z'))).toEqual({ isOverdue: false, days: 2, hours: 2, minutes: 5 });
  });
  it('reports how long a deadline is overdue', () => {
    expect(describeRemaining(now, new Date('2026-12-01T06:30:00Z'))).toEqual({ isOverdue: true, days: 0, hours: 1, minutes: 30 });
  });
});

describe('parseDateTimeInput', () => {
  it('reads a datetime-local value on the Berlin wall clock, in summer and winter time', () => {
    expect(parseDateTimeInput('2026-07-01T10:00')?.toISOString()).toBe('2026-07-01T08:00:00.000Z');
    expect(parseDateTimeInput('2026-12-01T10:00')?.toISOString()).toBe('2026-12-01T09:00:00.000Z');
  });
  it('reads ISO 8601 with a zone as it is', () => {
    expect(parseDateTimeInput('2026-12-01T10:00:00Z')?.toISOString()).toBe('2026-12-01T10:00:00.000Z');
    expect(parseDateTimeInput('2026-12-01T10:00:00+02:00')?.toISOString()).toBe('2026-12-01T08:00:00.000Z');
  });
  it('refuses what is no date-time', () => {
    for (const value of ['', 'yesterday', '2026-02-31T10:00', '2026-13-01T10:00', '2026-12-01']) expect(parseDateTimeInput(value), value).toBeNull();
  });
});
