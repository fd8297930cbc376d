import { describe, expect, test } from 'vitest';
import { ageInDays, isQuoteExpiredAt, queueOrderBy, queueWhere, startOfToday, submittedAtRangeFor } from './queue-rules';
import { ZQueueQuery } from './schemas';

const NOW = new Date('2026-12-01T09:00:00.000Z');
const daysBefore = (days: number, extraMs = 0) => new Date(NOW.getTime() - days * 86_400_000 - extraMs);

/** Whether a submittedAt lies inside a Prisma range, as PostgreSQL would decide. */
function inRange(range: { gt?: Date; lte?: Date }, at: Date): boolean {
  return (!range.gt || at > range.gt) && (!range.lte || at <= range.lte);
}

describe('age', () => {
  test.each([
    [daysBefore(0), 0],
    [daysBefore(0, 86_399_999), 0],
    [daysBefore(1), 1],
    [daysBefore(7, 86_399_999), 7],
    [daysBefore(8), 8],
    [daysBefore(30, 1), 30],
    [daysBefore(31), 31],
    // A clock a little behind the database's never makes an age negative.
    [new Date(NOW.getTime() + 5_000), 0],
  ])('%s is %i whole days old', (submittedAt, days) => {
    expect(ageInDays(submittedAt, NOW)).toBe(days);
  });

  test('every bucket holds exactly the ages it names, with no gap or overlap at the edges', () => {
    const bucketOf = (days: number) => (days <= 7 ? 'upTo7' : days <= 30 ? 'from8To30' : 'over30');
    for (const days of [0, 1, 6, 7, 8, 9, 29, 30, 31, 32, 400]) {
      for (const extra of [0, 1, 86_399_999]) {
        const at = daysBefore(days, extra);
        const age = ageInDays(at, NOW);
        for (const bucket of ['upTo7', 'from8To30', 'over30'] as const) {
          expect(inRange(submittedAtRangeFor(bucket, NOW), at), `${days}d+${extra}ms in ${bucket}`).toBe(bucketOf(age) === bucket);
        }
      }
    }
  });
});

describe('where', () => {
  const filters = ZQueueQuery.parse({ status: 'QUOTED', grade: 'C', industry: 'manufacturing', provider: 'okta', age: 'over30', q: 'hansen' });

  test('each filter becomes one condition; the client name matches case-insensitively in part', () => {
    expect(queueWhere(filters, { now: NOW })).toEqual({
      status: 'QUOTED',
      effectiveGrade: 'C',
      industry: 'manufacturing',
      identityProviders: { has: 'okta' },
      submittedAt: { lte: daysBefore(31) },
      clientName: { contains: 'hansen', mode: 'insensitive' },
    });
  });

  test('without filters, no condition; the status counts leave the status out', () => {
    expect(queueWhere(ZQueueQuery.parse({}), { now: NOW })).toEqual({});
    expect(queueWhere(filters, { now: NOW, withStatus: false })).not.toHaveProperty('status');
    expect(queueWhere(filters, { now: NOW, withStatus: false })).toHaveProperty('effectiveGrade', 'C');
  });
});

describe('order', () => {
  test('the sort key, then the id, so pages never overlap', () => {
    expect(queueOrderBy({ sort: 'score', dir: 'desc' })).toEqual([{ score: 'desc' }, { id: 'asc' }]);
  });
  test('reversed for reading a page from the end of the list', () => {
    expect(queueOrderBy({ sort: 'clientName', dir: 'asc' }, true)).toEqual([{ clientName: 'desc' }, { id: 'desc' }]);
  });
});

describe('deadlines', () => {
  // 23:30 UTC on 30 November is already 1 December in Berlin, the app's time zone.
  const lateEvening = new Date('2026-11-30T23:30:00.000Z');

  test.each([
    ['QUOTED', '2026-11-30', NOW, true],
    ['QUOTED', '2026-12-01', NOW, false],
    ['QUOTED', '2026-11-30', lateEvening, true],
    ['QUOTED', null, NOW, false],
    // Only a quote that is still on offer can expire: bound or declined ones keep their date.
    ['BOUND', '2026-11-01', NOW, false],
    ['DECLINED', '2026-11-01', NOW, false],
  ] as const)('%s valid until %s, at %s: expired %s', (status, validUntil, now, expired) => {
    expect(isQuoteExpiredAt({ status, quoteValidUntil: validUntil ? new Date(validUntil) : null }, now)).toBe(expired);
  });

  test('today as a date column value, in the app time zone', () => {
    expect(startOfToday(NOW).toISOString()).toBe('2026-12-01T00:00:00.000Z');
    expect(startOfToday(lateEvening).toISOString()).toBe('2026-12-01T00:00:00.000Z');
  });
});
