import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { StatusBadge } from '@/components/assessments/status-badge';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { industryLabelKey, revenueBandLabelKey } from '@/lib/domain/company';
import { countryName } from '@/lib/i18n/country-name';
import { EmptyState, Table, Td } from '@/components/ui/table';
import { notFoundRecord, requirePageUser } from '@/lib/auth/guards';
import { getClientCompanyForUser } from '@/lib/clients/queries';
import { pageTitle } from '@/lib/i18n/page-title';

export const generateMetadata = pageTitle('clients.detailPageTitle');

// GET /clients/:clientId — one client company (broker: own brokerage's; client: own company).
export default async function ClientPage({ params }: { params: Promise<{ clientId: string }> }) {
  const { clientId } = await params;
  const user = await requirePageUser('/clients/[clientId]', { clientId });
  const client = await getClientCompanyForUser({ user, clientCompanyId: clientId });
  if (!client) return notFoundRecord({ user, kind: 'clientCompany', id: clientId });
  const [t, format, locale] = await Promise.all([getTranslations(), getFormatter(), getLocale()]);

  return (
    <>
      {user.role === 'BROKER' && (
        <Link href="/clients" className="text-sm text-brand-700 hover:underline">
          ← {t('clients.backToList')}
        </Link>
      )}
      <PageHeader title={client.name} intro={t(industryLabelKey(client.industry))} />
      <div className="grid gap-6 lg:grid-cols-3">
        <Card title={t('clients.profile')} titleId="profile-heading">
          <dl className="grid grid-cols-2 gap-x-4 gap-y-3 text-sm">
            <dt className="text-slate-500">{t('clients.country')}</dt>
            <dd>{countryName(client.country, locale)}</dd>
            <dt className="text-slate-500">{t('clients.revenue')}</dt>
            <dd>{t(revenueBandLabelKey(client.revenueBand))}</dd>
            <dt className="text-slate-500">{t('clients.employees')}</dt>
            <dd>{format.number(client.employeeCount, 'integer')}</dd>
            <dt className="text-slate-500">{t('clients.brokerage')}</dt>
            <dd>{client.brokerageName}</dd>
          </dl>
        </Card>
        <div className="lg:col-span-2">
          <h2 className="mb-3 text-base font-semibold">{t('clients.assessments')}</h2>
          {client.assessments.length === 0 ? (
            <EmptyState>{t('clients.noAssessments')}</EmptyState>
          ) : (
            <Table caption={t('clients.assessments')} headers={[t('assessments.status'), t('assessments.insurer'), t('assessments.updated'), t('admin.actions')]}>
              {client.assessments.map((assessment) => (
                <tr key={assessment.id}>
                  <Td>
                    <StatusBadge status={assessment.status} />
                  </Td>
                  <Td>{assessment.insurerName ?? t('assessments.notSubmitted')}</Td>
                  <Td>{format.dateTime(assessment.updatedAt, 'withTime')}</Td>
                  <Td>
                    <Link href={`/assessments/${assessment.id}`} className="text-brand-700 hover:underline">
                      {t('assessments.open')}
                    </Link>
                  </Td>
                </tr>
              ))}
            </Table>
          )}
        </div>
      </div>
    </>
  );
}
