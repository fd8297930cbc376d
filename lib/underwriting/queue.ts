import 'server-only';
// The underwriter's queue: the insurer's submissions, filtered, sorted and paged in PostgreSQL, with
// the number of submissions per status for the same filters, and the whole filtered list as CSV.
// Every statement combines the filters with the policy's where builder, so another insurer's
// submission never appears and a role without underwriting work is refused before any query.
import { assertCan } from '../auth/assert';
import { submissionWhereForUser } from '../auth/policy';
import type { TSessionUser } from '../auth/types';
import { toCsv, toCsvRecords } from '../csv';
import type { Prisma } from '../db/generated/client';
import { SubmissionStatus } from '../db/generated/enums';
import { getDb } from '../db/client';
import { pageWindow, pageWindowFromNearerEnd, toPage } from '../pagination';
import { queueCsvHeader, queueCsvRow, type TTranslate } from './queue-csv';
import { ageInDays, isQuoteExpiredAt, queueOrderBy, queueWhere, startOfToday } from './queue-rules';
import { QUEUE_CSV_MAX_ROWS, type TQueueFilters, type TQueueQuery } from './schemas';
import { OVERDUE_SUBJECTIVITY_STATUS } from '../placement/flags';
import type { TQueueResult, TQueueRow, TQueueStatusCounts } from './types';

/** The queue is underwriting work: only roles that review submissions have one. */
const PERMISSION = 'submission.review';

const queueRowSelect = {
  id: true,
  clientName: true,
  industry: true,
  grade: true,
  effectiveGrade: true,
  score: true,
  masterKeyExposure: true,
  identityProviders: true,
  status: true,
  submittedAt: true,
  quoteValidUntil: true,
} as const satisfies Prisma.SubmissionSelect;

type TSelectedRow = Prisma.SubmissionGetPayload<{ select: typeof queueRowSelect }>;

function tenantWhere(user: TSessionUser, filters: TQueueFilters, options: { now: Date; withStatus?: boolean }): Prisma.SubmissionWhereInput {
  return { AND: [submissionWhereForUser(user, PERMISSION), queueWhere(filters, options)] };
}

/**
 * Overdue subjectivities (still open, due before today: lib/placement/flags.ts) of the given
 * submissions: one grouped statement over the page's ids.
 */
async function countOverdueSubjectivities(submissionIds: readonly string[], now: Date): Promise<Map<string, number>> {
  if (submissionIds.length === 0) return new Map();
  const groups = await getDb().subjectivity.groupBy({
    by: ['submissionId'],
    where: { submissionId: { in: [...submissionIds] }, status: OVERDUE_SUBJECTIVITY_STATUS, dueDate: { lt: startOfToday(now) } },
    _count: { _all: true },
  });
  return new Map(groups.map((group) => [group.submissionId, group._count._all]));
}

function toQueueRows(rows: TSelectedRow[], overdue: ReadonlyMap<string, number>, now: Date): TQueueRow[] {
  return rows.map((row) => ({
    ...row,
    ageDays: ageInDays(row.submittedAt, now),
    isQuoteExpired: isQuoteExpiredAt(row, now),
    overdueSubjectivities: overdue.get(row.id) ?? 0,
  }));
}

/** Submissions per status for the filters without the status: one GROUP BY, every status present (0 when none). */
async function countByStatus(user: TSessionUser, filters: TQueueFilters, now: Date): Promise<TQueueStatusCounts> {
  const groups = await getDb().submission.groupBy({ by: ['status'], where: tenantWhere(user, filters, { now, withStatus: false }), _count: { _all: true } });
  const counts = Object.fromEntries(Object.values(SubmissionStatus).map((status) => [status, 0])) as TQueueStatusCounts;
  for (const group of groups) counts[group.status] = group._count._all;
  return counts;
}

/**
 * One page of the insurer's queue with the per-status counts. The total comes from the counts (the
 * chosen status's, or all of them), so a page costs the GROUP BY, the page itself (from the nearer
 * end of the list) and the overdue subjectivities of its rows: three statements whatever the book's size.
 */
export async function findQueueForUser(options: { user: TSessionUser; query: TQueueQuery; now: Date }): Promise<TQueueResult> {
  assertCan(options.user, PERMISSION);
  const { user, query, now } = options;
  const db = getDb();
  const where = tenantWhere(user, query, { now });
  const findRows = (window: { skip: number; take: number; fromEnd: boolean }) =>
    window.take === 0 ? Promise.resolve([]) : db.submission.findMany({ where, orderBy: queueOrderBy(query, window.fromEnd), skip: window.skip, take: window.take, select: queueRowSelect });
  const totalOf = (counts: TQueueStatusCounts) => (query.status ? counts[query.status] : Object.values(counts).reduce((sum, count) => sum + count, 0));

  let statusCounts: TQueueStatusCounts;
  let rows: TSelectedRow[];
  if (query.page === 1) {
    // The first page needs no total to find its rows: both statements run side by side.
    [statusCounts, rows] = await Promise.all([countByStatus(user, query, now), findRows({ ...pageWindow(query), fromEnd: false })]);
  } else {
    statusCounts = await countByStatus(user, query, now);
    const window = pageWindowFromNearerEnd(query, totalOf(statusCounts));
    rows = await findRows(window);
    if (window.fromEnd) rows.reverse();
  }
  const overdue = await countOverdueSubjectivities(rows.map((row) => row.id), now);
  return {
    page: toPage(toQueueRows(rows, overdue, now), totalOf(statusCounts), query),
    statusCounts,
    allStatusesTotal: Object.values(statusCounts).reduce((sum, count) => sum + count, 0),
  };
}

/** Rows per statement of the CSV download: large enough for few round trips, small enough to keep memory flat. */
const CSV_BATCH_SIZE = 2_000;

/**
 * The whole filtered queue as CSV (every page, in the page's order, at most QUEUE_CSV_MAX_ROWS rows),
 * written as it is read. The ids come first, in order (one statement, served by the sort's index);
 * the rows follow in batches by id, each batch with the filters again, so a batch costs the same
 * wherever it lies in the list. (Prisma's cursor pagination cannot bound an index scan with its
 * OR-shaped condition: each batch walked the list from the start, 10 s for 100,000 rows.)
 */
export function streamQueueCsv(options: { user: TSessionUser; query: TQueueQuery; now: Date; translate: TTranslate; batchSize?: number }): ReadableStream<Uint8Array> {
  assertCan(options.user, PERMISSION);
  const { user, query, now, translate, batchSize = CSV_BATCH_SIZE } = options;
  const where = tenantWhere(user, query, { now });
  const encoder = new TextEncoder();
  let ids: string[] | null = null;
  let written = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const db = getDb();
      if (ids === null) {
        ids = (await db.submission.findMany({ where, orderBy: queueOrderBy(query), take: QUEUE_CSV_MAX_ROWS, select: { id: true } })).map((row) => row.id);
        controller.enqueue(encoder.encode(toCsv({ header: queueCsvHeader(translate), rows: [] })));
        if (ids.length === 0) controller.close();
        return;
      }
      const batch = ids.slice(written, written + batchSize);
      const found = await db.submission.findMany({ where: { AND: [{ id: { in: batch } }, where] }, select: queueRowSelect });
      const byId = new Map(found.map((row) => [row.id, row]));
      // A row that left the filters since the ids were read (its status changed) is left out.
      const rows = batch.flatMap((id) => byId.get(id) ?? []);
      const overdue = await countOverdueSubjectivities(batch, now);
      if (rows.length > 0) controller.enqueue(encoder.encode(toCsvRecords(toQueueRows(rows, overdue, now).map((row) => queueCsvRow(row, translate)))));
      written += batch.length;
      if (written >= ids.length) controller.close();
    },
  });
}
