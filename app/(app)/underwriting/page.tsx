import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Download } from 'lucide-react';
import { QueueFilterForm } from '@/components/underwriting/queue-filter-form';
import { QueueStatusTabs } from '@/components/underwriting/queue-status-tabs';
import { QueueTable } from '@/components/underwriting/queue-table';
import { buttonClasses } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { Pager } from '@/components/ui/pager';
import { EmptyState } from '@/components/ui/table';
import { requirePageUser } from '@/lib/auth/guards';
import { pageTitle } from '@/lib/i18n/page-title';
import { pageBounds } from '@/lib/pagination';
import { findQueueForUser } from '@/lib/underwriting/queue';
import { isFiltered, QUEUE_PATH, queueCsvHref, queueHref } from '@/lib/underwriting/queue-url';
import { QUEUE_PAGE_SIZES, ZQueueQuery } from '@/lib/underwriting/schemas';
import { parseSearchParams } from '@/lib/validation';

export const generateMetadata = pageTitle('queue.title');

// GET /underwriting?status=&grade=&industry=&provider=&age=&q=&sort=&dir=&page=&pageSize= — the
// underwriter's queue: the insurer's submissions, filtered, sorted and paged on the server.
export default async function UnderwritingQueuePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageUser('/underwriting');
  const query = parseSearchParams(ZQueueQuery, await searchParams);
  const [t, queue] = await Promise.all([getTranslations('queue'), findQueueForUser({ user, query, now: new Date() })]);
  const { page } = queue;
  // A stale link past the last page shows the last page.
  if (page.items.length === 0 && page.total > 0) redirect(queueHref(query, { page: page.pageCount }));
  const { first, last } = pageBounds(page);
  const download = page.total > 0 && (
    <a href={queueCsvHref(query)} download className={buttonClasses('secondary')} title={t('downloadHint', { total: page.total })}>
      <Download aria-hidden="true" className="h-4 w-4" />
      {t('download')}
    </a>
  );

  return (
    <>
      <PageHeader title={t('title')} intro={t('intro', { organization: user.organizationName })} actions={download} />
      {queue.allStatusesTotal === 0 && !isFiltered(query) ? (
        <EmptyState>
          <p>{t('empty', { organization: user.organizationName })}</p>
        </EmptyState>
      ) : (
        <>
          <QueueFilterForm query={query} />
          <QueueStatusTabs query={query} counts={queue.statusCounts} allTotal={queue.allStatusesTotal} />
          {page.total === 0 ? (
            <EmptyState>
              <p role="status">{t('noMatch')}</p>
              <p className="mt-2">
                <Link href={QUEUE_PATH} className="text-brand-700 hover:underline">
                  {t('showAll')}
                </Link>
              </p>
            </EmptyState>
          ) : (
            <>
              <QueueTable rows={page.items} caption={t('tableCaption', { first, last, total: page.total })} query={query} />
              <Pager
                page={page.page}
                pageCount={page.pageCount}
                hrefFor={(target) => queueHref(query, { page: target })}
                summary={t('range', { first, last, total: page.total })}
                labels={{ previous: t('previous'), next: t('next'), navigation: t('pagination'), page: (target) => t('pageN', { page: target }) }}
                pageSizes={{
                  label: t('perPage'),
                  options: QUEUE_PAGE_SIZES.map((size) => ({ size, href: queueHref(query, { pageSize: size, page: 1 }), isCurrent: size === query.pageSize })),
                }}
              />
            </>
          )}
        </>
      )}
    </>
  );
}
