import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ClientCompanyForm } from '@/components/clients/client-company-form';
import { clientCompanyFormOptions } from '@/components/clients/client-company-form-options';
import { ClientMessages } from '@/components/i18n/client-messages';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { requirePageUser } from '@/lib/auth/guards';
import { pageTitle } from '@/lib/i18n/page-title';

export const generateMetadata = pageTitle('clients.newTitle');

// GET /clients/new — a broker adds a client company to their brokerage.
export default async function NewClientPage() {
  const user = await requirePageUser('/clients/new');
  const [t, options] = await Promise.all([getTranslations('clients'), clientCompanyFormOptions()]);
  return (
    <>
      <Link href="/clients" className="text-sm text-brand-700 hover:underline">
        ← {t('backToList')}
      </Link>
      <PageHeader title={t('newTitle')} intro={t('newIntro', { organization: user.organizationName })} />
      <Card className="max-w-3xl">
        <ClientMessages namespaces={['clients.form', 'validation']}>
          <ClientCompanyForm
            mode={{ kind: 'create' }}
            defaultValues={{ name: '', industry: '', country: '', revenueBand: '', employeeCount: '', emailDomain: '', contactName: '', contactEmail: '' }}
            options={options}
            cancelHref="/clients"
          />
        </ClientMessages>
      </Card>
    </>
  );
}
