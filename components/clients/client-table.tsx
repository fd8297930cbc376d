import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { GradeBadge } from '@/components/assessments/grade-badge';
import { industryLabelKey, revenueBandLabelKey } from '@/lib/domain/company';
import { countryName } from '@/lib/i18n/country-name';
import { EmptyState, Table, Td, type TTableHeader } from '@/components/ui/table';
import { ariaSortOf, clientSortHref } from '@/lib/clients/list-url';
import type { TClientListQuery } from '@/lib/clients/schemas';
import type { TClientCompanySummary, TClientLatestResult } from '@/lib/clients/types';

type TColumn = 'name' | 'industry' | 'country' | 'revenueBand' | 'employeeCount' | 'assessmentCount' | 'latestGrade' | 'updatedAt';

/**
 * Client companies as a table. With `query` the sortable columns link to their sort (the client
 * list); with `latestResults` a column shows each company's latest grade.
 */
export async function ClientTable({
  clients,
  caption,
  query,
  latestResults,
}: {
  clients: TClientCompanySummary[];
  caption: string;
  query?: TClientListQuery;
  latestResults?: ReadonlyMap<string, TClientLatestResult>;
}) {
  const t = await getTranslations();
  const [format, locale] = await Promise.all([getFormatter(), getLocale()]);
  if (clients.length === 0) return <EmptyState>{t('clients.empty')}</EmptyState>;

  const columns: TColumn[] = ['name', 'industry', 'country', 'revenueBand', 'employeeCount', 'assessmentCount', ...(latestResults ? (['latestGrade'] as const) : []), 'updatedAt'];
  const LABEL: Record<TColumn, string> = {
    name: t('clients.name'),
    industry: t('clients.industry'),
    country: t('clients.country'),
    revenueBand: t('clients.revenue'),
    employeeCount: t('clients.employees'),
    assessmentCount: t('clients.assessmentCount'),
    latestGrade: t('clients.latestGrade'),
    updatedAt: t('clients.updated'),
  };
  const header = (column: TColumn): TTableHeader => {
    const align = column === 'employeeCount' || column === 'assessmentCount' ? 'right' : 'left';
    const sortable = column === 'name' || column === 'industry' || column === 'country' || column === 'employeeCount' || column === 'updatedAt';
    return { label: LABEL[column], align, ...(query && sortable ? { sort: { href: clientSortHref(query, column), state: ariaSortOf(query, column) } } : {}) };
  };

  return (
    <Table caption={caption} headers={columns.map(header)} compact>
      {clients.map((client) => {
        const latest = latestResults?.get(client.id);
        return (
          <tr key={client.id} className="hover:bg-slate-50" data-testid="client-row">
            {/* Names and industries may wrap: a long company name must not push the table off the screen. */}
            <Td className="min-w-48 px-4 py-3">
              <Link href={`/clients/${client.id}`} className="font-medium text-brand-700 hover:underline">
                {client.name}
              </Link>
            </Td>
            <Td className="min-w-48 px-4 py-3 text-slate-700">{t(industryLabelKey(client.industry))}</Td>
            <Td>{countryName(client.country, locale)}</Td>
            <Td>{t(revenueBandLabelKey(client.revenueBand))}</Td>
            <Td className="whitespace-nowrap px-4 py-3 text-right tabular-nums text-slate-700">{format.number(client.employeeCount, 'integer')}</Td>
            <Td className="whitespace-nowrap px-4 py-3 text-right tabular-nums text-slate-700">{format.number(client.assessmentCount, 'integer')}</Td>
            {latestResults && <Td>{latest ? <GradeBadge grade={latest.grade} label={t(`scoring.grades.${latest.grade}.label`)} /> : <span className="text-slate-500">{t('common.notAvailable')}</span>}</Td>}
            <Td>{format.dateTime(client.updatedAt, 'short')}</Td>
          </tr>
        );
      })}
    </Table>
  );
}
