// The underwriting queue's rules as pure functions: which rows a filter selects (a Prisma where
// without the tenant, which the query adds), in which order, how old a submission is, and when a
// quote or subjectivity has run out. The clock is a parameter: the request's "now" decides.
import type { Prisma } from '../db/generated/client';
import type { SubmissionStatus } from '../db/generated/enums';
import { isQuoteExpired } from '../placement/flags';
import { isoDay, todayIsoDate } from '../today';
import type { TQueueAgeBucket, TQueueFilters, TQueueQuery } from './schemas';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days since `submittedAt` (0 on the day itself; never negative). */
export function ageInDays(submittedAt: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - submittedAt.getTime()) / DAY_MS));
}

/**
 * The submittedAt range of an age bucket, so that ageInDays of every row inside is in the bucket:
 * up to 7 days is less than 8 whole days ago, 8–30 is 8 to less than 31, over 30 is 31 or more.
 */
export function submittedAtRangeFor(age: TQueueAgeBucket, now: Date): { gt?: Date; lte?: Date } {
  const daysAgo = (days: number) => new Date(now.getTime() - days * DAY_MS);
  switch (age) {
    case 'upTo7':
      return { gt: daysAgo(8) };
    case 'from8To30':
      return { gt: daysAgo(31), lte: daysAgo(8) };
    case 'over30':
      return { lte: daysAgo(31) };
  }
}

/** The filters as a where clause (tenant not included); `withStatus: false` leaves the status out (for the per-status counts). */
export function queueWhere(filters: TQueueFilters, options: { now: Date; withStatus?: boolean }): Prisma.SubmissionWhereInput {
  const where: Prisma.SubmissionWhereInput = {};
  if (filters.status && options.withStatus !== false) where.status = filters.status;
  if (filters.grade) where.effectiveGrade = filters.grade;
  if (filters.industry) where.industry = filters.industry;
  if (filters.provider) where.identityProviders = { has: filters.provider };
  if (filters.age) where.submittedAt = submittedAtRangeFor(filters.age, options.now);
  if (filters.q) where.clientName = { contains: filters.q, mode: 'insensitive' };
  return where;
}

/** The order of a sort; the id as the last key makes it total, so pages never overlap or skip a row. `reversed` for reading from the end. */
export function queueOrderBy(query: Pick<TQueueQuery, 'sort' | 'dir'>, reversed = false): Prisma.SubmissionOrderByWithRelationInput[] {
  const flip = (dir: 'asc' | 'desc') => (reversed ? (dir === 'asc' ? 'desc' : 'asc') : dir);
  return [{ [query.sort]: flip(query.dir) }, { id: flip('asc') }];
}

/** The quote-expiry rule of lib/placement/flags.ts, for a queue row read from the database at `now`. */
export function isQuoteExpiredAt(row: { status: SubmissionStatus; quoteValidUntil: Date | null }, now: Date): boolean {
  return isQuoteExpired({ status: row.status, validUntil: row.quoteValidUntil ? isoDay(row.quoteValidUntil) : null, today: todayIsoDate(now) });
}

/** Today as a date-only value: subjectivities whose due date lies before it are overdue. */
export function startOfToday(now: Date): Date {
  return new Date(`${todayIsoDate(now)}T00:00:00.000Z`);
}
