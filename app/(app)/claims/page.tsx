import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { ClaimStatusBadge } from '@/components/claims/claim-status-badge';
import { buttonClasses } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { Pager } from '@/components/ui/pager';
import { EmptyState, Table, Td } from '@/components/ui/table';
import { requirePageUser } from '@/lib/auth/guards';
import { mayOpenPage } from '@/lib/navigation';
import { findClaimsForUser } from '@/lib/claims/queries';
import { ZClaimListQuery } from '@/lib/claims/schemas';
import { pageTitle } from '@/lib/i18n/page-title';
import { parseSearchParams } from '@/lib/validation';

export const generateMetadata = pageTitle('claims.title');

// GET /claims?page= — broker: the claims of the brokerage's clients; client: their company's;
// underwriter: the claims under cover their insurer bound. Newest first.
export default async function ClaimsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageUser('/claims');
  const query = parseSearchParams(ZClaimListQuery, await searchParams);
  const [t, format, page] = await Promise.all([getTranslations(), getFormatter(), findClaimsForUser({ user, query })]);
  const intro = user.role === 'BROKER' || user.role === 'CLIENT' || user.role === 'UNDERWRITER' ? t(`claims.intro.${user.role}`) : undefined;
  return (
    <>
      <PageHeader
        title={t('claims.title')}
        intro={intro}
        actions={
          mayOpenPage(user.role, '/claims/new') && (
            <Link href="/claims/new" className={buttonClasses('primary')}>
              {t('claims.report')}
            </Link>
          )
        }
      />
      {page.total === 0 ? (
        <EmptyState>{t('claims.table.empty')}</EmptyState>
      ) : (
        <Table
          caption={t('claims.table.caption')}
          headers={[t('claims.table.reference'), t('claims.table.client'), t('claims.table.incident'), t('claims.table.discovered'), t('claims.table.status'), t('claims.table.insurer')]}
        >
          {page.items.map((claim) => (
            <tr key={claim.id} data-testid="claim-row">
              <Td>
                <Link href={`/claims/${claim.id}`} className="font-medium text-brand-700 hover:underline">
                  {claim.reference}
                </Link>
              </Td>
              <Td>{claim.clientName}</Td>
              <Td>{t(`claims.incidentTypes.${claim.incidentType}`)}</Td>
              <Td>{format.dateTime(claim.discoveredAt, 'withTime')}</Td>
              <Td>
                <ClaimStatusBadge status={claim.status} label={t(`claims.statuses.${claim.status}`)} />
              </Td>
              <Td>{claim.insurerName ?? <span className="text-slate-500">{t('claims.table.noInsurer')}</span>}</Td>
            </tr>
          ))}
        </Table>
      )}
      {page.pageCount > 1 && (
        <Pager
          page={page.page}
          pageCount={page.pageCount}
          hrefFor={(target) => `/claims?page=${target}`}
          summary={t('assessments.pagination', { from: (page.page - 1) * page.pageSize + 1, to: Math.min(page.total, page.page * page.pageSize), total: page.total })}
          labels={{ previous: t('assessments.previousPage'), next: t('assessments.nextPage'), navigation: t('claims.title') }}
        />
      )}
    </>
  );
}
