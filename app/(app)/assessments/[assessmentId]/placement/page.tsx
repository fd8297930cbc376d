import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { bindSubmissionAction } from '@/app/(app)/submissions/actions';
import { ServerActionButton } from '@/components/forms/server-action-button';
import { ClientMessages } from '@/components/i18n/client-messages';
import { MarketColumn } from '@/components/placement/market-column';
import { PlacementForm } from '@/components/placement/submission-forms';
import { formatEur, formatIsoDate } from '@/lib/results/format';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { notFoundRecord, requirePageUser } from '@/lib/auth/guards';
import { can } from '@/lib/auth/policy';
import { pageTitle } from '@/lib/i18n/page-title';
import { isQuoteExpired } from '@/lib/placement/flags';
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
                  <MarketColumn
                    key={submission.id}
                    column={submission}
                    today={today}
                    leadTerms={
                      <>
                        <dt className="text-slate-500">{t('terms.grade')}</dt>
                        <dd>{submission.effectiveGrade !== submission.grade ? t('terms.gradeOverridden', { grade: submission.effectiveGrade, model: submission.grade }) : submission.grade}</dd>
                      </>
                    }
                    actions={
                      <>
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
                      </>
                    }
                  />
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
