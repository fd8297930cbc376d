import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Search } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Input, Select } from '@/components/ui/field';
import { INDUSTRIES, industryLabelKey } from '@/lib/domain/company';
import { SCENARIO_PROVIDERS } from '@/lib/placement/submission-facts';
import { isFiltered, QUEUE_PATH, queueHref, queueKeptParams } from '@/lib/underwriting/queue-url';
import { QUEUE_AGE_BUCKETS, QUEUE_GRADES, type TQueueQuery } from '@/lib/underwriting/schemas';
import { QueueFilterNavigation } from './queue-filter-navigation';

const FORM_ID = 'queue-filters';

function FilterSelect({ name, label, value, allLabel, options }: { name: string; label: string; value: string | undefined; allLabel: string; options: Array<{ value: string; label: string }> }) {
  const id = `queue-filter-${name}`;
  return (
    <div>
      <label htmlFor={id} className="block text-xs font-medium text-slate-700">
        {label}
      </label>
      <Select id={id} name={name} defaultValue={value ?? ''} className="mt-1 w-40">
        <option value="">{allLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </Select>
    </div>
  );
}

/**
 * The queue's filters as a plain GET form (works before and without JavaScript; enhanced to apply
 * on change). The status is chosen with the tabs above the table and travels as a hidden field, like
 * the sort and page size; a new filter starts at page 1.
 */
export async function QueueFilterForm({ query }: { query: TQueueQuery }) {
  const t = await getTranslations();
  return (
    <form id={FORM_ID} method="get" action={QUEUE_PATH} role="search" aria-label={t('queue.filters')} className="mb-4 flex flex-wrap items-end gap-3">
      {/* Fields in the order the queue's links spell them (queue-url.ts): the status first, the sort last. */}
      {query.status && <input type="hidden" name="status" value={query.status} />}
      <div className="w-full max-w-56">
        <label htmlFor="queue-filter-q" className="block text-xs font-medium text-slate-700">
          {t('queue.search')}
        </label>
        <div className="relative mt-1">
          <Search aria-hidden="true" className="pointer-events-none absolute left-3 top-1/2 h-4 w-4 -translate-y-1/2 text-slate-400" />
          <Input id="queue-filter-q" name="q" type="search" defaultValue={query.q ?? ''} maxLength={100} placeholder={t('queue.searchHint')} className="pl-9" />
        </div>
      </div>
      <FilterSelect name="grade" label={t('queue.grade')} value={query.grade} allLabel={t('queue.allGrades')} options={QUEUE_GRADES.map((grade) => ({ value: grade, label: grade }))} />
      <FilterSelect
        name="industry"
        label={t('queue.industry')}
        value={query.industry}
        allLabel={t('queue.allIndustries')}
        options={INDUSTRIES.map((industry) => ({ value: industry, label: t(industryLabelKey(industry)) }))}
      />
      <FilterSelect
        name="provider"
        label={t('queue.provider')}
        value={query.provider}
        allLabel={t('queue.allProviders')}
        options={SCENARIO_PROVIDERS.map((provider) => ({ value: provider, label: t(`queue.providers.${provider}`) }))}
      />
      <FilterSelect name="age" label={t('queue.age')} value={query.age} allLabel={t('queue.anyAge')} options={QUEUE_AGE_BUCKETS.map((age) => ({ value: age, label: t(`queue.ages.${age}`) }))} />
      {queueKeptParams(query).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button type="submit" variant="secondary">
        {t('queue.apply')}
      </Button>
      {isFiltered(query) && (
        <Link href={queueHref(query, { status: undefined, grade: undefined, industry: undefined, provider: undefined, age: undefined, q: undefined, page: 1 })} className="px-2 py-2 text-sm text-brand-700 hover:underline">
          {t('queue.reset')}
        </Link>
      )}
      <QueueFilterNavigation formId={FORM_ID} />
    </form>
  );
}
