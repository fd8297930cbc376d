import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { PortfolioDashboard } from '@/components/portfolio/portfolio-dashboard';
import { buttonClasses } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { EmptyState } from '@/components/ui/table';
import { requirePageUser } from '@/lib/auth/guards';
import { pageTitle } from '@/lib/i18n/page-title';
import { getPortfolioDashboardForUser } from '@/lib/portfolio/queries';

export const generateMetadata = pageTitle('portfolio.title');

// GET /portfolio — the insurer's book: grades, average scores by industry and section, and
// accumulation by identity provider and mail platform (underwriters of that insurer only).
export default async function PortfolioPage() {
  const user = await requirePageUser('/portfolio');
  const [t, dashboard] = await Promise.all([getTranslations('portfolio'), getPortfolioDashboardForUser({ user })]);
  return (
    <>
      <PageHeader
        title={t('title')}
        intro={t('intro', { organization: user.organizationName })}
        actions={
          <Link href="/portfolio/scenario" className={buttonClasses('primary')}>
            {t('scenarioLink')}
          </Link>
        }
      />
      {dashboard.book.insureds === 0 && <EmptyState>{t('empty')}</EmptyState>}
      <PortfolioDashboard dashboard={dashboard} organization={user.organizationName} />
    </>
  );
}
