import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { ClaimsStage } from '@/components/results/claims-stage';
import { ProtectionStage } from '@/components/results/protection-stage';
import { KeyFigures, ResultsHeader, StageNav } from '@/components/results/results-header';
import { RiskStage } from '@/components/results/risk-stage';
import { RecommendationProgressCard } from '@/components/recommendations/recommendation-progress-card';
import { getAssessmentForUser, getResultsForUser } from '@/lib/assessments/queries';
import { notFoundRecord, requirePageUser } from '@/lib/auth/guards';
import { can } from '@/lib/auth/policy';
import { isLocale } from '@/lib/i18n/config';
import { mayOpenPage } from '@/lib/navigation';
import { getQuestionnaire } from '@/lib/questionnaire';
import { getRecommendationProgressForUser } from '@/lib/recommendations/queries';
import { buildResultsView } from '@/lib/results/build-results-view';
import { parseResultsStage } from '@/lib/results/stages';
import { todayIsoDate } from '@/lib/today';

type TProps = { params: Promise<{ assessmentId: string }>; searchParams: Promise<{ stage?: string | string[] }> };

export async function generateMetadata({ searchParams }: TProps): Promise<Metadata> {
  const [t, { stage }] = await Promise.all([getTranslations('results'), searchParams]);
  return { title: `${t(`stages.${parseResultsStage(stage)}`)} · ${t('title')}` };
}

// GET /assessments/:assessmentId/results?stage=risk|protection|claims — the frozen result of a
// submitted assessment, one stage per document, for the broker, the client and the underwriter it
// was submitted to (else 404: a draft has no result, another tenant's record does not exist).
export default async function ResultsPage({ params, searchParams }: TProps) {
  const [{ assessmentId }, { stage: stageParam }] = await Promise.all([params, searchParams]);
  const user = await requirePageUser('/assessments/[assessmentId]/results', { assessmentId });
  const data = await getResultsForUser({ user, assessmentId });
  if (!data) {
    // The user's own draft has no results yet (a plain 404); anything else is a refused access (logged).
    if (await getAssessmentForUser({ user, assessmentId })) notFound();
    return notFoundRecord({ user, kind: 'assessment', id: assessmentId });
  }
  const questionnaire = getQuestionnaire(data.snapshot.questionnaireVersion);
  if (!questionnaire) throw new Error(`Snapshot ${data.snapshot.id} names unknown questionnaire ${data.snapshot.questionnaireVersion}`);
  const locale = await getLocale();
  const view = buildResultsView({
    result: data.result,
    locale: isLocale(locale) ? locale : 'en',
    questionnaire,
    // The calendar day of the submission where the app keeps its dates (Europe/Berlin).
    submittedOn: todayIsoDate(new Date(data.snapshot.submittedAt)),
  });
  const stage = parseResultsStage(stageParam);
  const id = data.assessment.id;
  const t = await getTranslations('placement.market');

  return (
    <>
      <ResultsHeader assessment={data.assessment} snapshot={data.snapshot} view={view} />
      {mayOpenPage(user.role, '/assessments/[assessmentId]/placement') && (
        <p className="mb-4">
          <Link href={`/assessments/${id}/placement`} className="text-sm font-medium text-brand-700 hover:underline" data-testid="open-placement">
            {t('placementLink')} →
          </Link>
        </p>
      )}
      <StageNav assessmentId={id} current={stage} />
      <KeyFigures assessmentId={id} view={view} />
      {stage === 'risk' && <RiskStage assessmentId={id} view={view} />}
      {stage === 'protection' && (
        <ProtectionStage
          assessmentId={id}
          view={view}
          progress={
            <RecommendationProgressCard
              assessmentId={id}
              recommendations={view.protection.recommendations}
              progress={await getRecommendationProgressForUser({ user, assessmentId: id })}
              mayTrack={can(user, 'recommendation.track')}
              isClient={user.role === 'CLIENT'}
            />
          }
        />
      )}
      {stage === 'claims' && <ClaimsStage assessmentId={id} view={view} />}
    </>
  );
}
