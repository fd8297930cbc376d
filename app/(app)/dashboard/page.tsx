import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { AssessmentTable } from '@/components/assessments/assessment-table';
import { ClientTable } from '@/components/clients/client-table';
import { buttonClasses } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { findAssessmentsForUser } from '@/lib/assessments/queries';
import { requirePageUser } from '@/lib/auth/guards';
import { findClientCompaniesForUser } from '@/lib/clients/queries';
import { ZClientListQuery } from '@/lib/clients/schemas';
import { ZAssessmentListQuery } from '@/lib/assessments/schemas';
import { findOrganizationsForAdmin, findUsersForAdmin } from '@/lib/users/queries';
import { pageTitle } from '@/lib/i18n/page-title';

export const generateMetadata = pageTitle('nav.dashboard');

// GET /dashboard — the role's home: broker → clients, underwriter → review queue,
// client → own assessments, admin → user administration.
export default async function DashboardPage() {
  const user = await requirePageUser('/dashboard');
  const t = await getTranslations('dashboard');
  const organization = user.organizationName;

  switch (user.role) {
    case 'BROKER': {
      const clients = await findClientCompaniesForUser({ user, query: ZClientListQuery.parse({ sort: 'updatedAt', dir: 'desc', pageSize: 10 }) });
      return (
        <>
          <PageHeader title={t('brokerTitle')} intro={t('brokerIntro', { organization })} />
          <ClientTable clients={clients.items} caption={t('brokerTitle')} />
        </>
      );
    }
    case 'UNDERWRITER': {
      const assessments = await findAssessmentsForUser({ user, query: ZAssessmentListQuery.parse({}) });
      return (
        <>
          <PageHeader title={t('underwriterTitle')} intro={t('underwriterIntro', { organization })} />
          <AssessmentTable assessments={assessments.items} caption={t('underwriterTitle')} viewer={user.role} />
        </>
      );
    }
    case 'CLIENT': {
      const assessments = await findAssessmentsForUser({ user, query: ZAssessmentListQuery.parse({}) });
      return (
        <>
          <PageHeader title={t('clientTitle')} intro={t('clientIntro', { organization })} />
          <AssessmentTable assessments={assessments.items} caption={t('clientTitle')} viewer={user.role} />
        </>
      );
    }
    case 'ADMIN': {
      const [users, organizations] = await Promise.all([findUsersForAdmin({ user }), findOrganizationsForAdmin({ user })]);
      return (
        <>
          <PageHeader
            title={t('adminTitle')}
            intro={t('adminIntro', { count: users.length, organizations: organizations.length })}
            actions={
              <Link href="/admin/users" className={buttonClasses('primary')}>
                {t('manageUsers')}
              </Link>
            }
          />
        </>
      );
    }
  }
}
