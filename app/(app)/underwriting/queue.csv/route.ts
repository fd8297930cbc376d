// GET /underwriting/queue.csv?status=&grade=&industry=&provider=&age=&q=&sort=&dir= – the filtered
// queue as CSV: every row of the filters (not one page), in the page's order, with column names
// and labels in the reader's language; streamed in batches.
import { cookies } from 'next/headers';
import { apiRoute } from '@/lib/api/route';
import { csvResponseHeaders } from '@/lib/csv';
import { LOCALE_COOKIE, resolveLocale } from '@/lib/i18n/config';
import { translateKey } from '@/lib/i18n/translate';
import { todayIsoDate } from '@/lib/today';
import { queueCsvFileName } from '@/lib/underwriting/queue-csv';
import { streamQueueCsv } from '@/lib/underwriting/queue';
import { ZQueueQuery } from '@/lib/underwriting/schemas';

export const GET = apiRoute({
  path: '/underwriting/queue.csv',
  method: 'GET',
  query: ZQueueQuery,
  handler: async ({ user, query, request }) => {
    const now = new Date();
    // The language the page is read in: the switcher's cookie, else the saved one, else the browser's.
    const locale = resolveLocale({ cookie: (await cookies()).get(LOCALE_COOKIE)?.value, userLocale: user.locale, acceptLanguage: request.headers.get('accept-language') });
    const translate = (key: string) => translateKey(locale, key) ?? key;
    const fileName = queueCsvFileName({ prefix: translate('queue.csv.fileName'), insurerName: user.organizationName, today: todayIsoDate(now) });
    return new Response(streamQueueCsv({ user, query, now, translate }), { headers: csvResponseHeaders(fileName) });
  },
});
