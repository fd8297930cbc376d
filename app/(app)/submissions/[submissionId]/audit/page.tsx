import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { notFoundRecord, requirePageUser } from '@/lib/auth/guards';
import { pageTitle } from '@/lib/i18n/page-title';
import { describeAuditData } from '@/lib/placement/audit-view';
import { getSubmissionAuditForUser } from '@/lib/placement/queries';

export const generateMetadata = pageTitle('placement.audit.pageTitle');

// GET /submissions/:submissionId/audit — every transition, override, message and subjectivity change
// of one submission: who, when, what, before and after (the AuditEvent rows written with each change).
export default async function SubmissionAuditPage({ params }: { params: Promise<{ submissionId: string }> }) {
  const { submissionId } = await params;
  const user = await requirePageUser('/submissions/[submissionId]/audit', { submissionId });
  const audit = await getSubmissionAuditForUser({ user, submissionId });
  if (!audit) return notFoundRecord({ user, kind: 'submission', id: submissionId });
  const [t, format] = await Promise.all([getTranslations('placement'), getFormatter()]);
  return (
    <>
      <Link href={`/submissions/${audit.submission.id}`} className="text-sm text-brand-700 hover:underline">
        ← {t('audit.back')}
      </Link>
      <PageHeader title={t('audit.title', { client: audit.submission.clientName, insurer: audit.submission.insurerName })} intro={t('audit.intro')} />
      <Card>
        {audit.entries.length === 0 ? (
          <p className="text-sm text-slate-600">{t('audit.empty')}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm" data-testid="audit-table">
              <caption className="sr-only">{t('audit.caption')}</caption>
              <thead className="text-xs uppercase tracking-wide text-slate-500">
                <tr>
                  <th scope="col" className="py-2 pr-4">{t('audit.when')}</th>
                  <th scope="col" className="py-2 pr-4">{t('audit.who')}</th>
                  <th scope="col" className="py-2 pr-4">{t('audit.what')}</th>
                  <th scope="col" className="py-2 pr-4">{t('audit.before')}</th>
                  <th scope="col" className="py-2 pr-4">{t('audit.after')}</th>
                  <th scope="col" className="py-2">{t('audit.details')}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100 align-top">
                {audit.entries.map((entry) => {
                  const described = describeAuditData(entry.data);
                  // Statuses in the reader's words; grades, scores and subjectivity states as recorded.
                  const words = (value: string | null) => value?.split(' / ').map((part) => (t.has(`status.${part}`) ? t(`status.${part}`) : t.has(`subjectivities.status.${part}`) ? t(`subjectivities.status.${part}`) : part)).join(' / ') ?? '—';
                  return (
                    <tr key={entry.id} data-testid="audit-row" data-action={entry.action}>
                      <td className="whitespace-nowrap py-2 pr-4 tabular-nums">{format.dateTime(entry.createdAt, 'withTime')}</td>
                      <td className="py-2 pr-4">{entry.actorName ? `${entry.actorName}${entry.organizationName ? ` · ${entry.organizationName}` : ''}` : t('audit.system')}</td>
                      <td className="py-2 pr-4 font-medium">{t.has(`audit.actions.${entry.action}`) ? t(`audit.actions.${entry.action}`) : entry.action}</td>
                      <td className="py-2 pr-4">{words(described.before)}</td>
                      <td className="py-2 pr-4">{words(described.after)}</td>
                      <td className="py-2">
                        {described.details.length > 0 && (
                          <dl className="grid grid-cols-[auto_1fr] gap-x-2 text-xs text-slate-700">
                            {described.details.map(([key, value]) => (
                              <div key={key} className="contents">
                                <dt className="text-slate-500">{key}</dt>
                                <dd className="whitespace-pre-line break-words">{value}</dd>
                              </div>
                            ))}
                          </dl>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </Card>
    </>
  );
}
