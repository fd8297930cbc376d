import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { industryLabelKey, revenueBandLabelKey } from '@/lib/domain/company';
import { countryName } from '@/lib/i18n/country-name';
import { EmptyState, Table, Td } from '@/components/ui/table';
import type { TClientCompanySummary } from '@/lib/clients/types';

export async function ClientTable({ clients, caption }: { clients: TClientCompanySummary[]; caption: string }) {
  const t = await getTranslations();
  const [format, locale] = await Promise.all([getFormatter(), getLocale()]);
  if (clients.length === 0) return <EmptyState>{t('clients.empty')}</EmptyState>;
  return (
    <Table
      caption={caption}
      headers={[t('clients.name'), t('clients.industry'), t('clients.country'), t('clients.revenue'), t('clients.employees'), t('clients.assessmentCount')]}
    >
      {clients.map((client) => (
        <tr key={client.id} className="hover:bg-slate-50" data-testid="client-row">
          <Td>
            <Link href={`/clients/${client.id}`} className="font-medium text-brand-700 hover:underline">
              {client.name}
            </Link>
          </Td>
          <Td>{t(industryLabelKey(client.industry))}</Td>
          <Td>{countryName(client.country, locale)}</Td>
          <Td>{t(revenueBandLabelKey(client.revenueBand))}</Td>
          <Td>{format.number(client.employeeCount, 'integer')}</Td>
          <Td>{format.number(client.assessmentCount, 'integer')}</Td>
        </tr>
      ))}
    </Table>
  );
}
