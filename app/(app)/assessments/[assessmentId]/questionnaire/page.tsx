import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/i18n/client-messages';
import { PageHeader } from '@/components/ui/page-header';
import { QuestionnaireWizard } from '@/components/wizard/questionnaire-wizard';
import { answerValuesOf } from '@/lib/assessments/answers';
import { buildPreview } from '@/lib/assessments/preview';
import { summariseProgress } from '@/lib/assessments/progress';
import { getWizardDataForUser } from '@/lib/assessments/queries';
import { buildWizardView, REVIEW_STEP, wizardSteps } from '@/lib/assessments/wizard-view';
import { notFoundRecord, requirePageUser } from '@/lib/auth/guards';
import { can } from '@/lib/auth/policy';
import { isLocale } from '@/lib/i18n/config';
import { pageTitle } from '@/lib/i18n/page-title';
import { getQuestionnaire } from '@/lib/questionnaire';
import { getPrefilledQuestionIdsForUser } from '@/lib/recommendations/queries';
import { isEditableStatus } from '@/lib/assessments/status';

export const generateMetadata = pageTitle('wizard.pageTitle');


// GET /assessments/:assessmentId/questionnaire?step=<section|review>&focus=<question> — the wizard.
// Without a step it resumes at the first unanswered required question.
export default async function QuestionnairePage({ params, searchParams }: { params: Promise<{ assessmentId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { assessmentId } = await params;
  const user = await requirePageUser('/assessments/[assessmentId]/questionnaire', { assessmentId });
  const data = await getWizardDataForUser({ user, assessmentId });
  if (!data) return notFoundRecord({ user, kind: 'assessment', id: assessmentId });
  if (!isEditableStatus(data.assessment.status)) redirect(`/assessments/${assessmentId}/results`);
  const questionnaire = getQuestionnaire(data.assessment.questionnaireVersion);
  if (!questionnaire) notFound();

  const carried = Object.fromEntries(Object.values(data.answers.answers).filter((answer) => answer.carriedOver).map((answer) => [answer.questionId, answer.value]));
  const [t, locale, query, prefilledQuestionIds] = await Promise.all([
    getTranslations(),
    getLocale(),
    searchParams,
    getPrefilledQuestionIdsForUser({ user, previousAssessmentId: data.assessment.previousAssessmentId, carriedAnswers: carried }),
  ]);
  const values = answerValuesOf(Object.values(data.answers.answers));
  const progress = summariseProgress(questionnaire, values);
  const steps = wizardSteps(questionnaire);
  const askedStep = typeof query.step === 'string' && steps.includes(query.step) ? query.step : null;
  const resume = progress.firstMissing;
  const initialStep = askedStep ?? resume?.sectionId ?? REVIEW_STEP;
  const initialFocus = typeof query.focus === 'string' ? query.focus : askedStep ? null : (resume?.questionId ?? null);

  return (
    <>
      <Link href={`/assessments/${assessmentId}`} className="text-sm text-brand-700 hover:underline">
        ← {t('assessments.backToOverview')}
      </Link>
      <PageHeader title={t('wizard.heading', { client: data.assessment.clientCompany.name })} intro={t('wizard.intro', { version: questionnaire.version })} />
      <ClientMessages namespaces={['wizard', 'scoring.issues', 'validation']}>
        <QuestionnaireWizard
          assessmentId={assessmentId}
          userId={user.id}
          questionnaire={questionnaire}
          view={buildWizardView(questionnaire, (key) => t(key))}
          initialAnswers={data.answers}
          initialStep={initialStep}
          initialFocus={initialFocus}
          initialPreview={buildPreview(questionnaire.version, values, isLocale(locale) ? locale : 'en')}
          canSubmit={can(user, 'assessment.submit')}
          prefilledQuestionIds={prefilledQuestionIds}
        />
      </ClientMessages>
    </>
  );
}
