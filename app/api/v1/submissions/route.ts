// GET /api/v1/submissions — an underwriter's review queue (as /underwriting: filters, sort, page, counts per status);
// a broker's submissions of their brokerage, with the same filters, sort and page
import { apiRoute } from '@/lib/api/route';
import { can } from '@/lib/auth/policy';
import { findSubmissionsForUser } from '@/lib/placement/queries';
import { isoDay } from '@/lib/today';
import { findQueueForUser } from '@/lib/underwriting/queue';
import { ZQueueQuery } from '@/lib/underwriting/schemas';

export const GET = apiRoute({
  path: '/api/v1/submissions',
  method: 'GET',
  query: ZQueueQuery,
  handler: async ({ user, query }) => {
    const now = new Date();
    if (!can(user, 'submission.review')) return { ok: true, data: await findSubmissionsForUser({ user, query, now }) };
    const queue = await findQueueForUser({ user, query, now });
    const items = queue.page.items.map((row) => ({ ...row, quoteValidUntil: row.quoteValidUntil ? isoDay(row.quoteValidUntil) : null }));
    return { ok: true, data: { ...queue.page, items, statusCounts: queue.statusCounts, allStatusesTotal: queue.allStatusesTotal } };
  },
});
