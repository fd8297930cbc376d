// The master-key scenario page's parts: the choice (a plain GET form, so every scenario is a URL and
// works without JavaScript), the totals, and the exposed insureds page by page.
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Download } from 'lucide-react';
import { formatEur, formatPoints } from '@/lib/results/format';
import { Button, buttonClasses } from '@/components/ui/button';
import { Select } from '@/components/ui/field';
import { Pager } from '@/components/ui/pager';
import { EmptyState, Table, Td } from '@/components/ui/table';
import { KeyFigures } from './key-figures';
import { pageBounds } from '@/lib/pagination';
import { SCENARIO_SCOPES } from '@/lib/portfolio/book';
import { SCENARIO_PAGE_SIZES, scenarioHref, type TScenarioQuery } from '@/lib/portfolio/schemas';
import type { TScenario } from '@/lib/portfolio/types';
import { SCENARIO_PROVIDERS } from '@/lib/placement/submission-facts';

export async function ScenarioForm({ query }: { query: TScenarioQuery }) {
  const t = await getTranslations('portfolio');
  return (
    <form method="get" action="/portfolio/scenario" aria-label={t('scenario.form')} className="mb-6 flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <ChoiceField id="scenario-provider" name="provider" label={t('scenario.provider')} value={query.provider} options={SCENARIO_PROVIDERS.map((provider) => ({ value: provider, label: t(`providers.${provider}`) }))} />
      <ChoiceField id="scenario-scope" name="scope" label={t('scenario.scope')} value={query.scope} options={SCENARIO_SCOPES.map((scope) => ({ value: scope, label: t(`scenario.scopes.${scope}`) }))} />
      <Button type="submit">{t('scenario.run')}</Button>
    </form>
  );
}

function ChoiceField(props: { id: string; name: string; label: string; value: string; options: Array<{ value: string; label: string }> }) {
  return (
    <div>
      <label htmlFor={props.id} className="block text-sm font-medium text-slate-800">
        {props.label}
      </label>
      <Select id={props.id} name={props.name} defaultValue={props.value} className="mt-1">
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </Select>
    </div>
  );
}

export async function ScenarioTotals({ scenario, query }: { scenario: TScenario; query: TScenarioQuery }) {
  const [t, format] = await Promise.all([getTranslations('portfolio'), getFormatter()]);
  const { totals } = scenario;
  const figures = [
    { id: 'exposed-insureds', label: t('scenario.totals.exposedInsureds'), value: format.number(totals.exposedInsureds) },
    { id: 'limit-exposed', label: t('scenario.totals.limitExposed'), value: formatEur(format, totals.limitExposedEur) },
    { id: 'ground-up-mean', label: t('scenario.totals.groundUpMean'), value: formatEur(format, totals.groundUpMeanEur) },
    { id: 'expected-event-loss', label: t('scenario.totals.expectedEventLoss'), value: formatEur(format, totals.expectedEventLossEur) },
    { id: 'one-in-200', label: t('scenario.totals.oneIn200'), value: formatEur(format, totals.oneIn200EventLossEur) },
  ];
  return (
    <section aria-labelledby="scenario-totals" className="mb-6">
      <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
        <h2 id="scenario-totals" className="text-lg font-semibold text-slate-900">
          {t('scenario.totals.title', { provider: t(`providers.${scenario.provider}`) })}
        </h2>
        {totals.exposedInsureds > 0 && (
          <a href={scenarioHref(query, {}, '/portfolio/scenario.csv')} download className={buttonClasses('secondary')}>
            <Download aria-hidden="true" className="h-4 w-4" />
            {t('scenario.csv')}
          </a>
        )}
      </div>
      <KeyFigures figures={figures} className="xl:grid-cols-5" />
      <p className="mt-3 max-w-4xl text-sm text-slate-600">{t('scenario.method')}</p>
    </section>
  );
}

export async function ScenarioInsuredsTable({ scenario, query }: { scenario: TScenario; query: TScenarioQuery }) {
  const [t, format] = await Promise.all([getTranslations('portfolio'), getFormatter()]);
  const page = scenario.insureds;
  const provider = t(`providers.${scenario.provider}`);
  if (page.total === 0) return <EmptyState>{t('scenario.none', { provider })}</EmptyState>;
  const { first, last } = pageBounds(page);
  const right = (label: string) => ({ label, align: 'right' as const });
  const num = 'whitespace-nowrap px-4 py-3 text-right tabular-nums text-slate-700';
  return (
    <>
      <Table
        compact
        caption={t('scenario.table.caption', { provider, first, last, total: page.total })}
        headers={[
          t('scenario.table.client'),
          t('scenario.table.status'),
          t('scenario.table.grade'),
          right(t('scenario.table.masterKey')),
          right(t('scenario.table.limit')),
          right(t('scenario.table.lossMean')),
          right(t('scenario.table.lossP995')),
          right(t('scenario.table.insurerLoss')),
          right(t('scenario.table.insurerLossP995')),
        ]}
      >
        {page.items.map((row) => (
          <tr key={row.submissionId} data-submission={row.submissionId}>
            <Td className="whitespace-nowrap px-4 py-3 font-medium text-slate-900">{row.clientName}</Td>
            <Td>{t(`statuses.values.${row.status}`)}</Td>
            <Td>{row.effectiveGrade}</Td>
            <Td className={num}>{formatPoints(format, row.masterKeyExposure)}</Td>
            <Td className={num}>{formatEur(format, row.limitEur)}</Td>
            <Td className={num}>{formatEur(format, row.eventLossMeanEur)}</Td>
            <Td className={num}>{formatEur(format, row.eventLossP995Eur)}</Td>
            <Td className={`${num} font-semibold text-slate-900`}>{formatEur(format, row.insurerLossEur)}</Td>
            <Td className={num}>{formatEur(format, row.insurerLossP995Eur)}</Td>
          </tr>
        ))}
      </Table>
      <p className="mt-2 text-xs text-slate-500">{t('scenario.table.columnsNote')}</p>
      <Pager
        page={page.page}
        pageCount={page.pageCount}
        hrefFor={(target) => scenarioHref(query, { page: target })}
        summary={t('scenario.range', { first, last, total: page.total })}
        labels={{ previous: t('scenario.previous'), next: t('scenario.next'), navigation: t('scenario.pagination'), page: (target) => t('scenario.pageN', { page: target }) }}
        pageSizes={{
          label: t('scenario.perPage'),
          options: SCENARIO_PAGE_SIZES.map((size) => ({ size, href: scenarioHref(query, { pageSize: size, page: 1 }), isCurrent: size === query.pageSize })),
        }}
      />
      <p className="mt-4 text-sm">
        <Link href="/portfolio" className="text-brand-700 hover:underline">
          {t('scenario.back')}
        </Link>
      </p>
    </>
  );
}
