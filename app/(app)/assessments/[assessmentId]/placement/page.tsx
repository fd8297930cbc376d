import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { bindSubmissionAction } from '@/app/(app)/submissions/actions';
import { ServerActionButton } from '@/components/forms/server-action-button';
import { ClientMessages } from '@/components/i18n/client-messages';
import { SubjectivityBadges, SubmissionStatusBadge } from '@/components/placement/submission-badges';
import { PlacementForm } from '@/components/placement/submission-forms';
import { formatEur, formatIsoDate } from '@/lib/results/format';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { notFoundRecord, requirePageUser } from '@/lib/auth/guards';
import { can } from '@/lib/auth/policy';
import { pageTitle } from '@/lib/i18n/page-title';
import { isQuoteExpired, isSubjectivityOverdue } from '@/lib/placement/flags';
import { getPlacementPageForUser } from '@/lib/placement/queries';
import { todayIsoDate } from '@/lib/today';

export const generateMetadata = pageTitle('placement.market.pageTitle');

// GET /assessments/:assessmentId/placement — the broker sends a submitted assessment to insurers and
// compares what comes back side by side (the market comparison), then binds the client's choice.
export default async function PlacementPage({ params }: { params: Promise<{ assessmentId: string }> }) {
  const { assessmentId } = await params;
  const user = await requirePageUser('/assessments/[assessmentId]/placement', { assessmentId });
  const data = await getPlacementPageForUser({ user, assessmentId });
  if (!data) return notFoundRecord({ user, kind: 'assessment', id: assessmentId });
  const [t, format] = await Promise.all([getTranslations('placement'), getFormatter()]);
  const today = todayIsoDate();
  const { placement } = data;
  const canPlace = can(user, 'placement.create') && data.assessment.isSubmitted && !placement?.boundSubmissionId && data.insurers.length > 0;
  const money = (value: number | null) => (value === null ? '—' : formatEur(format, value));

  return (
    <>
      <Link href={`/assessments/${data.assessment.id}`} className="text-sm text-brand-700 hover:underline">
        ← {t('market.backToAssessment')}
      </Link>
      <PageHeader title={t('market.title', { client: data.assessment.clientName })} intro={t('market.intro')} />
      {!data.assessment.isSubmitted && <p className="mb-6 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">{t('market.notSubmitted')}</p>}
      <div className="space-y-6">
        {placement && (
          <Card title={t('market.comparison')} titleId="comparison-heading">
            <p className="mb-4 text-sm text-slate-600" data-testid="cover-request">
              {t('market.coverRequest', {
                limit: money(placement.requestedLimitEur),
                retention: money(placement.requestedRetentionEur),
                start: formatIsoDate(format, placement.coverStartDate),
              })}
            </p>
            {placement.boundAt && (
              <p className="mb-4 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900" data-testid="bound-banner">
                {t('market.boundOn', { insurer: placement.submissions.find((s) => s.id === placement.boundSubmissionId)?.insurerName ?? '—', date: format.dateTime(placement.boundAt, 'withTime') })}
              </p>
            )}
            <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3" data-testid="market-comparison">
              {placement.submissions.map((submission) => {
                const expired = isQuoteExpired({ status: submission.status, validUntil: submission.terms.validUntil, today });
                const mayBind = submission.status === 'QUOTED' && !expired && !placement.boundSubmissionId && can(user, 'placement.bind');
                return (
                  <section
                    key={submission.id}
                    aria-labelledby={`insurer-${submission.id}`}
                    className="flex flex-col rounded-lg border border-slate-200 p-4"
                    data-testid="market-column"
                    data-insurer={submission.insurerName}
                  >
                    <div className="mb-3 flex items-start justify-between gap-2">
                      <h3 id={`insurer-${submission.id}`} className="font-semibold text-slate-900">
                        {submission.insurerName}
                      </h3>
                      <SubmissionStatusBadge status={submission.status} />
                    </div>
                    <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
                      <dt className="text-slate-500">{t('terms.grade')}</dt>
                      <dd>{submission.effectiveGrade !== submission.grade ? t('terms.gradeOverridden', { grade: submission.effectiveGrade, model: submission.grade }) : submission.grade}</dd>
                      <dt className="text-slate-500">{t('terms.premiumEur')}</dt>
                      <dd className="font-medium tabular-nums" data-testid="market-premium">{money(submission.terms.premiumEur)}</dd>
                      <dt className="text-slate-500">{t('terms.limitEur')}</dt>
                      <dd className="tabular-nums">{money(submission.terms.limitEur)}</dd>
                      <dt className="text-slate-500">{t('terms.retentionEur')}</dt>
                      <dd className="tabular-nums">{money(submission.terms.retentionEur)}</dd>
                      <dt className="text-slate-500">{t('terms.validUntil')}</dt>
                      <dd>
                        {submission.terms.validUntil ? formatIsoDate(format, submission.terms.validUntil) : '—'}
                        {expired && (
                          <span className="ml-2">
                            <Badge tone="danger">{t('terms.expired')}</Badge>
                          </span>
                        )}
                      </dd>
                      {submission.status === 'DECLINED' && (
                        <>
                          <dt className="text-slate-500">{t('terms.declineReasons')}</dt>
                          <dd>{submission.declineReasons.map((reason) => t(`declineReasons.${reason}`)).join(', ')}</dd>
                        </>
                      )}
                    </dl>
                    {submission.subjectivities.length > 0 && (
                      <div className="mt-3">
                        <h4 className="text-xs font-semibold uppercase tracking-wide text-slate-500">{t('subjectivities.title')}</h4>
                        <ul className="mt-1 space-y-1 text-sm">
                          {submission.subjectivities.map((subjectivity) => (
                            <li key={subjectivity.id} className="flex flex-wrap items-center gap-2">
                              <span>{subjectivity.text}</span>
                              <span className="text-xs text-slate-500">{t('subjectivities.due', { date: formatIsoDate(format, subjectivity.dueDate) })}</span>
                              <SubjectivityBadges status={subjectivity.status} isOverdue={isSubjectivityOverdue({ status: subjectivity.status, dueDate: subjectivity.dueDate, today })} />
                            </li>
                          ))}
                        </ul>
                      </div>
                    )}
                    <div className="mt-auto flex flex-wrap items-center gap-3 pt-4">
                      <Link href={`/submissions/${submission.id}`} className="text-sm font-medium text-brand-700 hover:underline" data-testid="open-submission">
                        {t('market.openSubmission')}
                      </Link>
                      {mayBind && (
                        <ServerActionButton
                          action={bindSubmissionAction}
                          input={{ submissionId: submission.id, version: submission.version }}
                          label={t('market.bind')}
                          pendingLabel={t('saving')}
                          testId="bind-submission"
                        />
                      )}
                    </div>
                  </section>
                );
              })}
            </div>
          </Card>
        )}
        {canPlace && (
          <Card title={placement ? t('market.addInsurers') : t('market.send')} titleId="send-heading">
            <ClientMessages namespaces={['placement', 'validation']}>
              <PlacementForm
                assessmentId={data.assessment.id}
                insurers={data.insurers.map((insurer) => ({ value: insurer.id, label: insurer.name }))}
                cover={placement ? { limitEur: placement.requestedLimitEur, retentionEur: placement.requestedRetentionEur, startDate: placement.coverStartDate } : null}
              />
            </ClientMessages>
          </Card>
        )}
      </div>
    </>
  );
}
