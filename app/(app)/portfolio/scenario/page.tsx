import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ScenarioForm, ScenarioInsuredsTable, ScenarioTotals } from '@/components/portfolio/scenario-view';
import { PageHeader } from '@/components/ui/page-header';
import { requirePageUser } from '@/lib/auth/guards';
import { pageTitle } from '@/lib/i18n/page-title';
import { getScenarioForUser } from '@/lib/portfolio/queries';
import { scenarioHref, ZScenarioQuery } from '@/lib/portfolio/schemas';
import { parseSearchParams } from '@/lib/validation';

export const generateMetadata = pageTitle('portfolio.scenario.title');

// GET /portfolio/scenario?provider=&scope=&page=&pageSize= — a forged-token event at one identity
// provider: the insureds of the book exposed to it, the limits and the loss to the insurer.
export default async function ScenarioPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageUser('/portfolio/scenario');
  const query = parseSearchParams(ZScenarioQuery, await searchParams);
  const [t, scenario] = await Promise.all([getTranslations('portfolio'), getScenarioForUser({ user, ...query })]);
  // A stale link past the last page shows the last page.
  if (scenario.insureds.items.length === 0 && scenario.insureds.total > 0) redirect(scenarioHref(query, { page: scenario.insureds.pageCount }));
  return (
    <>
      <PageHeader
        title={t('scenario.title')}
        intro={t('scenario.intro')}
        actions={
          <Link href="/portfolio" className="text-sm text-brand-700 hover:underline">
            {t('scenario.back')}
          </Link>
        }
      />
      <ScenarioForm query={query} />
      <ScenarioTotals scenario={scenario} query={query} />
      <ScenarioInsuredsTable scenario={scenario} query={query} />
    </>
  );
}
