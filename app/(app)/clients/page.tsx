import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Plus } from 'lucide-react';
import { ClientSearchForm } from '@/components/clients/client-search-form';
import { ClientTable } from '@/components/clients/client-table';
import { buttonClasses } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { Pager } from '@/components/ui/pager';
import { EmptyState } from '@/components/ui/table';
import { requirePageUser } from '@/lib/auth/guards';
import { can } from '@/lib/auth/policy';
import { clientListHref } from '@/lib/clients/list-url';
import { findClientCompaniesForUser, findLatestResultsForClientCompanies } from '@/lib/clients/queries';
import { CLIENT_PAGE_SIZES, ZClientListQuery } from '@/lib/clients/schemas';
import { pageTitle } from '@/lib/i18n/page-title';
import { pageBounds } from '@/lib/pagination';
import { parseSearchParams } from '@/lib/validation';

export const generateMetadata = pageTitle('clients.title');

// GET /clients?q=&sort=&dir=&page=&pageSize= — the brokerage's client companies: search, sort, pages.
export default async function ClientsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageUser('/clients');
  const query = parseSearchParams(ZClientListQuery, await searchParams);
  const [t, clients] = await Promise.all([getTranslations('clients'), findClientCompaniesForUser({ user, query })]);
  // A stale link past the last page (clients were deleted, or a hand-edited URL) shows the last page.
  if (clients.items.length === 0 && clients.total > 0) redirect(clientListHref(query, { page: clients.pageCount }));
  const latestResults = await findLatestResultsForClientCompanies({ user, clientCompanyIds: clients.items.map((client) => client.id) });
  const newClientButton = can(user, 'clientCompany.create') && (
    <Link href="/clients/new" className={buttonClasses('primary')}>
      <Plus aria-hidden="true" className="h-4 w-4" />
      {t('newClient')}
    </Link>
  );
  const { first, last } = pageBounds(clients);

  return (
    <>
      <PageHeader title={t('title')} intro={t('intro', { organization: user.organizationName })} actions={newClientButton} />
      {clients.total === 0 && !query.q ? (
        <EmptyState>
          <p>{t('empty')}</p>
          {newClientButton && <p className="mt-2">{t('emptyHint')}</p>}
        </EmptyState>
      ) : (
        <>
          <ClientSearchForm query={query} labels={{ search: t('search'), searchHint: t('searchHint'), submit: t('searchSubmit'), clear: t('searchClear') }} />
          {clients.total === 0 ? (
            <EmptyState>
              <p role="status">{t('noMatch', { q: query.q ?? '' })}</p>
              <p className="mt-2">
                <Link href={clientListHref(query, { q: undefined, page: 1 })} className="text-brand-700 hover:underline">
                  {t('showAll')}
                </Link>
              </p>
            </EmptyState>
          ) : (
            <>
              <ClientTable clients={clients.items} caption={t('tableCaption', { first, last, total: clients.total })} query={query} latestResults={latestResults} />
              <Pager
                page={clients.page}
                pageCount={clients.pageCount}
                hrefFor={(page) => clientListHref(query, { page })}
                summary={t('range', { first, last, total: clients.total })}
                labels={{ previous: t('previous'), next: t('next'), navigation: t('pagination'), page: (page) => t('pageN', { page }) }}
                pageSizes={{
                  label: t('perPage'),
                  options: CLIENT_PAGE_SIZES.map((size) => ({ size, href: clientListHref(query, { pageSize: size, page: 1 }), isCurrent: size === query.pageSize })),
                }}
              />
            </>
          )}
        </>
      )}
    </>
  );
}
