import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ClientCompanyForm } from '@/components/clients/client-company-form';
import { clientCompanyFormOptions } from '@/components/clients/client-company-form-options';
import { ClientMessages } from '@/components/i18n/client-messages';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { notFoundRecord, requirePageUser } from '@/lib/auth/guards';
import { getClientCompanyForUser } from '@/lib/clients/queries';
import { pageTitle } from '@/lib/i18n/page-title';

export const generateMetadata = pageTitle('clients.editPageTitle');

// GET /clients/:clientId/edit — change a client company's profile (its brokerage's brokers only).
export default async function EditClientPage({ params }: { params: Promise<{ clientId: string }> }) {
  const { clientId } = await params;
  const user = await requirePageUser('/clients/[clientId]/edit', { clientId });
  const client = await getClientCompanyForUser({ user, clientCompanyId: clientId });
  if (!client) return notFoundRecord({ user, kind: 'clientCompany', id: clientId });
  const [t, options] = await Promise.all([getTranslations('clients'), clientCompanyFormOptions()]);
  const href = `/clients/${client.id}`;
  return (
    <>
      <Link href={href} className="text-sm text-brand-700 hover:underline">
        ← {t('backTo', { name: client.name })}
      </Link>
      <PageHeader title={t('editTitle', { name: client.name })} />
      <Card className="max-w-3xl">
        <ClientMessages namespaces={['clients.form', 'validation']}>
          <ClientCompanyForm
            mode={{ kind: 'edit', clientCompanyId: client.id }}
            defaultValues={{
              name: client.name,
              industry: client.industry,
              country: client.country,
              revenueBand: client.revenueBand,
              employeeCount: client.employeeCount,
              emailDomain: client.emailDomain ?? '',
              contactName: client.contactName ?? '',
              contactEmail: client.contactEmail ?? '',
            }}
            options={options}
            cancelHref={href}
          />
        </ClientMessages>
      </Card>
    </>
  );
}
