// One insurer's answer in a market comparison: status, the terms offered (with their expiry),
// decline reasons and subjectivities with due dates, overdue ones flagged. The broker's page adds the
// grade and the actions; the client's portal shows it as it is. Server component.
import type { ReactNode } from 'react';
import { getFormatter, getTranslations } from 'next-intl/server';
import { SubjectivityBadges, SubmissionStatusBadge } from '@/components/placement/submission-badges';
import { Badge } from '@/components/ui/badge';
import { isQuoteExpired, isSubjectivityOverdue } from '@/lib/placement/flags';
import type { TMarketDecision } from '@/lib/portal/types';
import { formatEur, formatIsoDate } from '@/lib/results/format';

/** `column`: the insured's view of one decision; the broker's fuller submission overview fits it too. */
export async function MarketColumn({ column, today, leadTerms, actions }: { column: TMarketDecision; today: string; leadTerms?: ReactNode; actions?: ReactNode }) {
  const [t, format] = await Promise.all([getTranslations('placement'), getFormatter()]);
  const money = (value: number | null) => (value === null ? '—' : formatEur(format, value));
  const expired = isQuoteExpired({ status: column.status, validUntil: column.terms.validUntil, today });
  return (
    <section aria-labelledby={`insurer-${column.id}`} className="flex flex-col rounded-lg border border-slate-200 p-4" data-testid="market-column" data-insurer={column.insurerName}>
      <div className="mb-3 flex items-start justify-between gap-2">
        <h3 id={`insurer-${column.id}`} className="font-semibold text-slate-900">
          {column.insurerName}
        </h3>
        <SubmissionStatusBadge status={column.status} />
      </div>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        {leadTerms}
        <dt className="text-slate-500">{t('terms.premiumEur')}</dt>
        <dd className="font-medium tabular-nums" data-testid="market-premium">
          {money(column.terms.premiumEur)}
        </dd>
        <dt className="text-slate-500">{t('terms.limitEur')}</dt>
        <dd className="tabular-nums">{money(column.terms.limitEur)}</dd>
        <dt className="text-slate-500">{t('terms.retentionEur')}</dt>
        <dd className="tabular-nums">{money(column.terms.retentionEur)}</dd>
        <dt className="text-slate-500">{t('terms.validUntil')}</dt>
        <dd>
          {column.terms.validUntil ? formatIsoDate(format, column.terms.validUntil) : '—'}
          {expired && (
            <span className="ml-2">
              <Badge tone="danger">{t('terms.expired')}</Badge>
            </span>
          )}
        </dd>
        {column.status === 'DECLINED' && (
          <>
            <dt className="text-slate-500">{t('terms.declineReasons')}</dt>
            <dd>{column.declineReasons.map((reason) => t(`declineReasons.${reason}`)).join(', ')}</dd>
          </>
        )}
      </dl>
      {column.subjectivities.length > 0 && (
        <div className="mt-3">
          <h4 className="text-xs font-semibold uppercase tracking-wide text-slate-500">{t('subjectivities.title')}</h4>
          <ul className="mt-1 space-y-1 text-sm">
            {column.subjectivities.map((subjectivity) => (
              <li key={subjectivity.id} className="flex flex-wrap items-center gap-2">
                <span>{subjectivity.text}</span>
                <span className="text-xs text-slate-500">{t('subjectivities.due', { date: formatIsoDate(format, subjectivity.dueDate) })}</span>
                <SubjectivityBadges status={subjectivity.status} isOverdue={isSubjectivityOverdue({ status: subjectivity.status, dueDate: subjectivity.dueDate, today })} />
              </li>
            ))}
          </ul>
        </div>
      )}
      {actions && <div className="mt-auto flex flex-wrap items-center gap-3 pt-4">{actions}</div>}
    </section>
  );
}
