import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { cn } from '@/lib/cn';
import { SubmissionStatus } from '@/lib/db/generated/enums';
import { queueStatusHref } from '@/lib/underwriting/queue-url';
import type { TQueueQuery } from '@/lib/underwriting/schemas';
import type { TQueueStatusCounts } from '@/lib/underwriting/types';

/** One link per status with its number of submissions under the other filters; "All" first. Plain links: no JavaScript needed. */
export async function QueueStatusTabs({ query, counts, allTotal }: { query: TQueueQuery; counts: TQueueStatusCounts; allTotal: number }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const tabs = [
    { status: undefined, label: t('queue.allStatuses'), count: allTotal },
    ...Object.values(SubmissionStatus).map((status) => ({ status, label: t(`placement.status.${status}`), count: counts[status] })),
  ];
  return (
    <nav aria-label={t('queue.statusTabs')} className="mb-4">
      <ul className="flex flex-wrap gap-2">
        {tabs.map((tab) => {
          const isCurrent = query.status === tab.status;
          return (
            <li key={tab.status ?? 'all'}>
              <Link
                href={queueStatusHref(query, tab.status)}
                aria-current={isCurrent ? 'page' : undefined}
                data-testid={`status-tab-${tab.status ?? 'ALL'}`}
                className={cn(
                  'inline-flex items-center gap-2 rounded-full border px-3 py-1 text-sm',
                  isCurrent ? 'border-brand-700 bg-brand-700 text-white' : 'border-slate-300 bg-white text-slate-700 hover:bg-slate-50',
                  !isCurrent && tab.count === 0 && 'text-slate-500',
                )}
              >
                {tab.label}
                <span className={cn('rounded-full px-1.5 text-xs tabular-nums', isCurrent ? 'bg-white/20' : 'bg-slate-100')}>{format.number(tab.count, 'integer')}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
