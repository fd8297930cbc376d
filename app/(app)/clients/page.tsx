import { getTranslations } from 'next-intl/server';
import { ClientTable } from '@/components/clients/client-table';
import { PageHeader } from '@/components/ui/page-header';
import { requirePageUser } from '@/lib/auth/guards';
import { findClientCompaniesForUser } from '@/lib/clients/queries';
import { ZClientListQuery } from '@/lib/clients/schemas';
import { pageTitle } from '@/lib/i18n/page-title';

export const generateMetadata = pageTitle('clients.title');

// GET /clients — the brokerage's client companies.
export default async function ClientsPage() {
  const user = await requirePageUser('/clients');
  const [t, clients] = await Promise.all([getTranslations('clients'), findClientCompaniesForUser({ user, query: ZClientListQuery.parse({}) })]);
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro', { organization: user.organizationName })} />
      <ClientTable clients={clients.items} caption={t('title')} />
    </>
  );
}
