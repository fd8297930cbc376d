import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ReportClaimForm } from '@/components/claims/report-claim-form';
import { ClientMessages } from '@/components/i18n/client-messages';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/table';
import { PageHeader } from '@/components/ui/page-header';
import { requirePageUser } from '@/lib/auth/guards';
import { listReportableClients } from '@/lib/claims/queries';
import { toDateTimeInputValue } from '@/lib/claims/time';
import { pageTitle } from '@/lib/i18n/page-title';

export const generateMetadata = pageTitle('claims.new.title');

// GET /claims/new — first notice of loss: a client user for their own company, a broker for one of
// the brokerage's clients (those with a submitted assessment: a claim needs the one in force).
export default async function NewClaimPage() {
  const user = await requirePageUser('/claims/new');
  const [t, clients] = await Promise.all([getTranslations('claims'), listReportableClients({ user })]);
  return (
    <>
      <Link href="/claims" className="text-sm text-brand-700 hover:underline">
        ← {t('backToList')}
      </Link>
      <PageHeader title={t('new.title')} intro={t('new.intro')} />
      {clients.length === 0 ? (
        <EmptyState>{t('new.noClients')}</EmptyState>
      ) : (
        <Card className="max-w-4xl">
          <ClientMessages namespaces={['claims.form', 'claims.validation', 'claims.incidentTypes', 'claims.nis2', 'validation']}>
            <ReportClaimForm clients={user.role === 'CLIENT' ? null : clients} maxDiscoveredAt={toDateTimeInputValue(new Date())} />
          </ClientMessages>
        </Card>
      )}
    </>
  );
}
