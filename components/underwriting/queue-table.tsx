import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { GradeBadge } from '@/components/assessments/grade-badge';
import { Badge, type TBadgeTone } from '@/components/ui/badge';
import { Table, Td, type TTableHeader } from '@/components/ui/table';
import type { SubmissionStatus } from '@/lib/db/generated/enums';
import { industryLabelKey } from '@/lib/domain/company';
import { ariaSortOf } from '@/lib/pagination';
import { queueSortHref } from '@/lib/underwriting/queue-url';
import type { TQueueQuery, TQueueSortKey } from '@/lib/underwriting/schemas';
import type { TQueueRow } from '@/lib/underwriting/types';

const STATUS_TONE: Record<SubmissionStatus, TBadgeTone> = {
  SUBMITTED: 'info',
  IN_REVIEW: 'info',
  INFO_REQUESTED: 'warning',
  QUOTED: 'success',
  DECLINED: 'danger',
  BOUND: 'success',
  NOT_TAKEN_UP: 'neutral',
  WITHDRAWN: 'neutral',
};

/** Scores and exposures with exactly one decimal, so the column lines up. */
const ONE_DECIMAL = { minimumFractionDigits: 1, maximumFractionDigits: 1 } as const;

type TColumn = { key: string; label: string; sort?: TQueueSortKey; align?: 'left' | 'right' };

/** The queue's rows; sortable headers link to their sort (server-side, so every page is in that order). Each client links to the submission's review page. */
export async function QueueTable({ rows, caption, query }: { rows: TQueueRow[]; caption: string; query: TQueueQuery }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const columns: TColumn[] = [
    // The industry sits under the client's name: ten columns would not fit a laptop screen.
    { key: 'client', label: t('queue.columns.clientAndIndustry'), sort: 'clientName' },
    { key: 'grade', label: t('queue.columns.grade'), sort: 'effectiveGrade' },
    { key: 'score', label: t('queue.columns.score'), sort: 'score', align: 'right' },
    { key: 'masterKeyExposure', label: t('queue.columns.masterKeyExposure'), sort: 'masterKeyExposure', align: 'right' },
    { key: 'identityProviders', label: t('queue.columns.identityProviders') },
    { key: 'status', label: t('queue.columns.status'), sort: 'status' },
    { key: 'submittedAt', label: t('queue.columns.submittedAt'), sort: 'submittedAt' },
    { key: 'overdue', label: t('queue.columns.overdue'), align: 'right' },
  ];
  const headers: TTableHeader[] = columns.map((column) => ({
    label: column.label,
    align: column.align,
    ...(column.sort ? { sort: { href: queueSortHref(query, column.sort), state: ariaSortOf(query, column.sort) } } : {}),
  }));
  const none = <span className="text-slate-500">{t('queue.none')}</span>;

  return (
    <Table caption={caption} headers={headers} compact>
      {rows.map((row) => {
        const isOverridden = row.effectiveGrade !== row.grade;
        return (
          <tr key={row.id} className="hover:bg-slate-50" data-testid="queue-row">
            <Td className="min-w-40 max-w-64 px-4 py-3">
              <Link href={`/submissions/${row.id}`} className="font-medium text-brand-700 hover:underline">
                {row.clientName}
              </Link>
              <span className="block text-xs text-slate-500">{t(industryLabelKey(row.industry))}</span>
            </Td>
            <Td>
              <span className="inline-flex items-center gap-1.5" data-testid="queue-grade" data-grade={row.effectiveGrade}>
                <GradeBadge grade={row.effectiveGrade} label={isOverridden ? t('queue.modelGradeLong', { grade: row.effectiveGrade, model: row.grade }) : t(`scoring.grades.${row.effectiveGrade}.label`)} />
                {isOverridden && (
                  <span aria-hidden="true" className="text-xs text-slate-500">
                    {t('queue.modelGrade', { grade: row.grade })}
                  </span>
                )}
              </span>
            </Td>
            <Td className="whitespace-nowrap px-4 py-3 text-right tabular-nums text-slate-700">{format.number(row.score, ONE_DECIMAL)}</Td>
            <Td className="whitespace-nowrap px-4 py-3 text-right tabular-nums text-slate-700">{format.number(row.masterKeyExposure, ONE_DECIMAL)}</Td>
            <Td className="px-4 py-3 text-slate-700">
              {row.identityProviders.length === 0 ? (
                none
              ) : (
                <ul className="space-y-0.5">
                  {row.identityProviders.map((provider) => (
                    <li key={provider}>{t(`queue.providers.${provider}`)}</li>
                  ))}
                </ul>
              )}
            </Td>
            <Td className="px-4 py-3 text-slate-700">
              <Badge tone={STATUS_TONE[row.status]}>{t(`placement.status.${row.status}`)}</Badge>
              {/* A quote's validity belongs to its status (and saves a column). */}
              {row.quoteValidUntil && (
                <span className="mt-1 flex flex-wrap items-center gap-x-1.5 gap-y-0.5 text-xs text-slate-500" data-testid="queue-quote">
                  {t('queue.quoteValidUntil', { date: format.dateTime(row.quoteValidUntil, 'short') })}
                  {row.isQuoteExpired && <Badge tone="danger">{t('queue.quoteExpired')}</Badge>}
                </span>
              )}
            </Td>
            <Td className="whitespace-nowrap px-4 py-3 text-slate-700">
              <span className="block">{format.dateTime(row.submittedAt, 'short')}</span>
              <span className="block whitespace-normal text-xs text-slate-500">{t('queue.ageDays', { days: row.ageDays })}</span>
            </Td>
            <Td className="whitespace-nowrap px-4 py-3 text-right tabular-nums">
              {row.overdueSubjectivities > 0 ? <Badge tone="danger">{format.number(row.overdueSubjectivities, 'integer')}</Badge> : <span className="text-slate-500">0</span>}
            </Td>
          </tr>
        );
      })}
    </Table>
  );
}
